import { expect } from "chai";
import { alignmentCoverage, assignTwoPasses, pairArchive, DEFAULT_PAIRING } from "../../../server/domain/archive/pair-archive.js";
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

  it("pairs nothing when both windows leave out the edition and the rest is unrelated", () => {
    const pairs = pairArchive([EN[0]!], AR, { lexicon, windowDays: 0, secondWindowDays: 0 });
    expect(pairs).to.deep.equal([]);
  });

  it("keeps no pair below the threshold, in either pass", () => {
    expect(pairArchive(EN, AR, { lexicon, threshold: 1.01 })).to.deep.equal([]);
  });

  describe("the second pass, wider and stricter, for articles the first left unpaired", () => {
    // The floods edition appears 20 days before the English article: outside the 7-day window.
    const lateFloods = { ...EN[1]!, date: "2019-03-25" };
    const english = [EN[0]!, lateFloods];

    it("finds an edition weeks away once both are still unpaired", () => {
      const pairs = pairArchive(english, AR, { lexicon });
      expect(pairs.map((p) => [p.en, p.ar]).sort()).to.deep.equal([["en-budget", "ar-budget"], ["en-floods", "ar-floods"]]);
      expect(pairs.find((p) => p.en === "en-floods")!.score).to.be.at.least(DEFAULT_PAIRING.secondThreshold);
    });

    it("is off when its window is no wider than the first, and keeps nothing below its own threshold", () => {
      expect(pairArchive(english, AR, { lexicon, secondWindowDays: 7 }).map((p) => p.en)).to.deep.equal(["en-budget"]);
      const strict = assignTwoPasses(english, AR, { lexicon, secondThreshold: 1.01 });
      expect(strict.first.map((c) => [c.en, c.ar])).to.deep.equal([[0, 2]]);
      expect(strict.second).to.deep.equal([]);
    });

    it("never offers an Arabic article the first pass already paired", () => {
      // A second English copy of the budget story 20 days later: its only good match is taken.
      const copy = { ...EN[0]!, id: "en-budget-again", date: "2019-03-24" };
      const { first, second } = assignTwoPasses([EN[0]!, copy], AR, { lexicon, secondThreshold: 0 });
      expect(first.map((c) => [c.en, c.ar])).to.deep.equal([[0, 2]]);
      expect(second.map((c) => c.ar)).to.not.include(2);
      expect(second.every((c) => c.en === 1)).to.equal(true);
    });
  });

  it("measures how much of both articles the aligner pairs", () => {
    const en = [EN[1]!.title, ...EN[1]!.paragraphs];
    const own = alignmentCoverage(en, [AR[0]!.title, ...AR[0]!.paragraphs], lexicon);
    const other = alignmentCoverage(en, [AR[1]!.title, ...AR[1]!.paragraphs], lexicon);
    expect(own.en).to.be.greaterThan(other.en);
    expect(own.ar).to.be.greaterThan(other.ar);
  });
});
