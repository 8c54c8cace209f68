import { expect } from "chai";
import { alignmentCoverage, pairArchive } from "../../../server/domain/archive/pair-archive.js";
import { AR, EN, madeUpLexicon } from "../../helpers/made-up-archive.js";

describe("archive pairing: end to end on a made-up archive", () => {
  const lexicon = madeUpLexicon();

  it("pairs each English article with its own edition and leaves the Arabic-only one unpaired", () => {
    const pairs = pairArchive(EN, AR, { lexicon });
    expect(pairs.map((p) => [p.en, p.ar]).sort()).to.deep.equal([["en-budget", "ar-budget"], ["en-floods", "ar-floods"]]);
    const budget = pairs.find((p) => p.en === "en-budget")!;
    expect(budget.evidence.numbers).to.include("120");
    expect(budget.evidence.coverageEn).to.be.greaterThan(0.5);
  });

  it("pairs nothing when the window leaves out the edition and the rest is unrelated", () => {
    const pairs = pairArchive([EN[0]!], AR, { lexicon, windowDays: 0 });
    expect(pairs).to.deep.equal([]);
  });

  it("keeps no pair below the threshold", () => {
    expect(pairArchive(EN, AR, { lexicon, threshold: 1.01 })).to.deep.equal([]);
  });

  it("measures how much of both articles the aligner pairs", () => {
    const en = [EN[1]!.title, ...EN[1]!.paragraphs];
    const own = alignmentCoverage(en, [AR[0]!.title, ...AR[0]!.paragraphs], lexicon);
    const other = alignmentCoverage(en, [AR[1]!.title, ...AR[1]!.paragraphs], lexicon);
    expect(own.en).to.be.greaterThan(other.en);
    expect(own.ar).to.be.greaterThan(other.ar);
  });
});
