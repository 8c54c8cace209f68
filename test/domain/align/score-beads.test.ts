/**
 * Re-scoring beads an editor made (domain/align/score-beads.ts) on the sample article pair with
 * the dictionary and glossary: the aligner's own beads score as the aligner scored them, and the
 * beads an editor's slip makes (a shift, a merge of two right rows, a gap, a one-sided note merged
 * into a pair) score lower than the rows they came from, below the high band.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { alignUnits } from "../../../server/domain/align/align-units.js";
import { scoreBeads, type ScoringDocument } from "../../../server/domain/align/score-beads.js";
import { SCORE_BANDS } from "../../../server/domain/align/score-bands.js";
import { Lexicon } from "../../../server/domain/align/lexicon.js";
import { detectBoilerplate } from "../../../server/domain/segment/boilerplate.js";
import { insertGap, mergeWithNext, shiftParagraph, type EditableBead } from "../../../server/domain/review/bead-operations.js";
import { parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";
import { loadFreedict } from "../../../server/services/freedict.js";
import { CORPUS_DIR } from "../../../server/paths.js";
import type { Bead } from "../../../server/domain/align/types.js";
import { sampleParagraphs } from "../../helpers/sample.js";

const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
const lexicon = (loadFreedict() ?? new Lexicon()).withEntries(glossary);

function documentOf(en: string[], ar: string[]): ScoringDocument {
  return { en, ar, enBoilerplate: detectBoilerplate(en, "en"), arBoilerplate: detectBoilerplate(ar, "ar") };
}

const key = (b: Bead) => `${b.en.join(",")}|${b.ar.join(",")}`;

/** The beads of `after` that `before` does not have, with their scores. */
function created(document: ScoringDocument, before: Bead[], after: Bead[]) {
  const old = new Set(before.map(key));
  const which = after.flatMap((b, k) => (old.has(key(b)) ? [] : [k]));
  return scoreBeads(document, after, which, { lexicon });
}

describe("scoreBeads", () => {
  const { en, ar } = sampleParagraphs();
  const document = documentOf(en, ar);
  const aligned = alignUnits(en, ar, { lexicon, enBoilerplate: [...document.enBoilerplate], arBoilerplate: [...document.arBoilerplate] }).beads;
  const beads: EditableBead[] = aligned.map((b) => ({ en: b.en, ar: b.ar, status: "auto" }));
  // Rows 12 and 13 are right one-to-one pairs of the sample (see its gold).
  const row = 12;

  it("scores the aligner's own beads exactly as the aligner did, signals included", () => {
    const rescored = scoreBeads(document, beads, beads.map((_, k) => k), { lexicon });
    expect(rescored).to.deep.equal(aligned);
  });

  const slips: [string, () => EditableBead[]][] = [
    ["an English paragraph shifted up into the row above", () => shiftParagraph(beads, row + 1, "en", "up")],
    ["an Arabic paragraph shifted down into the row below", () => shiftParagraph(beads, row, "ar", "down")],
    ["two right rows merged into one", () => mergeWithNext(beads, row)],
    ["a gap that parts a right pair", () => insertGap(beads, row, "ar")],
  ];
  for (const [name, make] of slips) {
    it(`scores ${name} lower than the rows it came from, below the high band`, () => {
      const before = Math.min(aligned[row]!.score, aligned[row + 1]!.score);
      expect(before, "the rows before the slip").to.be.at.least(SCORE_BANDS.high);
      const made = created(document, beads, make());
      expect(made).to.not.be.empty;
      const worst = Math.min(...made.map((b) => b.score));
      expect(worst).to.be.below(SCORE_BANDS.high).and.below(before);
      // "Why" is there for every bead made: the signals of a pair, not just its shape.
      for (const b of made.filter((x) => x.en.length > 0 && x.ar.length > 0)) expect(b.signals).to.have.property("lengthRatio");
    });
  }

  it("does not score a one-sided editor's note merged into a pair as right", () => {
    const note = "Editor's note: an earlier version of this article gave the wrong day for the meeting.";
    const withNote = [...en.slice(0, row + 1), note, ...en.slice(row + 1)];
    const noted = documentOf(withNote, ar);
    const alone = alignUnits(withNote, ar, { lexicon, enBoilerplate: [...noted.enBoilerplate], arBoilerplate: [...noted.arBoilerplate] }).beads;
    const at = alone.findIndex((b) => b.en.length === 1 && b.en[0] === row + 1 && b.ar.length === 0);
    expect(at, "the note stands alone in the aligner's output").to.be.at.least(0);
    const pairAt = at - 1;
    const pair = alone[pairAt]!;
    expect(pair.score).to.be.at.least(SCORE_BANDS.high);
    // The note merged into the pair before it: a 2-1 row whose English ends with the note.
    const merged = mergeWithNext(alone.map((b) => ({ en: b.en, ar: b.ar, status: "auto" as const })), pairAt);
    const [scored] = scoreBeads(noted, merged, [pairAt], { lexicon });
    expect(scored!.signals.shape).to.equal("2-1");
    expect(scored!.score).to.be.below(SCORE_BANDS.medium);
  });
});
