/** Counting the Arabic word forms of a reference text: as written, without diacritics and tatweel. */
import { expect } from "chai";
import { countArabicWords } from "../../../server/domain/checks/arabic-word-counts.js";

describe("arabic-word-counts", () => {
  it("counts each Arabic form, marks removed, Latin and digits ignored", () => {
    const counts = countArabicWords("city: مَدِينَة، مدينة; capital: العاصمـة 2024 مدينه");
    expect([...counts.entries()]).to.deep.equal([["مدينة", 2], ["العاصمة", 1], ["مدينه", 1]]);
  });

  it("adds to the counts it is given", () => {
    const counts = countArabicWords("أكثر", new Map([["أكثر", 2]]));
    expect(counts.get("أكثر")).to.equal(3);
  });

  it("keeps hamza, ta marbuta and alef maqsura apart (they are what the counts decide between)", () => {
    const counts = countArabicWords("أكثر اكثر مستوى مستوي");
    expect(counts.size).to.equal(4);
  });
});
