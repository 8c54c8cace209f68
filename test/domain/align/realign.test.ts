import { expect } from "chai";
import { realignAround, InvalidFixedBeads } from "../../../server/domain/align/realign.js";
import { checkCover } from "../../../server/domain/align/check-cover.js";
import { sampleGold, sampleParagraphs } from "../../helpers/sample.js";

describe("realignAround", () => {
  it("keeps confirmed beads exactly, even wrong ones, and aligns around them", () => {
    const { en, ar } = sampleParagraphs();
    // A deliberately odd confirmed pairing in the middle: English 5 with Arabic 4 and 5.
    const fixed = [{ en: [0], ar: [0] }, { en: [5], ar: [4, 5] }];
    const beads = realignAround(en, ar, fixed);
    checkCover(beads, en.length, ar.length);
    expect(beads.map((b) => [b.en, b.ar])).to.deep.include.members([[[0], [0]], [[5], [4, 5]]]);
    // Beyond the fixed beads the alignment is the gold one.
    const gold = sampleGold().filter((b) => (b.en[0] ?? 99) >= 8);
    const after = beads.filter((b) => (b.en[0] ?? 99) >= 8);
    expect(after.map((b) => [b.en, b.ar])).to.deep.equal(gold.map((b) => [b.en, b.ar]));
  });

  it("refuses fixed beads that overlap", () => {
    expect(() => realignAround(["a", "b"], ["ا", "ب"], [{ en: [1], ar: [1] }, { en: [1], ar: [0] }])).to.throw(InvalidFixedBeads);
  });
});
