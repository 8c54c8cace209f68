/**
 * The glossary pages on a real server: TSV export defused and read back, invisible characters
 * shown as markers, removal asked first; and its hygiene: sides in the wrong script refused in the
 * reader's language, a second spelling refused with a form recording it as a known variant,
 * entries edited in place (CSRF, roles, audit), an import that reports each refused line.
 */
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
    const reimported = await admin.postForm("/glossary/import", { tsv: res.body_ });
    expect(reimported.status).to.equal(200);
    expect(reimported.body_).to.include(`Import done: ${before.length} lines stored.`).and.not.include("refused");
    expect(server.store.listGlossary()).to.deep.equal(before);
  });

  it("shows RLO and soft hyphens in titles, glossary entries and the audit log as markers, never raw", async () => {
    const title = `Report ${RLO}fdp.exe${SHY} from Homs`;
    await admin.get("/import");
    const imported = await admin.postForm("/import", {
      title, enText: `The council met in Homs${SHY} on Monday.\nIt agreed on 12 points.`, arText: "اجتمع المجلس في حمص يوم الاثنين.\nواتفق على ١٢ نقطة.",
    });
    expect(imported.status).to.equal(303);
    // The import opens its preview first; Save stores it.
    const pending = /^\/import\/preview\/([^/?#]+)$/u.exec(imported.headers.get("location") ?? "")?.[1] ?? "";
    const saved = await admin.postForm("/import/save", { pending });
    expect(saved.status).to.equal(303);
    const location = saved.headers.get("location") ?? "";
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
    expect((await admin.get(pages.audit)).body_).to.include(`Glossary entry “حم${RLO_MARKER}ص${SHY_MARKER}” &#x3D; “Ho${RLO_MARKER}ms” saved`);
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

describe("glossary hygiene on a real server: scripts, one approved spelling, edits in place, import reports", () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startServer();
    admin = await server.as("admin");
  });
  after(async () => {
    await server.stop();
  });
  const spellingsOf = (ar: string) => server.store.listGlossary().filter((e) => e.ar === ar).map((e) => [e.en, e.variantOf ?? null]);

  it("refuses swapped sides with a message naming the side, in the reader's language, user text escaped", async () => {
    const count = server.store.listGlossary().length;
    await admin.get("/glossary?lang=en");
    const swapped = await admin.postForm("/glossary", { ar: "Idlib", en: "إدلب", kind: "place" });
    expect(swapped.status).to.equal(400);
    expect(swapped.body_).to.include("The Arabic form “Idlib” is not mostly in Arabic script");
    const english = await admin.postForm("/glossary", { ar: "إدلب", en: "إدلب", kind: "place" });
    expect(english.body_).to.include("The English form “إدلب” is not mostly in Latin letters");
    const markup = await admin.postForm("/glossary", { ar: "<b>Idlib</b>", en: "Idlib" });
    expect(markup.body_).to.include("“&lt;b&gt;Idlib&lt;/b&gt;”").and.not.include("<b>Idlib</b>");
    await admin.get("/glossary?lang=ar");
    const arabic = await admin.postForm("/glossary", { ar: "Idlib", en: "إدلب", kind: "place" });
    expect(arabic.status).to.equal(400);
    expect(arabic.body_).to.include("الصيغة العربية «Idlib» ليست مكتوبة بالحروف العربية في معظمها");
    expect(server.store.listGlossary()).to.have.length(count);
    await admin.get("/glossary?lang=en");
  });

  it("refuses a second spelling of a name and offers, in a CSRF-protected form, to record it as a variant of the approved one", async () => {
    expect(spellingsOf("أحرار الشام")).to.deep.equal([["Ahrar al-Sham", null]]);
    const refused = await admin.postForm("/glossary", { ar: "أحرار الشام", en: "Ahrar ash-Sham", kind: "organisation", note: "seen in wires" });
    expect(refused.status).to.equal(400);
    expect(refused.body_).to.include("“أحرار الشام” already has an approved English spelling, “Ahrar al-Sham”");
    const offer = /<form method="post" action="\/glossary" class="inline variant-offer">([\s\S]*?)<\/form>/u.exec(refused.body_)?.[1] ?? "";
    expect(offer).to.include(`name="_csrf" value="${admin.csrf}"`);
    expect(offer).to.include('name="variantOf" value="Ahrar al-Sham"').and.include('name="en" value="Ahrar ash-Sham"').and.include('name="note" value="seen in wires"');
    expect(offer).to.include("Record “Ahrar ash-Sham” as a known variant of “Ahrar al-Sham”");
    expect(spellingsOf("أحرار الشام")).to.have.length(1);
    const fields = { ar: "أحرار الشام", en: "Ahrar ash-Sham", kind: "organisation", note: "seen in wires", variantOf: "Ahrar al-Sham" };
    expect((await admin.postForm("/glossary", fields, { csrf: false })).status, "no CSRF token").to.equal(403);
    expect((await admin.postForm("/glossary", fields)).status).to.equal(303);
    expect(spellingsOf("أحرار الشام")).to.deep.equal([["Ahrar al-Sham", null], ["Ahrar ash-Sham", "Ahrar al-Sham"]]);
    expect((await admin.get("/glossary")).body_).to.include("Ahrar ash-Sham <small class=\"variant-of\">(variant of Ahrar al-Sham)</small>");
    // A variant must point to the approved spelling.
    const wrong = await admin.postForm("/glossary", { ...fields, en: "Ahrar as-Sham", variantOf: "Ahrar ash-Sham" });
    expect(wrong.status).to.equal(400);
    expect(wrong.body_).to.include("“Ahrar ash-Sham” is not the approved spelling of “أحرار الشام”");
  });

  it("edits an entry in place through its own CSRF-protected form, audited, for the roles that may add; variants follow", async () => {
    const page = await admin.get("/glossary");
    const form = /<form method="post" action="\/glossary\/edit"[^>]*>(?:(?!<\/form>)[\s\S])*?name="originalEn" value="Ahrar al-Sham"[\s\S]*?<\/form>/u.exec(page.body_)?.[0] ?? "";
    expect(form).to.include(`name="_csrf" value="${admin.csrf}"`).and.include('name="originalAr" value="أحرار الشام"');
    expect(form).to.include('<option value="organisation" selected>');
    const change = { originalAr: "أحرار الشام", originalEn: "Ahrar al-Sham", ar: "أحرار الشام", en: "Ahrar al-Shaam", kind: "organisation", note: "house style" };
    expect((await admin.postForm("/glossary/edit", change, { csrf: false })).status, "no CSRF token").to.equal(403);
    const viewer = await server.as("viewer");
    await viewer.get("/glossary");
    expect((await viewer.postForm("/glossary/edit", change)).status, "a viewer may not edit").to.equal(403);
    const swapped = await admin.postForm("/glossary/edit", { ...change, ar: "Ahrar", en: "أحرار" });
    expect(swapped.status).to.equal(400);
    expect(swapped.body_).to.include("The Arabic form “Ahrar” is not mostly in Arabic script");
    expect(spellingsOf("أحرار الشام")).to.deep.equal([["Ahrar al-Sham", null], ["Ahrar ash-Sham", "Ahrar al-Sham"]]);
    const translator = await server.as("translator");
    await translator.get("/glossary");
    expect((await translator.postForm("/glossary/edit", change)).status).to.equal(303);
    expect(spellingsOf("أحرار الشام")).to.deep.equal([["Ahrar al-Shaam", null], ["Ahrar ash-Sham", "Ahrar al-Shaam"]]);
    expect(server.store.listGlossary().find((e) => e.en === "Ahrar al-Shaam")?.note).to.equal("house style");
    const [audit] = server.store.listAudit({ limit: 1 });
    expect([audit?.action, audit?.user]).to.deep.equal(["glossary-edit", "translator"]);
    expect((await admin.postForm("/glossary/edit", { ...change, originalEn: "No such entry" })).status).to.equal(404);
  });

  it("imports the lines the rules accept and reports each refused line with its number and reason", async () => {
    const before = server.store.listGlossary();
    const tsv = [
      "ar\ten\tkind\tnote",
      "دير الزور\tDeir ez-Zor\tplace\tstored",
      "Raqqa\tالرقة\tplace\tswapped",
      "حمص\tHims\tplace\tsecond spelling",
      "منبج\t\tplace\tno English",
      "الرقة\tRaqqa\tplace\tstored",
    ].join("\n");
    const res = await admin.postForm("/glossary/import", { tsv });
    expect(res.status).to.equal(200);
    expect(res.body_).to.include("Import done: 2 lines stored.").and.include("3 lines were refused and not stored:");
    expect(res.body_).to.include("<li>Line 3: The Arabic form “Raqqa” is not mostly in Arabic script");
    expect(res.body_).to.include("<li>Line 4: “حمص” already has an approved English spelling, “Homs”");
    expect(res.body_).to.include("<li>Line 5: An entry needs both the Arabic and the English form.</li>");
    const added = server.store.listGlossary().filter((e) => !before.some((b) => b.ar === e.ar && b.en === e.en));
    expect(added.map((e) => [e.ar, e.en, e.kind, e.note])).to.deep.equal([["دير الزور", "Deir ez-Zor", "place", "stored"], ["الرقة", "Raqqa", "place", "stored"]]);
    // A file of many refused lines: the page lists the first 500 and counts the rest.
    const many = await admin.postForm("/glossary/import", { tsv: ["ar\ten", ...Array.from({ length: 502 }, (_, k) => `Name${k}\tسين`)].join("\n") });
    expect(many.status).to.equal(200);
    expect(many.body_).to.include("502 lines were refused and not stored:").and.include("… and 2 more refused lines, not listed here.");
    expect(many.body_.match(/<li>Line \d+: /gu)).to.have.length(500);
    expect(many.body_).to.include("<li>Line 501: The Arabic form “Name499”").and.not.include("Line 502:");
    await admin.get("/glossary?lang=ar");
    const arabic = await admin.postForm("/glossary/import", { tsv: "ar\ten\nحمص\tHims\nحماة\tحماة\nSham\tShaam" });
    expect(arabic.body_).to.include("انتهى الاستيراد: لم يُحفظ أي سطر.").and.include("رُفضت ٣ أسطر ولم تُحفظ:");
    expect(arabic.body_).to.include("<li>السطر ٢: لـ«حمص» تهجئة إنجليزية معتمدة هي «Homs»");
    const api = await admin.json("POST", "/glossary/import", { tsv: "ar\ten\nحلب\tAleppo\nحلب\tHalab" });
    expect(api.status).to.equal(200);
    expect(api.data).to.deep.include({ ok: true, stored: 1, added: 1 });
    expect(api.data.refused).to.deep.equal([{ line: 3, messageKey: "glossary.otherSpelling", params: { ar: "حلب", en: "Halab", approved: "Aleppo" } }]);
    await admin.get("/glossary?lang=en");
  });
});
