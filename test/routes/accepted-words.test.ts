/**
 * The accepted words page on a real server: translators add, change and remove entries (CSRF
 * checked), a viewer sees the list read-only and is refused; a refused entry shows the page with
 * its reason in the reader's language; the TSV export is formula-safe and imports back the same;
 * an import reports each refused line with its number and reason; user text is never markup.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

describe("accepted words (real server)", function () {
  this.timeout(60000);
  let server: TestServer;
  let translator: Client;
  let viewer: Client;
  before(async () => {
    server = await startServer({ sample: false });
    translator = await server.as("translator");
    viewer = await server.as("viewer");
  });
  after(async () => {
    await server.stop();
  });

  it("adds, edits and removes entries for the glossary's editors; viewers read only; CSRF checked", async () => {
    await translator.get("/accepted-words");
    expect((await translator.postForm("/accepted-words", { word: "Enab<b>", lang: "en", kind: "name", note: "<script>x</script>" }, { csrf: false })).status).to.equal(403);
    expect((await translator.postForm("/accepted-words", { word: "Enab<b>", lang: "en", kind: "name", note: "<script>x</script>" })).status).to.equal(303);
    const [entry] = server.store.listAcceptedWords();
    expect(entry).to.include({ word: "Enab<b>", lang: "en", kind: "name", user: "translator" });
    const page = await translator.get("/accepted-words");
    expect(page.body_).to.include("Enab&lt;b&gt;").and.include("&lt;script&gt;x&lt;/script&gt;").and.not.include("<script>x");

    const seen = await viewer.get("/accepted-words");
    expect(seen.status).to.equal(200);
    expect(seen.body_).to.include("Enab&lt;b&gt;").and.include("your role cannot change it").and.not.include('action="/accepted-words/remove"');
    expect((await viewer.postForm("/accepted-words", { word: "Homs", lang: "en" })).status).to.equal(403);

    expect((await translator.postForm("/accepted-words/edit", { id: String(entry!.id), word: "Enab Baladi", lang: "en", kind: "name", note: "" })).status).to.equal(303);
    expect(server.store.getAcceptedWord(entry!.id)?.word).to.equal("Enab Baladi");
    expect((await viewer.postForm("/accepted-words/remove", { id: String(entry!.id) })).status).to.equal(403);
    expect((await translator.postForm("/accepted-words/remove", { id: String(entry!.id) })).status).to.equal(303);
    expect(server.store.listAcceptedWords()).to.deep.equal([]);
    expect(server.store.listAudit({}).map((e) => e.action)).to.include.members(["accepted-word-save", "accepted-word-edit", "accepted-word-remove"]);
  });

  it("shows the page again with the reason of a refused entry, in the reader's language", async () => {
    await translator.get("/accepted-words");
    const refused = await translator.postForm("/accepted-words", { word: "حمص", lang: "en" });
    expect(refused.status).to.equal(400);
    expect(refused.body_).to.include("“حمص” is not written in the script of its language");
    await translator.get("/accepted-words?lang=ar");
    const arabic = await translator.postForm("/accepted-words", { word: "Homs", lang: "xx" });
    expect(arabic.status).to.equal(400);
    expect(arabic.body_).to.include("اللغة إما en وإما ar");
    await translator.get("/accepted-words?lang=en");
  });

  it("exports formula-safe TSV that imports back the same, and reports refused lines by number and reason", async () => {
    await translator.get("/accepted-words");
    const tsv = "word\tlang\tkind\tnote\n=SUM(A1)\ten\tword\t@home\nالقامشلي\tar\tname\tمدينة\nHoms\tar\tname\t\nحلب\tar\tverb\t\n";
    const imported = await translator.postForm("/accepted-words/import", { tsv });
    expect(imported.status).to.equal(200);
    expect(imported.body_).to.include("Import done: 2 lines stored.").and.include("2 lines were refused and not stored:");
    expect(imported.body_).to.include("Line 4: “Homs” is not written in the script of its language").and.include("Line 5: The kind must be word or name, not “verb”.");
    const before = server.store.listAcceptedWords().map(({ word, lang, kind, note }) => ({ word, lang, kind, note }));

    const exported = await viewer.get("/accepted-words/export");
    expect(exported.status).to.equal(200);
    expect(exported.headers.get("content-type")).to.match(/^text\/tab-separated-values/u);
    for (const line of exported.body_.trim().split("\n").slice(1)) for (const cell of line.split("\t")) expect(cell, line).to.not.match(/^[=+\-@]/u);
    expect(exported.body_).to.include("'=SUM(A1)\ten\tword\t'@home");

    await translator.get("/accepted-words");
    const again = await translator.upload("/accepted-words/import", {}, { tsvFile: { bytes: Buffer.from(exported.body_), filename: "accepted-words.tsv" } });
    expect(again).to.deep.equal({ status: 200, data: { ok: true, added: 0, stored: 2, refused: [] } });
    expect(server.store.listAcceptedWords().map(({ word, lang, kind, note }) => ({ word, lang, kind, note }))).to.deep.equal(before);
    expect((await viewer.postForm("/accepted-words/import", { tsv })).status).to.equal(403);
  });
});
