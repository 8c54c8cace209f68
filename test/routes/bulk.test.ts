/**
 * The bulk change page on a real server: paged occurrences whose ticks survive moving between
 * pages (a form, no script), user text shown as text, the CSRF check, only the owner's changes,
 * cancel, and the undo button after a change was applied.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import { BULK_PAGE_SIZE } from "../../server/services/bulk-changes.js";

describe("bulk change pages (real server)", () => {
  let server: TestServer;
  let editor: Client;
  before(async () => {
    server = await startServer();
    editor = await server.as("copy-editor");
    await server.findingsSettled();
  });
  after(async () => {
    await server.stop();
  });

  /** A replacement preview of `count` occurrences, stored as the service stores one, some with markup in the text. */
  function storedPreview(count: number): number {
    const paragraph = server.store.getParagraphs(1, "en")[0]!;
    const occurrences = Array.from({ length: count }, (_, k) => ({
      documentId: 1,
      detail: {
        paragraphId: paragraph.id, side: "en", start: 0, end: 3, textHash: "not-the-text", original: "<b>old</b>", suggestion: "new", title: "Doc <i>1</i>",
        row: 1, before: k === 0 ? "<script>alert(1)</script> " : "", after: " rest", cutBefore: false, cutAfter: true, blocked: null,
      },
    }));
    return server.store.createBulkChange({ kind: "replace", user: "copy-editor", documentId: null, params: { checkId: "naming-consistency", original: "<b>old</b>", suggestion: "new" }, occurrences });
  }

  it("pages the occurrences and keeps the ticks of a page when moving to the next", async () => {
    const id = storedPreview(BULK_PAGE_SIZE + 10);
    const first = await editor.get(`/bulk/${id}`);
    expect(first.status).to.equal(200);
    expect(first.body_.match(/name="pick"/gu)).to.have.length(BULK_PAGE_SIZE);
    // Untick occurrence 3 (ordinal 2), go to page 2: the page shows the other ten, and page 1 keeps the choice.
    const picked = Array.from({ length: BULK_PAGE_SIZE }, (_, k) => k).filter((k) => k !== 2);
    // (A browser repeats the pick field, once per ticked box; the browser test does; a list in one field reads the same.)
    const moved = await editor.postForm(`/bulk/${id}`, { shown: Array.from({ length: BULK_PAGE_SIZE }, (_, k) => k).join(","), pick: picked.join(","), do: "page:2" });
    expect(moved.status).to.equal(303);
    expect(moved.headers.get("location")).to.equal(`/bulk/${id}?page=2`);
    const second = await editor.get(`/bulk/${id}?page=2`);
    expect(second.body_.match(/name="pick"/gu)).to.have.length(10);
    expect(server.store.getBulkChange(id)).to.deep.include({ occurrences: BULK_PAGE_SIZE + 10, selected: BULK_PAGE_SIZE + 9 });
    const back = await editor.get(`/bulk/${id}`);
    expect(back.body_).to.include('value="2">');
    expect(back.body_).to.not.match(/value="2" checked/u);
  });

  it("shows user text as text, never markup", async () => {
    const id = storedPreview(1);
    const page = await editor.get(`/bulk/${id}`);
    expect(page.body_).to.not.include("<script>alert(1)</script>");
    expect(page.body_).to.include("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page.body_).to.include("<del>&lt;b&gt;old&lt;/b&gt;</del>");
    expect(page.body_).to.include("Doc &lt;i&gt;1&lt;/i&gt;");
  });

  it("refuses a decision without the form's CSRF token, and another user's change", async () => {
    const id = storedPreview(1);
    expect((await editor.postForm(`/bulk/${id}`, { do: "cancel" }, { csrf: false })).status).to.equal(403);
    const other = await server.as("admin");
    const translator = await server.as("translator");
    expect((await translator.get(`/bulk/${id}`)).status).to.equal(404);
    expect((await translator.postForm(`/bulk/${id}`, { do: "accept-all" })).status).to.equal(404);
    expect((await other.get(`/bulk/${id}`)).status).to.equal(200, "an admin sees every change");
    expect(server.store.getBulkChange(id)?.state).to.equal("ready");
  });

  it("cancels, and an accepted change whose occurrences are all stale writes nothing and says why", async () => {
    const cancelled = storedPreview(1);
    expect((await editor.postForm(`/bulk/${cancelled}`, { do: "cancel" })).status).to.equal(303);
    expect((await editor.get(`/bulk/${cancelled}`)).body_).to.include("Cancelled. Nothing was changed.");
    const before = server.store.getHistory(1).length;
    const stale = storedPreview(2);
    await editor.get(`/bulk/${stale}`);
    await editor.postForm(`/bulk/${stale}`, { do: "accept-all" });
    const page = await editor.get(`/bulk/${stale}`);
    expect(page.body_).to.include("Skipped, because the text or the row changed after this preview (left as they were): 2");
    expect(page.body_).to.not.include("Undo this whole change");
    expect(server.store.getHistory(1).length).to.equal(before);
  });

  it("answers a malformed address or an endless list of occurrences calmly", async () => {
    expect((await editor.get("/bulk/not-a-number")).status).to.equal(404);
    expect((await editor.get(`/bulk/${"9".repeat(40)}`)).status).to.equal(404);
    const id = storedPreview(3);
    await editor.get(`/bulk/${id}`);
    const endless = Array.from({ length: 30_000 }, (_, k) => k).join(",");
    const res = await editor.postForm(`/bulk/${id}`, { shown: endless, pick: "", do: "page:1" });
    expect(res.status).to.equal(303);
    expect(server.store.getBulkChange(id)?.selected).to.equal(0, "the three occurrences shown were unticked, nothing else happened");
    const tooLarge = await editor.postForm(`/bulk/${id}`, { shown: `${endless},${endless}`, pick: endless, do: "page:1" });
    expect(tooLarge.status).to.equal(413);
    expect((await editor.get("/healthz")).status).to.equal(200);
  });
});
