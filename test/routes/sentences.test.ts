/**
 * The sentence panel through a real server: the page without JavaScript (sentences in their own
 * direction, what a user typed never rendered as markup, the forms only for a role that may align),
 * a form post redirected back to the panel, the JSON API answering the panel rendered with what
 * was done, a stale version refused with 409, a viewer refused with 403, and the document's undo
 * undoing a change of links.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import { readSentencePanel } from "../../server/services/sentence-links.js";

describe("sentence panel routes (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let translator: Client;
  let viewer: Client;
  let bead: number;
  before(async () => {
    server = await startServer();
    translator = await server.as("translator");
    viewer = await server.as("viewer");
    bead = server.store.getBeads(1).find((b) => {
      const panel = readSentencePanel(server.store, 1, b.id);
      return panel.en.length === 2 && panel.ar.length === 2 && panel.links.length === 2;
    })!.id;
  });
  after(async () => {
    await server.stop();
  });

  const panel = () => readSentencePanel(server.store, 1, bead);

  it("shows the panel as a page: sentences in their own direction, forms only for a role that may align", async () => {
    const page = await translator.get(`/rows/${bead}/sentences?lang=en`);
    expect(page.status).to.equal(200);
    const html = page.body_;
    expect(html).to.include('class="sentence-panel"');
    expect(html).to.match(/<div class="cell en" lang="en" dir="ltr"><p class="sentence">/u);
    expect(html).to.match(/<div class="cell ar" lang="ar" dir="rtl"><p class="sentence">/u);
    expect((html.match(/<li class="sentence-link /gu) ?? []).length).to.equal(2);
    expect(html).to.include('value="merge"').and.include('name="_csrf"');
    const seen = await viewer.get(`/rows/${bead}/sentences`);
    expect(seen.status).to.equal(200);
    expect(seen.body_).to.include('class="sentence-panel"').and.not.include('value="merge"');
    expect((await translator.get("/rows/999999/sentences")).status).to.equal(404);
    expect((await translator.get("/rows/abc/sentences")).status).to.equal(404);
    // The alignment view links the row to its panel.
    expect((await translator.get("/documents/1")).body_).to.include(`href="/rows/${bead}/sentences"`);
  });

  it("never renders a sentence as markup", async () => {
    const row = server.store.getBeads(1).find((b) => b.id === bead)!;
    const p = server.store.getParagraph(row.paragraphIds!.en[0]!)!;
    server.store.editParagraph(p.id, p.version, `${p.text} <img src=x onerror=alert(1)> ends here.`, "test");
    const html = (await translator.get(`/rows/${bead}/sentences`)).body_;
    expect(html).to.not.include("<img src=x");
    expect(html).to.include("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;");
    const after = server.store.getParagraph(p.id)!;
    server.store.editParagraph(p.id, after.version, p.text, "test");
  });

  it("runs an operation from the form (303 back to the panel) and from the API (the panel rendered, what was done)", async () => {
    const before = panel();
    await translator.get(`/rows/${bead}/sentences`);
    const posted = await translator.postForm(`/rows/${bead}/sentences`, { op: "shift-ar-up", link: "1", version: String(before.version), fingerprint: before.fingerprint });
    expect(posted.status).to.equal(303);
    expect(posted.headers.get("location")).to.equal(`/rows/${bead}/sentences`);
    expect(panel().links.map((l) => `${l.en}|${l.ar}`)).to.deep.equal(["0|0,1", "1|"]);

    const now = panel();
    const answer = await translator.json("POST", `/api/rows/${bead}/sentences?lang=en`, { op: "confirm", version: now.version, fingerprint: now.fingerprint });
    expect(answer.status).to.equal(200);
    expect(answer.data).to.include({ ok: true, bead, source: "confirmed", links: 2 });
    expect(String(answer.data.message)).to.match(/Sentence links confirmed: row \d+\./u);
    expect(String(answer.data.html)).to.include('data-source="confirmed"');

    const stale = await translator.json("POST", `/api/rows/${bead}/sentences`, { op: "merge", link: 0, version: now.version, fingerprint: now.fingerprint });
    expect(stale.status).to.equal(409);
    const bad = await translator.json("POST", `/api/rows/${bead}/sentences`, { op: "merge", link: 5, version: panel().version, fingerprint: now.fingerprint });
    expect(bad.status).to.equal(400);
    const refused = await viewer.json("POST", `/api/rows/${bead}/sentences`, { op: "confirm", version: panel().version, fingerprint: now.fingerprint });
    expect(refused.status).to.equal(403);

    const got = await viewer.json("GET", `/api/rows/${bead}/sentences`, undefined);
    expect(got.status).to.equal(200);
    expect(got.data).to.include({ source: "confirmed" });

    const undo = await translator.json("POST", "/api/documents/1/undo", {});
    expect(undo.status).to.equal(200);
    expect(undo.data.kind).to.equal("sentence-links");
    expect(panel().source).to.equal("edited");
    // The history page names the change in words, in either language.
    expect((await translator.get("/documents/1/history?lang=en")).body_).to.include("Sentence moved to the next link");
    expect((await translator.get("/documents/1/history?lang=ar")).body_).to.include("نقل جملة إلى الرابط المجاور");
  });

  it("shows the panel in the Arabic interface with Arabic-Indic row numbers", async () => {
    const html = (await viewer.get(`/rows/${bead}/sentences?lang=ar`)).body_;
    const row = readSentencePanel(server.store, 1, bead).row;
    expect(html).to.include(`جمل الصف ${new Intl.NumberFormat("ar-EG").format(row)}`);
    expect(html).to.include("العودة إلى الصف");
    await viewer.get("/?lang=en");
  });
});
