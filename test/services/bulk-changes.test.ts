/**
 * Bulk changes on a real database file: a preview writes nothing to the documents; accepting
 * writes only what stays selected, skips (and reports) what changed since the preview or sits in a
 * locked document, and records one history group that a single undo reverts across documents.
 * Replace everywhere, confirm all above and re-align (the proposal computed by the same function a
 * worker thread runs).
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import {
  acceptBulkChange, bulkChangePage, cancelBulkChange, computeRealignPreview, previewConfirmAbove, previewReplaceEverywhere, saveSelection, undoBulkChange,
} from "../../server/services/bulk-changes.js";
import { performAlignment, proposeRealignment, travelHistory } from "../../server/services/review.js";
import { BadRequestError } from "../../server/services/errors.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { tempDbPath } from "../helpers/temp.js";
import { CONFIRM_ABOVE_MIN_SCORE } from "../../server/domain/align/score-bands.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";
const editor = { name: "copy", role: "copy-editor" as const };
const translator = { name: "tr", role: "translator" as const };
const t = translatorFor("en");
const REPLACE = ["naming-consistency", "Negotiating Committee", "Negotiations Committee"] as const;

async function corpus(count: number) {
  const store = openSqliteStore(tempDbPath());
  const ids: number[] = [];
  for (let k = 0; k < count; k++) {
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: `Talks ${k}` }, "tester", { dictionary: false });
    refreshFindings(store, id);
    ids.push(id);
  }
  return { store, ids };
}

type TestStore = Awaited<ReturnType<typeof corpus>>["store"];
const secondParagraph = (store: TestStore, id: number) => store.getParagraphs(id, "en")[1]!.text;
const changes = (store: TestStore, id: number) => store.getHistory(id).filter((h) => h.kind !== "other");

describe("bulk changes (real database file)", () => {
  it("replace everywhere: the preview lists each occurrence in context and writes nothing", async () => {
    const { store, ids } = await corpus(3);
    const versions = ids.map((id) => store.getDocument(id)!.version);
    const id = previewReplaceEverywhere(store, ...REPLACE, editor);
    expect(ids.map((d) => store.getDocument(d)!.version)).to.deep.equal(versions, "no document changed");
    for (const d of ids) expect(secondParagraph(store, d)).to.include("Negotiating Committee");
    const view = bulkChangePage(store, id, 1, editor, t);
    expect(view.heading).to.equal("Replace “Negotiating Committee” by “Negotiations Committee” everywhere");
    expect(view.occurrences).to.have.length(3);
    expect(view.occurrences[0]).to.deep.include({ checked: true, blocked: null, title: "Talks 0", row: 2 });
    expect(view.occurrences[0]!.context).to.deep.equal({ before: "He added that the ", was: "Negotiating Committee", now: "Negotiations Committee", after: " would meet next week.", cutBefore: false, cutAfter: false, lang: "en", dir: "ltr" });
    store.close();
  });

  it("writes only what stays selected, skips a stale and a locked occurrence, and says so", async () => {
    const { store, ids } = await corpus(4);
    const [kept, rejected, stale, locked] = ids as [number, number, number, number];
    store.setDocumentStatus(locked, "locked", "admin");
    const id = previewReplaceEverywhere(store, ...REPLACE, editor);
    const page = bulkChangePage(store, id, 1, editor, t);
    const ordinalOf = (doc: number) => page.occurrences.find((o) => o.documentId === doc)!.ordinal;
    expect(page.occurrences.find((o) => o.documentId === locked)).to.deep.include({ checked: false, blocked: "Locked document: it will stay as it is." });
    // Someone edits one paragraph after the preview; the user unticks another occurrence.
    const paragraph = store.getParagraphs(stale, "en")[1]!;
    store.editParagraph(paragraph.id, paragraph.version, `${paragraph.text} Talks resume.`, "someone");
    saveSelection(store, id, page.occurrences.map((o) => o.ordinal), [ordinalOf(kept), ordinalOf(stale), ordinalOf(locked)], editor);
    const summary = acceptBulkChange(store, id, false, editor);
    expect(summary).to.deep.equal({ applied: 1, rejected: 2, stale: 1, locked: 0, role: 0, changes: 1, documents: [kept] });
    expect(secondParagraph(store, kept)).to.include("Negotiations Committee would meet next week");
    expect(secondParagraph(store, rejected)).to.include("Negotiating Committee", "an unticked occurrence stays as it was");
    expect(secondParagraph(store, stale)).to.equal(`${paragraph.text} Talks resume.`, "a stale occurrence is left as it was");
    expect(secondParagraph(store, locked)).to.include("Negotiating Committee");
    const done = bulkChangePage(store, id, 1, editor, t);
    expect(done.summary).to.deep.equal(summary);
    expect(done.occurrences.find((o) => o.documentId === stale)?.outcome).to.equal("Skipped: changed after the preview");
    expect(() => acceptBulkChange(store, id, true, editor), "a change is accepted once").to.throw(BadRequestError);
    store.close();
  });

  it("accepting all changes every document, and one undo reverts the whole group across documents", async () => {
    const { store, ids } = await corpus(3);
    const before = ids.map((d) => secondParagraph(store, d));
    const id = previewReplaceEverywhere(store, ...REPLACE, editor);
    expect(acceptBulkChange(store, id, true, editor)).to.deep.include({ applied: 3, changes: 3, documents: ids });
    expect(ids.map((d) => changes(store, d).at(-1)!.groupId)).to.deep.equal([id, id, id]);
    // Undo from any one of the documents moves all three revisions.
    const undone = travelHistory(store, ids[1]!, "undo", editor);
    expect(undone).to.deep.equal({ action: "fix:naming-consistency", kind: "text", group: { changes: 3, documents: ids } });
    expect(ids.map((d) => secondParagraph(store, d))).to.deep.equal(before);
    expect(travelHistory(store, ids[2]!, "redo", editor)?.group).to.deep.equal({ changes: 3, documents: ids });
    expect(ids.every((d) => secondParagraph(store, d).includes("Negotiations Committee would meet"))).to.equal(true);
    // Once a document has a later change, the group no longer undoes as one: nothing moves.
    const first = store.getParagraphs(ids[0]!, "en")[0]!;
    store.editParagraph(first.id, first.version, `${first.text} Later.`, "someone");
    expect(() => undoBulkChange(store, id, editor)).to.throw(ConflictError);
    expect(ids.slice(1).every((d) => secondParagraph(store, d).includes("Negotiations Committee would meet"))).to.equal(true);
    store.close();
  });

  it("undoes a bulk change from its own page, and only its owner may see or decide it", async () => {
    const { store, ids } = await corpus(2);
    const id = previewReplaceEverywhere(store, ...REPLACE, editor);
    expect(() => bulkChangePage(store, id, 1, { name: "other", role: "copy-editor" }, t)).to.throw(NotFoundError);
    acceptBulkChange(store, id, true, editor);
    expect(undoBulkChange(store, id, editor).group).to.deep.equal({ changes: 2, documents: ids });
    expect(ids.every((d) => secondParagraph(store, d).includes("Negotiating Committee"))).to.equal(true);
    const cancelled = previewReplaceEverywhere(store, ...REPLACE, editor);
    cancelBulkChange(store, cancelled, editor);
    expect(() => acceptBulkChange(store, cancelled, true, editor)).to.throw(BadRequestError);
    expect(ids.every((d) => secondParagraph(store, d).includes("Negotiating Committee"))).to.equal(true);
    store.close();
  });

  it("confirm all above: rows scoring below the threshold start unticked, one-sided boilerplate ticked", async () => {
    const store = openSqliteStore(tempDbPath());
    await loadSampleCorpus(store);
    // Row 13's English paragraph shifted up into row 12 makes a wrong 2-1 row there.
    const [r12, r13] = [store.getBeads(1)[11]!, store.getBeads(1)[12]!];
    performAlignment(store, 1, { op: "shift", side: "en", direction: "up", bead: r13.id, version: r13.version, neighbour: { id: r12.id, version: r12.version } }, translator);
    const beads = store.getBeads(1);
    expect(beads[11]!.score).to.be.below(CONFIRM_ABOVE_MIN_SCORE);
    const picked = beads[14]!;
    const page = bulkChangePage(store, previewConfirmAbove(store, 1, picked.id, picked.version, translator), 1, translator, t);
    const unticked = page.occurrences.filter((o) => !o.checked).map((o) => o.row);
    const expected = beads.slice(0, 15).flatMap((b, k) => (b.score < CONFIRM_ABOVE_MIN_SCORE && !((b.en.length === 0 || b.ar.length === 0) && b.signals.boilerplate) ? [k + 1] : []));
    expect(unticked).to.include(12).and.to.deep.equal(expected);
    // The caption printed twice (row 3) scores low but is one-sided boilerplate: ticked.
    expect(beads[2]!.score).to.be.below(CONFIRM_ABOVE_MIN_SCORE);
    expect(page.occurrences.find((o) => o.row === 3)?.checked).to.equal(true);
    store.close();
  });

  it("confirm all above: previews the unconfirmed rows, confirms the selected fresh ones as one change, undone at once", async () => {
    const store = openSqliteStore(tempDbPath());
    await loadSampleCorpus(store);
    const rows = store.getBeads(1);
    performAlignment(store, 1, { op: "confirm", bead: rows[1]!.id, version: rows[1]!.version }, translator);
    const picked = store.getBeads(1)[5]!;
    const id = previewConfirmAbove(store, 1, picked.id, picked.version, translator);
    expect(store.getBeads(1).filter((b) => b.status === "confirmed")).to.have.length(1, "nothing confirmed by the preview");
    const page = bulkChangePage(store, id, 1, translator, t);
    expect(page.occurrences.map((o) => o.row)).to.deep.equal([1, 3, 4, 5, 6]);
    // Row 4 is unticked; row 5 changes (is merged with row 6 by someone) after the preview.
    const [r5, r6] = [store.getBeads(1)[4]!, store.getBeads(1)[5]!];
    performAlignment(store, 1, { op: "merge", bead: r5.id, version: r5.version, neighbour: { id: r6.id, version: r6.version } }, { name: "other", role: "translator" });
    saveSelection(store, id, page.occurrences.map((o) => o.ordinal), page.occurrences.filter((o) => o.row !== 4).map((o) => o.ordinal), translator);
    const historyBefore = store.getHistory(1).length;
    const summary = acceptBulkChange(store, id, false, translator);
    expect(summary).to.deep.include({ applied: 2, rejected: 1, stale: 2, changes: 1 });
    expect(store.getBeads(1).slice(0, 4).map((b) => b.status)).to.deep.equal(["confirmed", "confirmed", "confirmed", "auto"]);
    expect(store.getHistory(1).length).to.equal(historyBefore + 1, "one history entry");
    expect(undoBulkChange(store, id, translator).action).to.equal("confirm-above");
    expect(store.getBeads(1).slice(0, 4).map((b) => b.status)).to.deep.equal(["auto", "confirmed", "auto", "auto"]);
    store.close();
  });

  it("re-align: the proposal lists old and new pairing by stretch, writes nothing, and applies only the accepted stretches", async () => {
    const store = openSqliteStore(tempDbPath());
    await loadSampleCorpus(store);
    // Two wrong merges far apart: re-alignment undoes each in its own stretch.
    for (const at of [3, 20]) {
      const [a, b] = [store.getBeads(1)[at]!, store.getBeads(1)[at + 1]!];
      performAlignment(store, 1, { op: "merge", bead: a.id, version: a.version, neighbour: { id: b.id, version: b.version } }, translator);
    }
    const before = store.getBeads(1).map((b) => [b.en, b.ar]);
    const id = store.createBulkChange({ kind: "realign", user: translator.name, documentId: 1, params: {} });
    expect(bulkChangePage(store, id, 1, translator, t).state.computing).to.equal(true);
    expect(() => acceptBulkChange(store, id, true, translator)).to.throw(BadRequestError);
    const { stretches } = computeRealignPreview(store, id);
    expect(stretches).to.be.greaterThanOrEqual(2);
    expect(store.getBeads(1).map((b) => [b.en, b.ar])).to.deep.equal(before, "the proposal wrote nothing");
    const page = bulkChangePage(store, id, 1, translator, t);
    const merged = page.occurrences.find((o) => o.stretch!.firstRow === 4)!;
    expect(merged.stretch!.old[0]!.label).to.equal("Row 4");
    expect(merged.stretch!.old[0]!.en).to.have.length(2);
    expect(merged.stretch!.next.length).to.be.greaterThan(1);
    // Accept only the first stretch: the second merge stays.
    saveSelection(store, id, page.occurrences.map((o) => o.ordinal), [merged.ordinal], translator);
    expect(acceptBulkChange(store, id, false, translator)).to.deep.include({ applied: 1, changes: 1 });
    const after = store.getBeads(1);
    expect(after[3]!.en).to.have.length(1, "the accepted stretch is re-aligned");
    expect(after.map((b) => [b.en, b.ar])).to.deep.include(before[20], "the unaccepted stretch is as it was");
    const proposal = proposeRealignment(store, 1, store.getBeads(1));
    expect(proposal.length).to.be.greaterThan(0);
    expect(undoBulkChange(store, id, translator).action).to.equal("realign");
    expect(store.getBeads(1).map((b) => [b.en, b.ar])).to.deep.equal(before);
    store.close();
  });
});
