/**
 * Rows are scored again by every change that makes or alters them (store/bead-scores.ts, driven by
 * the review service with the aligner's scorer), on the sample corpus in a real database file:
 * at import every row has the score the scorer gives it; after a merge, split, shift, gap, detach,
 * text edit, paragraph split or join, each row it made carries the score and the signals the
 * scorer gives it in the document as it now stands; a shift that breaks a right pair, or a text
 * rewritten into something else, lowers the score; and undo puts back every row's score and "why"
 * exactly as they were.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { editParagraphText, joinParagraphs, performAlignment, splitParagraphAt, travelHistory, type AlignmentRequest } from "../../server/services/review.js";
import { beadScorerFor } from "../../server/services/align-resources.js";
import { SCORE_BANDS } from "../../server/domain/align/score-bands.js";
import type { Store } from "../../server/store/types.js";
import { testStoreLocation } from "../helpers/test-store.js";
import { scoringSource } from "../../server/store/bead-scores.js";

const translator = { name: "tr", role: "translator" as const };
const admin = { name: "admin", role: "admin" as const };

async function sample() {
  const store = openStore(testStoreLocation());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

/** Every row's paragraphs, score and signals. */
const scored = (store: Store, id: number) => store.getBeads(id).map((b) => ({ en: b.en, ar: b.ar, score: b.score, signals: b.signals }));

/**
 * What the scorer says of every row: through the store's own view of the document (the scorer
 * then uses what it prepared of it), or `anew` from the document and its rows as they stand.
 */
function fresh(store: Store & { db: Parameters<typeof scoringSource>[0] }, id: number, options: { anew?: boolean } = {}) {
  const beads = store.getBeads(id, { signals: false }).map((b) => ({ en: b.en, ar: b.ar }));
  const source = scoringSource(store.db, id);
  return beadScorerFor(store.listGlossary())(options.anew ? { ...source, key: `anew|${Math.random()}` } : source, beads);
}

const ref = (store: Store, id: number, k: number) => {
  const b = store.beadAt(id, k);
  if (!b) throw new Error(`no row ${k}`);
  return b;
};

/** Row 12 and 13 of the sample are right one-to-one pairs. */
const ROW = 12;

const changes: [string, (store: Store, id: number) => void][] = [
  ["a merge", (s, id) => void performAlignment(s, id, { op: "merge", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version, neighbour: ref(s, id, ROW + 1) }, translator)],
  ["a split", (s, id) => {
    performAlignment(s, id, { op: "merge", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version, neighbour: ref(s, id, ROW + 1) }, translator);
    performAlignment(s, id, { op: "split", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version, enCount: 2, arCount: 1 }, translator);
  }],
  ["a shift", (s, id) => void performAlignment(s, id, { op: "shift", side: "en", direction: "up", bead: ref(s, id, ROW + 1).id, version: ref(s, id, ROW + 1).version, neighbour: ref(s, id, ROW) } as AlignmentRequest, translator)],
  ["a gap", (s, id) => void performAlignment(s, id, { op: "gap", side: "ar", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version }, translator)],
  ["a detach", (s, id) => {
    performAlignment(s, id, { op: "merge", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version, neighbour: ref(s, id, ROW + 1) }, translator);
    performAlignment(s, id, { op: "detach", side: "en", end: "last", bead: ref(s, id, ROW).id, version: ref(s, id, ROW).version }, translator);
  }],
  ["a text edit", (s, id) => {
    const p = s.getParagraphs(id, "en")[ROW]!;
    editParagraphText(s, p.id, p.version, "Nothing of this paragraph is in the Arabic edition any more.", admin);
  }],
  ["a paragraph split", (s, id) => {
    const p = s.getParagraphs(id, "en")[ROW]!;
    splitParagraphAt(s, p.id, p.version, p.text.indexOf(" ", 40), admin);
  }],
  ["a paragraph join", (s, id) => {
    const p = s.getParagraphs(id, "en")[ROW]!;
    joinParagraphs(s, p.id, p.version, admin);
  }],
];

describe("re-scoring rows after every change (real database file)", () => {
  it("stores the aligner's own scores at import: the scorer agrees with every row", async () => {
    const { store, id } = await sample();
    expect(scored(store, id).map(({ score, signals }) => ({ score, signals }))).to.deep.equal(fresh(store, id, { anew: true }).map(({ score, signals }) => ({ score, signals })));
    store.close();
  });

  for (const [name, change] of changes) {
    it(`scores the rows ${name} makes as the document now stands, and undo restores every score and "why"`, async () => {
      const { store, id } = await sample();
      const before = scored(store, id);
      const undos = store.getHistory(id).length;
      change(store, id);
      const after = scored(store, id);
      const now = fresh(store, id);
      // The rows the change made or whose text changed: no row before had their paragraphs and score.
      const made = after.flatMap((row, k) => (before.some((b) => `${b.en}|${b.ar}|${b.score}` === `${row.en}|${row.ar}|${row.score}`) ? [] : [k]));
      expect(made, "rows the change made or changed").to.not.be.empty;
      for (const k of made) {
        expect(after[k]!.score, `row ${k}`).to.equal(now[k]!.score);
        expect(after[k]!.signals, `row ${k}`).to.deep.equal(now[k]!.signals);
      }
      const steps = store.getHistory(id).length - undos;
      for (let k = 0; k < steps; k++) travelHistory(store, id, "undo", admin);
      expect(scored(store, id)).to.deep.equal(before);
      store.close();
    });
  }

  it("lowers the score of a row whose paragraph is rewritten into something else", async () => {
    const { store, id } = await sample();
    const row = store.getBeads(id)[ROW]!;
    const p = store.getParagraphs(id, "en")[row.en[0]!]!;
    editParagraphText(store, p.id, p.version, "Nothing of this paragraph is in the Arabic edition any more.", admin);
    expect(store.getBeads(id)[ROW]!.score).to.be.below(SCORE_BANDS.high).and.below(row.score);
    store.close();
  });

  it("lowers the score of a right pair a shift breaks, out of the high band", async () => {
    const { store, id } = await sample();
    const pair = store.getBeads(id)[ROW]!;
    expect(pair.score).to.be.at.least(SCORE_BANDS.high);
    performAlignment(store, id, { op: "shift", side: "ar", direction: "down", bead: ref(store, id, ROW).id, version: ref(store, id, ROW).version, neighbour: ref(store, id, ROW + 1) }, translator);
    const broken = store.getBeads(id)[ROW + 1]!;
    expect(broken.ar.length, "the row below now holds two Arabic paragraphs").to.equal(2);
    expect(broken.score).to.be.below(SCORE_BANDS.high).and.below(pair.score);
    expect(broken.signals.lengthRatio).to.be.a("number");
    store.close();
  });
});
