/**
 * Renaming, deleting and restoring documents through a real server on a loopback port with the
 * sample corpus: who may (a viewer cannot rename, an editor cannot delete), CSRF, the page that asks
 * before a delete, 409 with the current titles for a stale rename, 404 everywhere once deleted (a
 * restore page for admins), the recently deleted list with who and days left in both languages, and
 * restore; the corpus table's publication dates and sort links.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

describe("document management pages (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let admin: Client;
  let editor: Client;
  let viewer: Client;
  let id: number;

  beforeEach(async () => {
    server = await startServer();
    [admin, editor, viewer] = await Promise.all([server.as("admin"), server.as("copy-editor"), server.as("viewer")]);
    id = server.store.listDocuments()[0]!.id;
  });
  afterEach(async () => {
    await server.stop();
  });

  const auditOf = (action: string) => server.store.listAudit({ documentId: id }).filter((e) => e.action === action);

  it("renames a document from its page for an editor, never for a viewer, and refuses a stale form with the current titles", async () => {
    const page = (await editor.get(`/documents/${id}`)).body_;
    expect(page).to.include(`action="/documents/${id}/rename"`);
    expect((await viewer.get(`/documents/${id}`)).body_).to.not.include(`/documents/${id}/rename`);
    const version = String(server.store.getDocument(id)!.version);

    expect((await viewer.postForm(`/documents/${id}/rename`, { title: "By a viewer", titleAr: "", version })).status).to.equal(403);
    expect((await editor.postForm(`/documents/${id}/rename`, { title: "Without a token", titleAr: "", version }, { csrf: false })).status).to.equal(403);
    expect(server.store.getDocument(id)?.title).to.not.equal("By a viewer");

    const renamed = await editor.postForm(`/documents/${id}/rename`, { title: "Ceasefire talks resume", titleAr: "استئناف محادثات وقف إطلاق النار", version });
    expect(renamed.status).to.equal(303);
    expect(renamed.headers.get("location")).to.equal(`/documents/${id}`);
    expect(server.store.getDocument(id)).to.include({ title: "Ceasefire talks resume", titleAr: "استئناف محادثات وقف إطلاق النار" });
    expect(auditOf("rename").map((e) => e.user)).to.deep.equal(["copy-editor"]);
    expect((await viewer.get(`/documents/${id}`)).body_).to.include("Ceasefire talks resume");

    // The same form again: its version is no longer the document's.
    await admin.get(`/documents/${id}/rename`);
    const stale = await admin.postForm(`/documents/${id}/rename`, { title: "<b>Mine</b>", titleAr: "", version });
    expect(stale.status).to.equal(409);
    expect(stale.body_).to.include("Someone changed this document since you opened the form");
    expect(stale.body_).to.include("Ceasefire talks resume");
    expect(stale.body_, "what the user typed is text, never markup").to.include("&lt;b&gt;Mine&lt;/b&gt;").and.not.include("<b>Mine</b>");
    expect(stale.body_).to.include(`name="version" value="${server.store.getDocument(id)!.version}"`);
    expect(server.store.getDocument(id)?.title).to.equal("Ceasefire talks resume");

    await editor.get(`/documents/${id}/rename?lang=ar`);
    const empty = await editor.postForm(`/documents/${id}/rename`, { title: " ", titleAr: "", version: String(server.store.getDocument(id)!.version) });
    expect(empty.status).to.equal(400);
    expect(empty.body_).to.include("لا بد للمستند من عنوان إنجليزي.");
  });

  it("asks before deleting, deletes for admins only, answers 404 for the document's URLs, and lists it under recently deleted until restored", async () => {
    const title = server.store.getDocument(id)!.title;
    expect((await editor.get(`/documents/${id}/delete`)).status).to.equal(403);
    await editor.get(`/documents/${id}`);
    expect((await editor.postForm(`/documents/${id}/delete`, { confirmed: "yes" })).status).to.equal(403);
    expect((await editor.get("/deleted")).status).to.equal(403);
    expect((await editor.get(`/documents/${id}`)).body_, "no delete link for an editor").to.not.include(`/documents/${id}/delete`);
    expect((await admin.get(`/documents/${id}`)).body_).to.include(`href="/documents/${id}/delete"`);

    const asking = await admin.get(`/documents/${id}/delete`);
    expect(asking.status).to.equal(200);
    expect(asking.body_).to.include('name="confirmed" value="yes"').and.match(/name="_csrf" value="[^"]+"/u);
    expect(asking.body_).to.include("30 days");
    const unconfirmed = await admin.postForm(`/documents/${id}/delete`, {});
    expect([unconfirmed.status, unconfirmed.headers.get("location")]).to.deep.equal([303, `/documents/${id}/delete`]);
    expect(server.store.getDocument(id)).to.not.equal(null);
    expect((await admin.postForm(`/documents/${id}/delete`, { confirmed: "yes" }, { csrf: false })).status).to.equal(403);
    expect(server.store.getDocument(id)).to.not.equal(null);

    const deleted = await admin.postForm(`/documents/${id}/delete`, { confirmed: "yes" });
    expect([deleted.status, deleted.headers.get("location")]).to.deep.equal([303, "/deleted"]);
    expect(auditOf("delete-document").map((e) => e.user)).to.deep.equal(["admin"]);

    for (const path of [`/documents/${id}`, `/documents/${id}/history`, `/api/documents/${id}`, `/documents/${id}/rename`]) {
      expect((await editor.get(path)).status, path).to.equal(404);
    }
    // Nothing writes to a deleted document either.
    const translator = await server.as("translator");
    await translator.get("/");
    expect((await translator.json("POST", `/api/documents/${id}/undo`, {})).status).to.equal(404);
    const bead = server.store.getBeads(id)[0]!;
    expect((await translator.json("POST", `/api/documents/${id}/align`, { op: "confirm", bead: bead.id, version: bead.version })).status).to.equal(404);
    expect(server.store.getBeads(id)[0]?.status).to.equal(bead.status);
    const editorView = await editor.get(`/documents/${id}`);
    expect(editorView.body_).to.not.include("/restore");
    expect((await editor.get("/")).body_).to.not.include(`href="/documents/${id}"`);
    expect((await viewer.get(`/findings?document=${id}`)).body_).to.not.include(`/documents/${id}#`);

    const gone = await admin.get(`/documents/${id}`);
    expect(gone.status).to.equal(404);
    expect(gone.body_).to.include(`action="/deleted/${id}/restore"`).and.include("This document was deleted by admin");

    const list = await admin.get("/deleted");
    expect(list.body_).to.include(`data-document="${id}"`).and.include("30 days").and.include(`action="/deleted/${id}/restore"`);
    expect(list.body_).to.include(title.replace(/&/gu, "&amp;").slice(0, 20));
    const arabic = await admin.get("/deleted?lang=ar");
    expect(arabic.body_).to.include("٣٠ يومًا").and.include("المحذوفة حديثًا");

    expect((await editor.postForm(`/deleted/${id}/restore`, {})).status).to.equal(403);
    const restored = await admin.postForm(`/deleted/${id}/restore`, {});
    expect([restored.status, restored.headers.get("location")]).to.deep.equal([303, `/documents/${id}`]);
    expect(auditOf("restore-document").map((e) => e.user)).to.deep.equal(["admin"]);
    expect((await editor.get(`/documents/${id}`)).status).to.equal(200);
    expect((await admin.get("/deleted")).body_).to.not.include(`data-document="${id}"`);
    expect((await admin.postForm(`/deleted/${id}/restore`, {})).status, "a live document cannot be restored").to.equal(404);
  });

  it("shows both editions' publication dates in the corpus table, in the reader's digits, with sort links kept in the pager", async () => {
    expect(server.store.getDocument(id)?.publishedEn).to.equal("2017-10-10");
    // Attributes as a browser reads them (Handlebars writes = and & as entities).
    const page = (await viewer.get("/?sort=published-en&dir=asc&q=a")).body_.replace(/&#x3D;/gu, "=").replace(/&amp;/gu, "&");
    expect(page).to.include('aria-sort="ascending"');
    expect(page).to.include('href="/?q=a&sort=published-en&dir=desc"');
    expect(page).to.include('href="/?q=a&sort=title&dir=asc"');
    expect(page).to.include('name="sort" value="published-en"').and.include('name="dir" value="asc"');
    expect(page, "the sort's direction is not the page's").to.include('<html lang="en" dir="ltr">');
    expect(page).to.include('class="published-en">10 Oct 2017<');
    const arabic = (await viewer.get("/?lang=ar")).body_;
    expect(arabic).to.include('class="published-ar">١٠ أكتوبر ٢٠١٧<').and.include('<html lang="ar" dir="rtl">');
  });
});
