import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

describe("findings in the editor (real server)", () => {
  let server: TestServer;
  let editor: Client;
  before(async () => {
    server = await startServer();
    editor = await server.as("copy-editor");
    // Findings are computed in the background, never by a page view: wait for them.
    await server.findingsSettled();
  });
  after(async () => {
    await server.stop();
  });

  const paragraphStarting = (prefix: string) => server.store.getParagraphs(1, "en").find((p) => p.text.startsWith(prefix))!;

  it("highlights findings in the text with their message, and counts them on the corpus page", async () => {
    const page = await editor.get("/documents/1");
    expect(page.body_).to.match(/<mark class="finding severity-warning" data-finding="\d+" title="[^"]*tow[^"]*">tow side<\/mark>/u);
    expect(page.body_).to.match(/<mark class="finding severity-error"[^>]*>Ahrar al-Cham<\/mark>/u);
    const corpus = await editor.get("/");
    expect(corpus.body_).to.match(/<a href="\/findings\?document=1">\d+<\/a>/u);
  });

  it("applies a fix in one click as an ordinary edit: revision, diff, undo", async () => {
    const finding = server.store.listFindings({ documentId: 1, checkId: "real-word" })[0]!;
    await editor.get("/documents/1");
    const res = await editor.postForm(`/findings/${finding.id}/apply`, {});
    expect(res.status).to.equal(303);
    expect(paragraphStarting("The two sides agreed")).to.not.equal(undefined);
    const history = server.store.getHistory(1).filter((h) => h.kind === "text");
    expect(history[history.length - 1]?.action).to.equal("fix:real-word");
    const undo = await editor.json("POST", "/api/documents/1/undo", {});
    expect(undo.status).to.equal(200);
    expect(paragraphStarting("The tow side agreed")).to.not.equal(undefined);
    await server.findingsSettled();
  });

  it("dismisses a finding until the paragraph's text changes", async () => {
    await editor.get("/documents/1");
    const finding = server.store.listFindings({ documentId: 1, checkId: "repeated-word" })[0]!;
    const res = await editor.json("POST", `/api/findings/${finding.id}/dismiss`, {});
    expect(res.status).to.equal(200);
    await editor.get("/documents/1");
    expect(server.store.listFindings({ documentId: 1, checkId: "repeated-word" })).to.have.length(0);
    // Edit the paragraph elsewhere: the dismissal lapses and the finding is back.
    const paragraph = server.store.getParagraph(finding.paragraphId!)!;
    await editor.json("PUT", `/api/paragraphs/${paragraph.id}`, { text: `${paragraph.text} `.trimEnd() + " Indeed.", version: paragraph.version });
    await server.findingsSettled();
    expect(server.store.listFindings({ documentId: 1, checkId: "repeated-word" })).to.have.length(1);
  });

  it("answers a fix and a dismissal with only the finding's row, and says there what was fixed or dismissed", async () => {
    await server.findingsSettled();
    type RowsAnswer = { message: string; current: number | null; changes: { rows: { bead: number; html: string }[]; removed: number[]; order: number[] } };
    const rowOf = (paragraphId: number | null) => server.store.getBeads(1).findIndex((b) => [...(b.paragraphIds?.en ?? []), ...(b.paragraphIds?.ar ?? [])].includes(paragraphId ?? -1));
    const fix = server.store.listFindings({ documentId: 1, checkId: "real-word" })[0]!;
    const fixRow = rowOf(fix.paragraphId);
    const fixBead = server.store.getBeads(1)[fixRow]!.id;
    const fixed = await editor.json("POST", `/api/findings/${fix.id}/apply`, {});
    expect(fixed.status).to.equal(200);
    const answer = fixed.data as unknown as RowsAnswer;
    expect(answer.current).to.equal(fixBead);
    expect(answer.message).to.equal(`Fixed (Wrong word): “${fix.excerpt}” → “${fix.suggestion}”, row ${fixRow + 1}.`);
    const neighbours = [fixRow - 1, fixRow, fixRow + 1].map((k) => server.store.getBeads(1)[k]?.id);
    expect(answer.changes.rows.map((r) => r.bead)).to.include(fixBead);
    expect(answer.changes.rows.every((r) => neighbours.includes(r.bead)), "only the fixed row and the neighbours naming it").to.equal(true);
    const newText = server.store.getParagraph(fix.paragraphId!)!.text;
    expect(answer.changes.rows.find((r) => r.bead === fixBead)!.html).to.include(newText.slice(0, 20));
    expect(answer.changes.removed).to.deep.equal([]);
    expect((await editor.json("POST", "/api/documents/1/undo", {})).status).to.equal(200);
    await server.findingsSettled();

    const other = server.store.listFindings({ documentId: 1 }).find((f) => f.side === "en" && f.checkId !== "real-word")!;
    const otherRow = rowOf(other.paragraphId);
    expect((await editor.get("/documents/1")).body_).to.include(`data-finding="${other.id}"`);
    const dismissed = await editor.json("POST", `/api/findings/${other.id}/dismiss`, {});
    expect(dismissed.status).to.equal(200);
    const gone = dismissed.data as unknown as RowsAnswer;
    // A dismissal moves no version: the answer names the finding's row itself, and only it.
    expect(gone.changes.rows.map((r) => r.bead)).to.deep.equal([server.store.getBeads(1)[otherRow]!.id]);
    expect(gone.changes.rows[0]!.html).to.include('class="row');
    expect(gone.changes.rows[0]!.html).to.not.include(`data-finding="${other.id}"`);
    expect(gone.message).to.match(new RegExp(`^Finding dismissed \\(.+\\): “.*”, row ${otherRow + 1}\\.$`, "u"));
  });

  it("lists findings corpus-wide by check and applies a consistency fix everywhere, each a revision", async () => {
    const page = await editor.get("/findings");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include("Body named two ways");
    const before = server.store.getHistory(1).length;
    const res = await editor.postForm("/findings/apply-all", { check: "naming-consistency", original: "Negotiating Committee", suggestion: "Negotiations Committee" });
    expect(res.status).to.equal(303);
    const preview = res.headers.get("location")!;
    expect(preview).to.match(/^\/bulk\/\d+$/u);
    expect(server.store.getHistory(1).length).to.equal(before, "the preview writes nothing");
    const shown = await editor.get(preview);
    expect(shown.body_).to.include("<del>Negotiating Committee</del>");
    expect(shown.body_).to.include("<ins>Negotiations Committee</ins>");
    const accepted = await editor.postForm(preview, { do: "accept-all" });
    expect(accepted.status).to.equal(303);
    expect(server.store.getParagraphs(1, "en").some((p) => p.text.includes("Negotiating Committee"))).to.equal(false);
    expect(server.store.getHistory(1).length).to.equal(before + 1);
    expect((await editor.get(preview)).body_).to.include("Done: 1 occurrence changed");
  });

  it("edits the glossary: add, import TSV, export, and the checks use it", async () => {
    await editor.get("/glossary");
    const add = await editor.postForm("/glossary", { ar: "تجربة", en: "Tajriba", kind: "term", note: "" });
    expect(add.status).to.equal(303);
    const imported = await editor.postForm("/glossary/import", { tsv: "ar\ten\tkind\tnote\nمثال\tMithal\tterm\tan example\n" });
    expect(imported.status).to.equal(200);
    expect(imported.body_).to.include("Import done: 1 line stored.");
    const incomplete = await editor.postForm("/glossary/import", { tsv: "ar\ten\nعربي فقط\t\n" });
    expect(incomplete.status).to.equal(200);
    expect(incomplete.body_).to.include("Line 2: An entry needs both the Arabic and the English form.");
    const headless = await editor.postForm("/glossary/import", { tsv: "arabic\tenglish\nمثال\tMithal\n" });
    expect(headless.status).to.equal(400);
    const tsv = await editor.get("/glossary/export");
    expect(tsv.body_).to.include("تجربة\tTajriba\tterm");
    expect(tsv.body_).to.include("مثال\tMithal\tterm\tan example");
  });

  it("refuses fixes to viewers and translators on English", async () => {
    const finding = server.store.listFindings({ documentId: 1 }).find((f) => f.side === "en" && f.suggestion !== null)!;
    const viewer = await server.as("viewer");
    expect((await viewer.json("POST", `/api/findings/${finding.id}/apply`, {})).status).to.equal(403);
    const translator = await server.as("translator");
    expect((await translator.json("POST", `/api/findings/${finding.id}/apply`, {})).status).to.equal(403);
  });
});
