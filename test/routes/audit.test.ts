/**
 * The audit log and the history page through the real server (sample corpus, real database file):
 * entries in words in both languages, the filters (kept in the pager and the CSV link), the CSV
 * download (quoting, the formula guard, a name typed at the login form never markup), who may see
 * them (admins only, CSV included), and row links that open the page holding the row.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { Client } from "../helpers/client.js";
import { performAlignment } from "../../server/services/review.js";
import { importArticle } from "../../server/services/import-article.js";

const translator = { name: "translator", role: "translator" as const };

describe("audit log and history pages (real server)", () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startServer();
    admin = await server.as("admin");
    const stranger = new Client(server.url);
    await stranger.get("/login");
    await stranger.postForm("/login", { name: '=HYPERLINK("http://evil.example","x")<b>bold</b>', password: "not the password at all" });
    const row = server.store.getBeads(1)[6]!;
    performAlignment(server.store, 1, { op: "confirm", bead: row.id, version: row.version }, translator);
  });
  after(async () => {
    await server.stop();
  });

  it("says each entry in words, filtered by action, with the document's title and a link to the row", async () => {
    const res = await admin.get("/audit?action=confirm");
    expect(res.status).to.equal(200);
    const rows = res.body_.match(/<tr class="audit-entry"/gu) ?? [];
    expect(rows).to.have.length(1);
    expect(res.body_).to.include("Row 7 confirmed");
    expect(res.body_).to.include('href="/documents/1?row&#x3D;7#row-7"');
    expect(res.body_).to.include("‘De-escalation’ in Northern Homs");
    expect(res.body_).to.include('<option value="confirm" selected>Confirmed</option>');
    expect(res.body_).to.include('href="/audit.csv?action&#x3D;confirm"');
    expect(res.body_).not.to.include("bead:");
    const arabic = await admin.get("/audit?action=confirm&lang=ar");
    expect(arabic.body_).to.include("أُكِّد الصف ٧");
    await admin.get("/audit?lang=en"); // the language is remembered: back to English for the other tests
  });

  it("shows a name typed at the login form as text, never as markup", async () => {
    const res = await admin.get("/audit?action=login-failed");
    expect(res.body_).to.include("Failed login attempt");
    expect(res.body_).to.include("&lt;b&gt;bold&lt;/b&gt;");
    expect(res.body_).not.to.include("<b>bold</b>");
  });

  it("filters by user and a range of days, and says when nothing matches", async () => {
    const mine = await admin.get("/audit?user=translator");
    expect(mine.body_.match(/<tr class="audit-entry"/gu)).to.have.length(1);
    const none = await admin.get("/audit?from=2001-01-01&until=2001-01-31");
    expect(none.body_).to.include("No entries match these filters.");
    expect(none.body_).to.include('value="2001-01-01"');
  });

  it("downloads the filtered log as CSV: a header, CRLF lines, the formula guard and RFC 4180 quotes", async () => {
    const res = await admin.get("/audit.csv?action=login-failed");
    expect(res.status).to.equal(200);
    expect(res.headers.get("content-type")).to.match(/^text\/csv; charset=utf-8/u);
    expect(res.headers.get("content-disposition")).to.equal('attachment; filename="audit.csv"');
    const lines = res.body_.replace(/^\uFEFF/u, "").split("\r\n");
    expect(lines[0]).to.equal("id,time,user,action,action (in words),document id,document,what happened,rows");
    expect(lines).to.have.length(3);
    expect(lines[1]).to.include(',"\'=HYPERLINK(""http://evil.example"",""x"")<b>bold</b>",login-failed,Failed login,');
    expect(lines[2]).to.equal("");
  });

  it("lets only admins see the log or its CSV", async () => {
    for (const role of ["translator", "copy-editor", "viewer"]) {
      const client = await server.as(role);
      expect((await client.get("/audit")).status, role).to.equal(403);
      const csv = await client.get("/audit.csv");
      expect(csv.status, role).to.equal(403);
      expect(csv.body_).not.to.include("HYPERLINK");
    }
    const anonymous = await new Client(server.url).get("/audit.csv");
    expect(anonymous.status).to.not.equal(200);
    expect(anonymous.body_).not.to.include("HYPERLINK");
  });

  it("shows the history page in words with links to the rows", async () => {
    const res = await admin.get("/documents/1/history");
    expect(res.status).to.equal(200);
    expect(res.body_).to.include("Row 7 confirmed");
    expect(res.body_).to.include('<a class="row-link" href="/documents/1?row&#x3D;7#row-7">row 7</a>');
    expect(res.body_).to.match(/Imported: \d+ paragraphs in English and \d+ paragraphs in Arabic, in 39 rows/u);
    expect(res.body_).not.to.include("replaced by");
  });

  it("opens the alignment view on the page that holds the row a link names", async () => {
    const lines = (n: number, word: string) => Buffer.from(Array.from({ length: n }, (_, k) => `${word} ${k + 1}.`).join("\n"));
    const { id } = await importArticle(server.store, { en: { bytes: lines(150, "Line"), name: "en.txt" }, ar: { bytes: lines(150, "سطر"), name: "ar.txt" } }, { title: "Long" }, "tester", { dictionary: false });
    expect(server.store.getBeads(id).length).to.be.greaterThan(120);
    const first = await admin.get(`/documents/${id}`);
    expect(first.body_).not.to.include('id="row-120"');
    const linked = await admin.get(`/documents/${id}?row=120`);
    expect(linked.body_).to.include('id="row-120"');
    expect(linked.body_).not.to.include('id="row-1"');
  });
});
