import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { importArticle } from "../../server/services/import-article.js";
import type { Client } from "../helpers/client.js";

describe("pages (real server, real database file)", () => {
  let server: TestServer;
  let viewer: Client;
  before(async () => {
    server = await startServer();
    viewer = await server.as("viewer");
  });
  after(async () => {
    await server.stop();
  });

  it("lists the sample document on the corpus page", async () => {
    const res = await viewer.get("/");
    expect(res.status).to.equal(200);
    const html = res.body_;
    expect(html).to.include('<html lang="en" dir="ltr">');
    expect(html).to.include("‘De-escalation’ in Northern Homs");
    expect(html).to.include("0 of 39");
  });

  it("shows the alignment view: one row per bead, Arabic right-to-left, gaps and boilerplate marked", async () => {
    const res = await viewer.get("/documents/1");
    expect(res.status).to.equal(200);
    const html = res.body_;
    expect(html.match(/class="row /gu)?.length).to.equal(39);
    expect(html).to.include('class="cell ar" lang="ar" dir="rtl"');
    expect(html).to.include('class="cell en" lang="en" dir="ltr"');
    expect(html).to.include("No Arabic counterpart");
    expect(html).to.match(/class="paragraph boilerplate"[^>]*><p>Click here to support/u);
    expect(html).to.include('href="#row-1"'); // the alignment map links to the rows
  });

  it("shows a viewer the alignment view read-only: a notice, no tools, no shortcuts of operations", async () => {
    const html = (await viewer.get("/documents/1?lang=en")).body_;
    expect(html).to.include("Your role can read and export this document but not change it.");
    for (const tool of ['class="toolbar"', 'name="target"', 'class="edit-link"', 'action="/documents/1/status"', 'action="/documents/1/undo"', "<kbd>c</kbd>"]) {
      expect(html, tool).to.not.include(tool);
    }
    expect(html).to.include("<kbd>j</kbd>");
  });

  it("switches to the Arabic interface with ?lang=ar and remembers it", async () => {
    const res = await viewer.get("/documents/1?lang=ar");
    const html = res.body_;
    expect(html).to.include('<html lang="ar" dir="rtl">');
    expect(html).to.include("لماذا هذا الزوج");
    const again = (await viewer.get("/")).body_;
    expect(again).to.include('<html lang="ar" dir="rtl">');
    expect(again).to.include("٠ من ٣٩"); // Arabic-Indic digits in the Arabic interface
  });

  it("shows imported markup as text, never as markup", async () => {
    const hostile = '<script>alert("x")</script> <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">link</a>';
    const { id } = await importArticle(
      server.store,
      { en: { bytes: Buffer.from(`Title\n${hostile}\n`), name: "en.txt" }, ar: { bytes: Buffer.from("العنوان\nنص عربي <b>عريض</b>\n"), name: "ar.txt" } },
      { title: '<script>alert("t")</script>' },
      "tester",
    );
    for (const path of ["/", `/documents/${id}`]) {
      const html = (await viewer.get(path)).body_;
      expect(html).to.not.include("<script>alert");
      expect(html).to.not.include("<img src=x");
      expect(html).to.include("&lt;script&gt;alert(");
    }
  });

  it("sends a strict Content-Security-Policy", async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).to.include("script-src 'self'");
    expect(csp).to.not.include("unsafe-inline");
  });

  it("serves the Arabic font from this server", async () => {
    const res = await fetch(`${server.url}/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2`);
    expect(res.status).to.equal(200);
    expect((await res.arrayBuffer()).byteLength).to.be.greaterThan(10000);
    const css = await (await fetch(`${server.url}/assets/css/mizan.css`)).text();
    expect(css).to.include("/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2");
    expect(css).to.not.match(/https?:\/\//u);
  });

  it("answers an unknown page with 404 in the interface language", async () => {
    const res = await viewer.get("/documents/999?lang=ar");
    expect(res.status).to.equal(404);
    expect(res.body_).to.include("هذه الصفحة غير موجودة");
    await viewer.get("/?lang=en");
  });
});
