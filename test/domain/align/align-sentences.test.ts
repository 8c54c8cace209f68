/**
 * The sentence pass inside a paragraph pair: sentences per side in paragraph order, the aligner's
 * links as a monotone cover of both sides' sentences, one link of everything when a side has at
 * most one sentence, and the text pairs the exports write made from the same links.
 */
import { expect } from "chai";
import { alignSentenceLinks, alignSentences, pairsOfLinks, sentencesOf } from "../../../server/domain/align/align-sentences.js";
import { checkCover } from "../../../server/domain/align/check-cover.js";

const EN = ["The minister arrived in Cairo on Monday. He met the president for two hours.", "Talks will resume in March."];
const AR = ["وصل الوزير إلى القاهرة يوم الاثنين. والتقى الرئيس لمدة ساعتين.", "وستستأنف المحادثات في مارس."];

describe("align-sentences: links between the sentences of a paragraph pair", () => {
  it("splits each side's paragraphs into sentences, in order", () => {
    expect(sentencesOf(EN, "en")).to.deep.equal(["The minister arrived in Cairo on Monday.", "He met the president for two hours.", "Talks will resume in March."]);
    expect(sentencesOf(AR, "ar")).to.have.length(3);
  });

  it("links sentences as a monotone cover of both sides, and the text pairs follow the links", () => {
    const en = sentencesOf(EN, "en");
    const ar = sentencesOf(AR, "ar");
    const links = alignSentenceLinks(en, ar);
    checkCover(links, en.length, ar.length);
    for (const l of links) expect(l.score).to.be.within(0, 1);
    expect(alignSentences(EN, AR)).to.deep.equal(pairsOfLinks(links, en, ar));
  });

  it("makes one link of everything when a side has at most one sentence", () => {
    expect(alignSentenceLinks(["One.", "Two."], ["واحد."])).to.deep.equal([{ en: [0, 1], ar: [0], score: 1 }]);
    expect(alignSentenceLinks(["One."], [])).to.deep.equal([{ en: [0], ar: [], score: 1 }]);
    expect(alignSentenceLinks([], [])).to.deep.equal([]);
    expect(alignSentences(["One. Two."], ["واحد."])).to.deep.equal([{ en: "One. Two.", ar: "واحد.", score: 1 }]);
  });
});
