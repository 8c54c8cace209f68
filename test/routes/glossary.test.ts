import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

const RLO = "\u202E";
const SHY = "\u00AD";
const RLO_MARKER = '<span class="control" title="U+202E">RLO</span>';
const SHY_MARKER = '<span class="control" title="U+00AD">SHY</span>';

describe("glossary and titles with invisible characters (real server)", () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startServer();
    admin = await server.as("admin");
  });
  after(async () => {
    await server.stop();
  });

  it("exports the glossary with spreadsheet formulas defused, and imports the export back unchanged", async () => {
    await admin.get("/glossary");
    const entries = [
      { ar: "حلب", en: "=HYPERLINK(\"http://example.invalid\",\"Aleppo\")", kind: "place", note: "+1 in the census" },
      { ar: "-إدلب", en: "@Idlib", kind: "place", note: "-5 degrees" },
    ];
    for (const entry of entries) expect((await admin.postForm("/glossary", entry)).status).to.equal(303);
    const before = server.store.listGlossary();
    const res = await admin.get("/glossary/export");
    expect(res.status).to.equal(200);
    expect(res.headers.get("content-type")).to.match(/^text\/tab-separated-values/u);
    const lines = res.body_.split("\n");
    expect(lines).to.include("حلب\t'=HYPERLINK(\"http://example.invalid\",\"Aleppo\")\tplace\t'+1 in the census");
    expect(lines).to.include("'-إدلب\t'@Idlib\tplace\t'-5 degrees");
    for (const line of lines.slice(1)) for (const cell of line.split("\t")) expect(cell, line).to.not.match(/^[=+\-@]/u);
    // The sample's ordinary entries are written as they are.
    expect(lines).to.include("عنب بلدي\tEnab Baladi\torganisation\tthe publisher");
    await admin.get("/glossary");
    expect((await admin.postForm("/glossary/import", { tsv: res.body_ })).status).to.equal(303);
    expect(server.store.listGlossary()).to.deep.equal(before);
  });

  it("shows RLO and soft hyphens in titles, glossary entries and the audit log as markers, never raw", async () => {
    const title = `Report ${RLO}fdp.exe${SHY} from Homs`;
    await admin.get("/import");
    const imported = await admin.postForm("/import", {
      title, enText: `The council met in Homs${SHY} on Monday.\nIt agreed on 12 points.`, arText: "اجتمع المجلس في حمص يوم الاثنين.\nواتفق على ١٢ نقطة.",
    });
    expect(imported.status).to.equal(303);
    const location = imported.headers.get("location") ?? "";
    const id = /^\/documents\/(\d+)$/u.exec(location)?.[1];
    expect(id).to.be.a("string");
    expect(server.store.getDocument(Number(id))?.title).to.equal(title);
    await admin.get("/glossary");
    expect((await admin.postForm("/glossary", { ar: `حم${RLO}ص${SHY}`, en: `Ho${RLO}ms`, kind: "place", note: `city${SHY}` })).status).to.equal(303);

    const pages = {
      corpus: "/", alignment: `/documents/${id}`, history: `/documents/${id}/history`, exports: "/exports", glossary: "/glossary", audit: "/audit",
    };
    for (const [name, path] of Object.entries(pages)) {
      const page = await admin.get(path);
      expect(page.status, name).to.equal(200);
      expect(page.body_.includes(RLO), `${name}: raw RLO`).to.equal(false);
      expect(page.body_.includes(SHY), `${name}: raw soft hyphen`).to.equal(false);
      expect(page.body_, name).to.include(RLO_MARKER);
    }
    const alignment = await admin.get(pages.alignment);
    expect(alignment.body_).to.include(`Report ${RLO_MARKER}fdp.exe${SHY_MARKER} from Homs`);
    expect(alignment.body_).to.include("<title>Report [RLO]fdp.exe[SHY] from Homs · ");
    expect(alignment.body_).to.include(`Homs${SHY_MARKER} on Monday`);
    expect((await admin.get(pages.corpus)).body_).to.include(`Report ${RLO_MARKER}fdp.exe${SHY_MARKER} from Homs`);
    const glossary = await admin.get(pages.glossary);
    expect(glossary.body_).to.include(`حم${RLO_MARKER}ص${SHY_MARKER}`);
    expect(glossary.body_).to.include(`Ho${RLO_MARKER}ms`);
    expect(glossary.body_).to.include('value="حم&#x202E;ص&#xAD;"');
    expect((await admin.get(pages.audit)).body_).to.include(`glossary:حم${RLO_MARKER}ص${SHY_MARKER}`);
    // Removing asks first: a removal posted without confirmation goes to the page that asks, and removes nothing.
    const unconfirmed = await admin.postForm("/glossary/remove", { ar: `حم${RLO}ص${SHY}`, en: `Ho${RLO}ms` });
    expect(unconfirmed.status).to.equal(303);
    const asking = unconfirmed.headers.get("location") ?? "";
    expect(asking).to.match(/^\/glossary\/remove\?ar=/u);
    expect(server.store.listGlossary().some((e) => e.en === `Ho${RLO}ms`)).to.equal(true);
    const confirmation = await admin.get(asking);
    expect(confirmation.status).to.equal(200);
    expect(confirmation.body_).to.include(`Ho${RLO_MARKER}ms`);
    expect(confirmation.body_.includes(RLO), "confirmation page: raw RLO").to.equal(false);
    expect(confirmation.body_).to.include('name="confirmed" value="yes"');
    expect(confirmation.body_).to.include('value="حم&#x202E;ص&#xAD;"');
    // The hidden fields still name the entry exactly: confirming removes it.
    expect((await admin.postForm("/glossary/remove", { ar: `حم${RLO}ص${SHY}`, en: `Ho${RLO}ms`, confirmed: "yes" })).status).to.equal(303);
    expect(server.store.listGlossary().some((e) => e.en === `Ho${RLO}ms`)).to.equal(false);
    expect((await admin.get(asking)).status, "the page of an entry that is gone").to.equal(404);
  });
});
