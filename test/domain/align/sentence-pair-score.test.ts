import { expect } from "chai";
import { addSentencePairs, emptyPairCounts } from "../../../server/domain/align/sentence-pair-score.js";
import { alignSentences } from "../../../server/domain/align/align-sentences.js";

describe("sentence-pair-score", () => {
  const known = [{ en: "He came.", ar: "وصل." }, { en: "She left.", ar: "وغادرت." }];

  it("counts exact pairs as hits, merged or wrong pairs as misses, and ignores one-sided pairs", () => {
    let counts = addSentencePairs(emptyPairCounts(), known, known);
    expect(counts).to.deep.equal({ hits: 2, predicted: 2, known: 2, precision: 1, recall: 1, f1: 1 });
    counts = addSentencePairs(counts, known, [{ en: "He came. She left.", ar: "وصل. وغادرت." }, { en: "", ar: "زيادة." }]);
    expect(counts).to.include({ hits: 2, predicted: 3, known: 4 });
    expect(counts.precision).to.be.closeTo(2 / 3, 1e-9);
    expect(counts.recall).to.be.closeTo(0.5, 1e-9);
  });

  it("counts a known pair once even when it is predicted twice, and compares white space loosely", () => {
    const counts = addSentencePairs(emptyPairCounts(), known.slice(0, 1), [{ en: "He  came.", ar: " وصل." }, { en: "He came.", ar: "وصل." }]);
    expect(counts).to.include({ hits: 1, predicted: 2, known: 1 });
  });

  it("scores the real sentence pass on a paragraph pair", () => {
    const en = ["The minister arrived in Cairo on Monday. He met 25 officials and left on Tuesday."];
    const ar = ["وصل الوزير إلى القاهرة يوم الاثنين. والتقى 25 مسؤولًا وغادر يوم الثلاثاء."];
    const pairs = [{ en: "The minister arrived in Cairo on Monday.", ar: "وصل الوزير إلى القاهرة يوم الاثنين." },
      { en: "He met 25 officials and left on Tuesday.", ar: "والتقى 25 مسؤولًا وغادر يوم الثلاثاء." }];
    expect(addSentencePairs(emptyPairCounts(), pairs, alignSentences(en, ar))).to.include({ hits: 2, predicted: 2, known: 2 });
  });
});
