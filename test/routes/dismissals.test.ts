/**
 * The ignore lists' pages on a real server with the sample corpus twice: a dismissal is listed with
 * its document, row link, check name in the reader's language, text and who, and restored (one or
 * many, CSRF-checked, refused to a viewer, who sees the list read-only); "ignore all like this" from
 * the alignment view hides the finding in both documents, is listed, and is removed again.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";

describe("dismissals and ignore rules (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let editor: Client;
  let viewer: Client;
  const naming = (documentId?: number) => server.store.listFindings({ checkId: "naming-consistency", ...(documentId === undefined ? {} : { documentId }) });

  before(async () => {
    server = await startServer();
    await loadSampleCorpus(server.store);
    await server.findingsSettled();
    editor = await server.as("copy-editor");
    viewer = await server.as("viewer");
  });
  after(async () => {
    await server.stop();
  });

  it("lists a dismissal and restores it; the finding comes back; viewers read only; CSRF checked", async () => {
    const finding = naming()[0]!;
    await editor.get(`/documents/${finding.documentId}`);
    expect((await editor.postForm(`/findings/${finding.id}/dismiss`, {})).status).to.equal(303);
    await server.findingsSettled();

    const page = await editor.get("/dismissals");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include("Body named two ways").and.include(finding.excerpt).and.include("copy-editor");
    expect(page.body_).to.match(new RegExp(`href="/documents/${finding.documentId}#row-\\d+"`, "u"));
    const id = /name="id" value="(\d+)" id="dismissal-/u.exec(page.body_)?.[1];
    expect(id).to.be.a("string");

    const arabic = await editor.get("/dismissals?lang=ar");
    expect(arabic.body_).to.include("الملاحظات المتجاهَلة");
    await editor.get("/dismissals?lang=en");

    const seen = await viewer.get("/dismissals");
    expect(seen.status).to.equal(200);
    expect(seen.body_).to.include(finding.excerpt).and.not.include('name="id"');
    expect((await viewer.postForm("/dismissals/restore", { id: id! })).status).to.equal(403);
    expect((await editor.postForm("/dismissals/restore", { id: id! }, { csrf: false })).status).to.equal(403);
    expect(server.store.listAllDismissals({ offset: 0, limit: 10 }).total).to.equal(1);

    const restored = await editor.json("POST", "/dismissals/restore", { id: [id, "not-an-id"] });
    expect(restored).to.deep.equal({ status: 200, data: { ok: true, restored: 1 } });
    await server.findingsSettled();
    expect(naming(finding.documentId).map((f) => f.excerpt)).to.include(finding.excerpt);
    expect(server.store.listAudit({}).map((e) => e.action)).to.include("dismissal-restore");
  });

  it("ignores all like this across both documents, lists the rule and removes it", async () => {
    const documents = server.store.listDocuments().map((d) => d.id);
    const finding = naming(documents[0])[0]!;
    expect(naming(documents[1]).map((f) => f.excerpt)).to.include(finding.excerpt);
    await editor.get(`/documents/${finding.documentId}`);
    expect((await viewer.json("POST", `/api/findings/${finding.id}/ignore-all`, {})).status).to.equal(403);
    const answer = await editor.json("POST", `/api/findings/${finding.id}/ignore-all`, {});
    expect(answer.status).to.equal(200);
    expect(answer.data.message).to.equal(`Ignoring all “${finding.excerpt}” findings of Body named two ways in the corpus.`);
    await server.findingsSettled();
    for (const id of documents) expect(naming(id).map((f) => f.excerpt), `document ${id}`).to.not.include(finding.excerpt);

    const page = await editor.get("/dismissals");
    const ruleId = /name="id" value="(\d+)" id="rule-/u.exec(page.body_)?.[1];
    expect(ruleId).to.be.a("string");
    expect(page.body_).to.include(`<td dir="auto" class="rule-text">${finding.excerpt}</td>`);
    expect((await viewer.postForm("/ignore-rules/remove", { id: ruleId! })).status).to.equal(403);
    expect((await editor.postForm("/ignore-rules/remove", { id: ruleId! })).status).to.equal(303);
    await server.findingsSettled();
    for (const id of documents) expect(naming(id).map((f) => f.excerpt), `document ${id}`).to.include(finding.excerpt);
  });

  it("shows the “ignore all like this” button only to those who may dismiss", async () => {
    const id = server.store.listDocuments()[0]!.id;
    expect((await editor.get(`/documents/${id}`)).body_).to.include("/ignore-all");
    expect((await viewer.get(`/documents/${id}`)).body_).to.not.include("/ignore-all");
  });
});
