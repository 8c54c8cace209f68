import { expect } from "chai";
import { encodeModel } from "../../../../server/domain/checks/language-model/encode-model.js";
import { LanguageModelFormatError, NgramModel, UNKNOWN_LOG_PROB } from "../../../../server/domain/checks/language-model/ngram-model.js";
import { EditNeighbours, oneSlipApart } from "../../../../server/domain/checks/language-model/edit-neighbours.js";
import type { SphinxNgrams } from "../../../../server/domain/checks/language-model/read-sphinx-trie.js";

/** A tiny model: <s> the two sides agreed </s>, with "tow" known but never after "the". */
const WORDS = ["<s>", "</s>", "the", "two", "tow", "sides", "agreed"];
const id = (w: string) => WORDS.indexOf(w);
const TINY: SphinxNgrams = {
  words: WORDS,
  unigramProb: Float32Array.from([-99, -1, -1, -1.5, -3, -2, -2]),
  unigramBackoff: Float32Array.from([-0.5, 0, -0.3, -0.3, -0.3, -0.3, -0.3]),
  bigrams: {
    first: Uint32Array.from([id("<s>"), id("the"), id("two"), id("sides"), id("agreed")]),
    second: Uint32Array.from([id("the"), id("two"), id("sides"), id("agreed"), id("</s>")]),
    prob: Float32Array.from([-0.5, -0.7, -0.3, -0.6, -0.2]),
    backoff: Float32Array.from([-0.1, -0.2, -0.1, -0.1, 0]),
  },
  trigrams: {
    first: Uint32Array.from([id("<s>"), id("the")]),
    second: Uint32Array.from([id("the"), id("two")]),
    third: Uint32Array.from([id("two"), id("sides")]),
    prob: Float32Array.from([-0.4, -0.1]),
  },
};

describe("language model", () => {
  const model = NgramModel.fromBytes(encodeModel(TINY));

  it("reads back its words and unigram scores", () => {
    expect(model.vocabularySize).to.equal(WORDS.length);
    expect(model.unigramLogProb("tow")).to.be.closeTo(-3, 1e-6);
    expect(model.unigramLogProb("zebra")).to.equal(UNKNOWN_LOG_PROB);
  });

  it("uses the trigram when stored and backs off when not", () => {
    const s = ["the", "two", "sides"];
    expect(model.logProb(s, 1)).to.be.closeTo(-0.4, 0.05); // trigram <s> the two
    expect(model.logProb(s, 2)).to.be.closeTo(-0.1, 0.05); // trigram the two sides
    // "the tow": no trigram, back-off of "<s> the" (−0.1) + no bigram: back-off of "the" (−0.3) + P(tow) (−3)
    expect(model.logProb(["the", "tow"], 1)).to.be.closeTo(-3.4, 0.05);
  });

  it("prefers the alternative that the context predicts", () => {
    expect(model.compare(["the", "tow", "sides", "agreed"], 1, "two")).to.be.greaterThan(2);
    expect(model.compare(["the", "two", "sides", "agreed"], 1, "tow")).to.be.lessThan(-2);
    expect(model.sentenceLogProb(["the", "two", "sides", "agreed"])).to.be.greaterThan(model.sentenceLogProb(["the", "tow", "sides", "agreed"]));
  });

  it("refuses bytes that are not a model file", () => {
    expect(() => NgramModel.fromBytes(new Uint8Array(64))).to.throw(LanguageModelFormatError);
    const bytes = encodeModel(TINY);
    expect(() => NgramModel.fromBytes(bytes.subarray(0, bytes.length - 1))).to.throw(LanguageModelFormatError);
  });
});

describe("edit neighbours", () => {
  const cases: [string, string, boolean][] = [
    ["dose", "does", true], ["hole", "whole", true], ["sings", "signs", true], ["mush", "much", true],
    ["cloths", "clothes", true], ["tow", "two", true], ["form", "from", true], ["side", "side", false], ["cat", "dog", false], ["form", "forum", true], ["abcd", "badc", false],
  ];
  for (const [a, b, expected] of cases) it(`${a}/${b}: ${expected}`, () => expect(oneSlipApart(a, b)).to.equal(expected));
  it("finds every listed word one slip away", () => {
    expect(new EditNeighbours(["does", "dose", "doses", "nose", "dog", "goes"]).of("dose").sort()).to.deep.equal(["does", "doses", "nose"]);
  });
});
