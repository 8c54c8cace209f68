/** The helpers that tell a slip from vocabulary: one-edit forms, tripled letters, plurals, transpositions. */
import { expect } from "chai";
import { countedForm, hasTripledLetter, isInflection, isTransposition, moreUsedNeighbour, oneEditForms } from "../../../server/domain/checks/word-slips.js";

describe("word-slips", () => {
  it("makes every one-edit form (deletions, swaps, replacements, insertions)", () => {
    const forms = new Set(oneEditForms("cat"));
    for (const f of ["at", "ct", "ca", "act", "cta", "bat", "cot", "cab", "scat", "cart", "cats"]) expect(forms.has(f), f).to.equal(true);
    expect(forms.has("cat")).to.equal(false);
    expect(forms.has("dog")).to.equal(false);
  });
  it("finds the more used neighbour, not a plural, and honours the floor", () => {
    const counts = new Map([["primality", 3], ["primailty", 1], ["clade", 4], ["clades", 1]]);
    expect(moreUsedNeighbour("primailty", counts, () => true)).to.equal("primality");
    expect(moreUsedNeighbour("clades", counts, () => true)).to.equal(null);
    expect(moreUsedNeighbour("clades", counts, () => true, { takesPlural: () => false })).to.equal("clade");
    expect(moreUsedNeighbour("primality", counts, () => true)).to.equal(null);
    expect(moreUsedNeighbour("primality", counts, () => true, { floor: 0 })).to.equal("primailty");
  });
  it("tells tripled letters, plural pairs and swaps", () => {
    expect(hasTripledLetter("committtee")).to.equal(true);
    expect(hasTripledLetter("committee")).to.equal(false);
    expect(isInflection("city", "cities")).to.equal(true);
    expect(isInflection("box", "boxes")).to.equal(true);
    expect(isInflection("cat", "cut")).to.equal(false);
    expect(isTransposition("qaeda", "qeada")).to.equal(true);
    expect(isTransposition("qaeda", "qaida")).to.equal(false);
    expect(countedForm("Khallad’s")).to.equal("khallad");
  });
});
