import { expect } from "chai";
import { documentsOfHalf, joinSentences, scoreSentenceBoundaries, type KnownParagraph } from "../../../server/domain/segment/sentence-boundary-score.js";
import type { Span } from "../../../server/domain/segment/split-sentences.js";

/** A splitter for the tests: cuts after every "|" it finds. */
const atBars = (text: string): Span[] => {
  const spans: Span[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || text[k] === "|") {
      let start = from;
      while (text[start] === " ") start++;
      const end = Math.min(k + 1, text.length);
      if (end > start) spans.push({ start, end });
      from = k + 1;
    }
  }
  return spans;
};

const paragraph = (doc: string, ...sentences: string[]): KnownParagraph => ({ doc, lang: "en", sentences });

describe("sentence-boundary-score", () => {
  it("joins sentences with one space and puts a boundary where each later one starts", () => {
    expect(joinSentences(["Ab.", "Cde!", "F"])).to.deep.equal({ text: "Ab. Cde! F", boundaries: [4, 9] });
    expect(joinSentences(["Only."])).to.deep.equal({ text: "Only.", boundaries: [] });
  });

  it("counts hits, false splits and misses, with precision, recall and F1", () => {
    const { counts, errors } = scoreSentenceBoundaries([
      paragraph("d1", "one|", "two|", "three"), // both boundaries found
      paragraph("d2", "four", "five|six"), // one missed, one false split
      paragraph("d3", "seven|"), // nothing to find, nothing found
    ], atBars);
    expect(counts).to.include({ hits: 2, falseSplits: 1, misses: 1 });
    expect(counts.precision).to.be.closeTo(2 / 3, 1e-9);
    expect(counts.recall).to.be.closeTo(2 / 3, 1e-9);
    expect(counts.f1).to.be.closeTo(2 / 3, 1e-9);
    expect(errors.map((e) => [e.doc, e.kind, e.offset])).to.deep.equal([["d2", "false-split", 10], ["d2", "miss", 5]]);
    expect(errors[1]?.context).to.equal("four ⟦⟧five|six");
  });

  it("scores a splitter that never splits as full precision and no recall", () => {
    const { counts } = scoreSentenceBoundaries([paragraph("d", "a", "b")], (text) => [{ start: 0, end: text.length }]);
    expect(counts).to.deep.equal({ hits: 0, falseSplits: 0, misses: 1, precision: 1, recall: 0, f1: 0 });
  });

  it("cuts the documents into halves by sorted id, every other one, the first odd", () => {
    const docs = ["c", "a", "b", "a", "d"];
    expect([...documentsOfHalf(docs, "odd")]).to.deep.equal(["a", "c"]);
    expect([...documentsOfHalf(docs, "even")]).to.deep.equal(["b", "d"]);
  });
});
