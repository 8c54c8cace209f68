/**
 * The sentence panel's use cases on a real database file: a row's sentences and links (the
 * aligner's, then the reviewer's), every operation with its history entry undone by the document's
 * undo, the role, lock, version and text checks, links that lapse once the row's text changes,
 * and the sentence-level export that writes the reviewer's links where they hold.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { changeRowSentenceLinks, readSentenceLinksRequest, readSentencePanel, sentencePairsOf } from "../../server/services/sentence-links.js";
import { editParagraphText, setStatus, travelHistory } from "../../server/services/review.js";
import { exportCorpus } from "../../server/services/export-corpus.js";
import { parseChoices } from "../../server/domain/export/choices.js";
import { lexiconFor } from "../../server/services/align-resources.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import { TextSink } from "../domain/export/sample-units.js";
import { tempDbPath } from "../helpers/temp.js";

const translator = { name: "tr", role: "translator" as const };
const copyEditor = { name: "copy", role: "copy-editor" as const };
const admin = { name: "chief", role: "admin" as const };

async function sample() {
  const store = openSqliteStore(tempDbPath());
  const id = (await loadSampleCorpus(store))[0]!;
  // A row with two sentences on each side, linked one to one by the aligner.
  const bead = store.getBeads(id).find((b) => {
    const panel = readSentencePanel(store, id, b.id);
    return panel.en.length === 2 && panel.ar.length === 2 && panel.links.length === 2;
  })!;
  return { store, id, bead };
}

const shape = (links: { en: number[]; ar: number[] }[]) => links.map((l) => `${l.en.join(",")}|${l.ar.join(",")}`);

describe("sentence-links service (real database file)", function () {
  this.timeout(60000);

  it("shows a row's sentences with the aligner's links, then the reviewer's after each operation, undone by the document's undo", async () => {
    const { store, id, bead } = await sample();
    const panel = readSentencePanel(store, id, bead.id);
    expect(panel).to.include({ source: "computed", version: 0, row: bead.position + 1 });
    expect(shape(panel.links)).to.deep.equal(["0|0", "1|1"]);
    for (const l of panel.links) expect(l.score).to.be.within(0, 1);

    const shifted = changeRowSentenceLinks(store, id, { bead: bead.id, version: 0, fingerprint: panel.fingerprint, operation: { op: "shift", link: 1, side: "ar", direction: "up" } }, translator);
    expect(shape(shifted.panel.links)).to.deep.equal(["0|0,1", "1|"]);
    expect(shifted.panel).to.include({ source: "edited", version: 1 });
    const confirmed = changeRowSentenceLinks(store, id, { bead: bead.id, version: 1, fingerprint: panel.fingerprint, operation: { op: "confirm" } }, translator);
    expect(confirmed.panel.source).to.equal("confirmed");
    expect(store.getHistoryEntry(id, confirmed.history)!.action).to.equal("sentences-confirm");

    expect(travelHistory(store, id, "undo", translator)!.kind).to.equal("sentence-links");
    expect(readSentencePanel(store, id, bead.id).source).to.equal("edited");
    travelHistory(store, id, "undo", translator);
    expect(readSentencePanel(store, id, bead.id)).to.deep.include({ source: "computed", links: panel.links });
    travelHistory(store, id, "redo", translator);
    travelHistory(store, id, "redo", translator);
    expect(readSentencePanel(store, id, bead.id).source).to.equal("confirmed");
    store.close();
  });

  it("refuses a role without align, a locked document, another version, other texts and operations that do not fit", async () => {
    const { store, id, bead } = await sample();
    const panel = readSentencePanel(store, id, bead.id);
    const ask = (operation: Parameters<typeof changeRowSentenceLinks>[2]["operation"], version = 0, fingerprint = panel.fingerprint) =>
      ({ bead: bead.id, version, fingerprint, operation });
    expect(() => changeRowSentenceLinks(store, id, ask({ op: "confirm" }), copyEditor)).to.throw(ForbiddenError, "role");
    expect(() => changeRowSentenceLinks(store, id, ask({ op: "merge", link: 1 }), translator)).to.throw(BadRequestError, "no-next-row");
    expect(() => changeRowSentenceLinks(store, id, ask({ op: "confirm" }, 3), translator)).to.throw(ConflictError);
    expect(() => changeRowSentenceLinks(store, id, ask({ op: "confirm" }, 0, "0000000000000000"), translator)).to.throw(ConflictError);
    expect(() => readSentencePanel(store, id, 999_999)).to.throw(NotFoundError);
    setStatus(store, id, "locked", admin);
    expect(() => changeRowSentenceLinks(store, id, ask({ op: "confirm" }), translator)).to.throw(ForbiddenError, "locked");
    expect(changeRowSentenceLinks(store, id, ask({ op: "confirm" }), admin).panel.source).to.equal("confirmed");
    store.close();
  });

  it("reads operations from a form or JSON body, refusing what names none", () => {
    expect(readSentenceLinksRequest({ op: "shift", bead: "4", version: "0", fingerprint: "f", link: "1", side: "ar", direction: "up" }))
      .to.deep.equal({ bead: 4, version: 0, fingerprint: "f", operation: { op: "shift", link: 1, side: "ar", direction: "up" } });
    expect(readSentenceLinksRequest({ op: "split", bead: 4, version: 2, fingerprint: "f", link: 0, enCount: 1, arCount: 0 }).operation)
      .to.deep.equal({ op: "split", link: 0, enCount: 1, arCount: 0 });
    expect(() => readSentenceLinksRequest({ op: "drop", bead: 4, version: 0, fingerprint: "f" })).to.throw(BadRequestError);
    expect(() => readSentenceLinksRequest({ op: "confirm", bead: 4, version: 0 })).to.throw(BadRequestError);
    expect(() => readSentenceLinksRequest({ op: "shift", bead: 4, version: 0, fingerprint: "f", side: "xx", direction: "up" })).to.throw(BadRequestError, "bad-shift");
  });

  it("lets the reviewer's links lapse once the row's text changes", async () => {
    const { store, id, bead } = await sample();
    const panel = readSentencePanel(store, id, bead.id);
    changeRowSentenceLinks(store, id, { bead: bead.id, version: 0, fingerprint: panel.fingerprint, operation: { op: "merge", link: 0 } }, translator);
    expect(readSentencePanel(store, id, bead.id).source).to.equal("edited");
    const paragraph = store.getParagraph(bead.paragraphIds!.en[0]!)!;
    editParagraphText(store, paragraph.id, paragraph.version, `${paragraph.text} More.`, admin);
    const after = readSentencePanel(store, id, bead.id);
    expect(after.source).to.equal("computed");
    expect(after.fingerprint).to.not.equal(panel.fingerprint);
    // The next change starts from the aligner's links, at the stored version.
    const again = changeRowSentenceLinks(store, id, { bead: bead.id, version: after.version, fingerprint: after.fingerprint, operation: { op: "confirm" } }, translator);
    expect(again.panel.links).to.deep.equal(after.links);
    store.close();
  });

  it("exports at sentence level the reviewer's links where they hold, and the aligner's elsewhere", async () => {
    const { store, id, bead } = await sample();
    const panel = readSentencePanel(store, id, bead.id);
    changeRowSentenceLinks(store, id, { bead: bead.id, version: 0, fingerprint: panel.fingerprint, operation: { op: "merge", link: 0 } }, translator);
    changeRowSentenceLinks(store, id, { bead: bead.id, version: 1, fingerprint: panel.fingerprint, operation: { op: "confirm" } }, translator);
    const choices = parseChoices({ format: "tsv", granularity: "sentence", status: "all" });
    const out = new TextSink();
    await exportCorpus(store, choices, out, { meta: { name: "t", granularity: "sentence", createdAt: new Date(0), tool: { name: "mizan", version: "test" } } });
    const row = bead.position + 1;
    const lines = out.text.split("\n").filter((l) => l.startsWith(`${id}-${row}.`) || l.includes(`\t${id}-${row}.`));
    expect(lines, out.text.slice(0, 500)).to.have.length(1, "the row's two links merged into one unit");
    expect(lines[0]).to.include(panel.en[0]).and.include(panel.en[1]).and.include(panel.ar[0]).and.include(panel.ar[1]);
    // Another row with two sentences keeps the aligner's links.
    const pair = [...store.iteratePairs({ documentIds: [id], status: "all" })].find((p) => p.beadId === bead.id)!;
    expect(sentencePairsOf(pair, undefined, lexiconFor(store.listGlossary()))).to.have.length(2);
    store.close();
  });
});
