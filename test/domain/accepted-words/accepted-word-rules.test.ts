/**
 * The rules of an accepted word, table-driven: a word in its language's script, a known language
 * and kind, a bounded length and note; each refusal names its reason.
 */
import { expect } from "chai";
import { acceptedWordRefusal, asAcceptedWord, readAcceptedWord } from "../../../server/domain/accepted-words/accepted-word-rules.js";

const CASES: { raw: Record<string, unknown>; refused: string | null }[] = [
  { raw: { word: " Enab ", lang: "en" }, refused: null },
  { raw: { word: "القامشلي", lang: "AR", kind: "name", note: "مدينة" }, refused: null },
  { raw: { word: "", lang: "en" }, refused: "acceptedWords.refused.empty" },
  { raw: { word: "x".repeat(101), lang: "en" }, refused: "acceptedWords.refused.tooLong" },
  { raw: { word: "Homs", lang: "fr" }, refused: "acceptedWords.refused.badLang" },
  { raw: { word: "Homs", lang: "en", kind: "verb" }, refused: "acceptedWords.refused.badKind" },
  { raw: { word: "حمص", lang: "en" }, refused: "acceptedWords.refused.wrongScript" },
  { raw: { word: "Homs", lang: "ar" }, refused: "acceptedWords.refused.wrongScript" },
  { raw: { word: "Homs حمص", lang: "en" }, refused: "acceptedWords.refused.wrongScript" },
  { raw: { word: "Homs", lang: "en", note: "n".repeat(501) }, refused: "acceptedWords.refused.noteTooLong" },
  { raw: { word: 42, lang: ["en"] }, refused: "acceptedWords.refused.empty" },
];

describe("accepted word rules", () => {
  for (const c of CASES) {
    it(`${c.refused ?? "accepts"}: ${JSON.stringify(c.raw).slice(0, 60)}`, () => {
      expect(acceptedWordRefusal(readAcceptedWord(c.raw))?.key ?? null).to.equal(c.refused);
    });
  }

  it("reads a form trimmed, language lower-cased, kind word by default", () => {
    expect(asAcceptedWord(readAcceptedWord({ word: " Enab ", lang: " EN " }))).to.deep.equal({ word: "Enab", lang: "en", kind: "word", note: "" });
  });
});
