/**
 * Weighing a dictionary word against its slip-class alternative: the directions weighed (a table),
 * and the decision on a small dictionary and counts written here (usage, the written word's best
 * reading, the document's own usage, the thresholds).
 */
import { expect } from "chai";
import { isLikelier, isSlipDirection, likelierAlternative, SLIP_THRESHOLDS, weighAlternatives } from "../../../server/domain/checks/arabic-slip-evidence.js";
import { HunspellLookup } from "../../../server/domain/checks/hunspell-lookup.js";

const DIRECTIONS: [string, string, boolean][] = [
  ["اكثر", "أكثر", true],
  ["اعلن", "إعلن", true],
  ["مدينه", "مدينة", true],
  ["مستوي", "مستوى", true],
  ["أن", "إن", false], // a written hamza is a choice
  ["مدينة", "مدينه", false],
  ["مستوى", "مستوي", false],
  ["اكثر", "اكثرة", false],
];

// ه: a pronoun suffix, as in Ayaspell (مدين + ه, كتاب + ه).
const dictionary = HunspellLookup.parse({
  aff: "SET UTF-8\nSFX H Y 1\nSFX H 0 ه .\n",
  dic: "8\nمدينة\nمدين/H\nكتابة\nكتاب/H\nأكثر\nاكثر\nقمة\nقم/H\n",
});
const counts = new Map([["مدينة", 40], ["مدين", 1], ["كتابة", 10], ["كتاب", 12], ["أكثر", 50], ["اكثر", 5]]);
const evidence = (inDocument: [string, number][] = []) => ({ dictionary, counts, inDocument: new Map(inDocument) });

describe("arabic-slip-evidence", () => {
  for (const [written, candidate, weighed] of DIRECTIONS) {
    it(`${weighed ? "weighs" : "does not weigh"} ${written} → ${candidate}`, () => expect(isSlipDirection(written, candidate)).to.equal(weighed));
  }

  it("takes a word for a slip of a far more used one", () => {
    expect(likelierAlternative("مدينه", evidence())).to.equal("مدينة"); // 40 against مدين's 1
    expect(likelierAlternative("اكثر", evidence())).to.equal("أكثر"); // 50 against 5: 50 >= 3 × 6
  });

  it("gives the written word its best reading: كتابه is كتاب + ه, as used as كتاب", () => {
    expect(weighAlternatives("كتابه", evidence())).to.deep.equal([{ candidate: "كتابة", used: 10, written: 12 }]);
    expect(likelierAlternative("كتابه", evidence())).to.equal(null);
  });

  it("counts the document's own usage, the word itself left out", () => {
    const once = weighAlternatives("مدينه", evidence([["مدينه", 1]]))[0];
    expect(once?.written).to.equal(1);
    const more = weighAlternatives("مدينه", evidence([["مدينه", 3], ["مدينة", 2]]))[0];
    expect(more).to.deep.equal({ candidate: "مدينة", used: 40 + 2 * SLIP_THRESHOLDS.minimum, written: 1 + 2 * SLIP_THRESHOLDS.minimum });
  });

  it("needs the minimum and the ratio both", () => {
    expect(isLikelier({ candidate: "x", used: 2, written: 0 }, { minimum: 3, ratio: 1 })).to.equal(false);
    expect(isLikelier({ candidate: "x", used: 5, written: 1 }, { minimum: 3, ratio: 3 })).to.equal(false);
    expect(isLikelier({ candidate: "x", used: 6, written: 1 }, { minimum: 3, ratio: 3 })).to.equal(true);
  });

  it("weighs nothing the dictionary does not know, nor an alternative used less than the minimum", () => {
    expect(weighAlternatives("مستوي", evidence())).to.deep.equal([]);
    expect(dictionary.isWord("قمه") && dictionary.isWord("قمة")).to.equal(true);
    expect(weighAlternatives("قمه", evidence())).to.deep.equal([]); // قمة: never in the counts
    expect(weighAlternatives("قمه", evidence([["قمة", 1]]))).to.deep.equal([{ candidate: "قمة", used: SLIP_THRESHOLDS.minimum, written: 0 }]);
  });
});
