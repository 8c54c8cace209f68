/**
 * The affix-stripping Hunspell lookup on small dictionaries written here (each feature it reads:
 * prefixes, suffixes, conditions, cross products, twofold suffixes, AF aliases, long flags,
 * IGNORE, ICONV, NEEDAFFIX, FORBIDDENWORD), then on Debian's Arabic dictionary (hunspell-ar).
 */
import { expect } from "chai";
import { HunspellLookup } from "../../../server/domain/checks/hunspell-lookup.js";
import { arabicDictionary } from "../../../server/services/arabic-dictionary.js";

const ENGLISH_AFF = `
SET UTF-8
NEEDAFFIX X
FORBIDDENWORD F
PFX U Y 1
PFX U 0 un .
SFX S Y 2
SFX S 0 s [^y]
SFX S y ies y
SFX D Y 1
SFX D 0 ed/L .
SFX L Y 1
SFX L 0 ly .
SFX N N 1
SFX N 0 ness .
`;
const ENGLISH_DIC = `7
do/U
try/SD
mark/USD
kind/N
happi/XN
marks/F
play
`;

const english = HunspellLookup.parse({ aff: ENGLISH_AFF, dic: ENGLISH_DIC });

const cases: [string, boolean, string][] = [
  ["do", true, "a stem"],
  ["undo", true, "a prefix"],
  ["tries", true, "a suffix that strips, with its condition"],
  ["trys", false, "a suffix whose condition fails"],
  ["tried", false, "no such suffix"],
  ["unmarked", true, "prefix and suffix, both cross products"],
  ["markedly", true, "a twofold suffix (the inner one's continuation allows the outer)"],
  ["markly", false, "the outer suffix without the inner"],
  ["kindness", true, "a suffix that is no cross product"],
  ["unkindness", false, "a prefix with a suffix that is no cross product"],
  ["happi", false, "NEEDAFFIX: not a word alone"],
  ["happiness", true, "NEEDAFFIX with its affix"],
  ["marks", false, "FORBIDDENWORD"],
  ["play", true, "a stem without flags"],
  ["plays", false, "no flag for the suffix"],
  ["", false, "the empty word"],
];

describe("hunspell-lookup", () => {
  for (const [word, known, why] of cases) {
    it(`${known ? "knows" : "does not know"} "${word}": ${why}`, () => {
      expect(english.isWord(word)).to.equal(known);
    });
  }

  it("reads AF aliases, long flags, IGNORE and ICONV", () => {
    const aff = "FLAG long\nAF 2\nAF AaBb # 1\nAF Aa # 2\nIGNORE ً\nICONV 1\nICONV ٱ ا\nPFX Aa Y 1\nPFX Aa 0 و .\nSFX Bb Y 1\nSFX Bb ة ات ة\n";
    const dic = "2\nمدرسة/1\tsome morphology\nكتاب/2\n";
    const d = HunspellLookup.parse({ aff, dic });
    expect(["مدرسة", "ومدرسة", "مدرسات", "ومدرسات", "وكتاب"].filter((w) => !d.isWord(w)), "stem, prefix, suffix, both, an alias").to.deep.equal([]);
    expect(d.isWord("مدرسةً"), "the ignored tanwin").to.equal(true);
    expect(d.isWord("كتابات"), "no suffix flag on كتاب").to.equal(false);
    expect(d.normalise("ٱسم"), "the input conversion").to.equal("اسم");
  });

  it("lists the readings of a word: prefix, stem, suffixes innermost first", () => {
    const show = (w: string) => english.readings(w).map((r) => `${r.prefix}+${r.stem}+${r.suffixes.join("+")}`);
    expect(show("do")).to.deep.equal(["+do+"]);
    expect(show("unmarks")).to.deep.equal(["un+mark+s"]);
    expect(show("markedly")).to.deep.equal(["+mark+ed+ly"]);
    expect(show("tries")).to.deep.equal(["+try+ies"]);
    expect(show("marks"), "FORBIDDENWORD").to.deep.equal([]);
    expect(show("trys")).to.deep.equal([]);
    expect(english.readings("un" + "mark".repeat(50000))).to.deep.equal([]);
  });

  it("answers an overlong word without a lookup", () => {
    const started = performance.now();
    expect(english.isWord("un" + "mark".repeat(50000))).to.equal(false);
    expect(performance.now() - started).to.be.below(100);
  });

  describe("on Debian's Arabic dictionary (hunspell-ar)", () => {
    const arabic = arabicDictionary();
    before(function () {
      if (!arabic) throw new Error("hunspell-ar is not installed: scripts/ensure-test-tools.sh installs it");
    });
    const known = ["الحكومة", "والحكومة", "بالحكومة", "للحكومة", "حكومتها", "أعلنت", "وأعلنت", "سيعلن", "الانتخابات", "إلى", "هذه", "الرئيس", "ورئيسها"];
    const unknown = ["الحكومه", "الإنتخابات", "الى", "هذة", "الرئس", "الحكوومة"];
    it("knows words with their clitics and pronouns (Ayaspell's affix rules)", () => {
      expect(known.filter((w) => !arabic?.isWord(w))).to.deep.equal([]);
    });
    it("does not know the slips", () => {
      expect(unknown.filter((w) => arabic?.isWord(w))).to.deep.equal([]);
    });
    it("tells a listed word from one made of another stem with an ending", () => {
      const stems = (w: string) => (arabic?.readings(w) ?? []).map((r) => r.stem);
      expect(stems("مدينة")).to.include("مدينة");
      expect(stems("مدينه")).to.deep.equal(["مدين"]); // his debtor
      expect(arabic?.readings("وزاره").map((r) => `${r.prefix}+${r.stem}+${r.suffixes.join("+")}`)).to.deep.equal(["و+زار+ه"]);
    });
    it("ignores diacritics and tatweel, as Hunspell does", () => {
      expect(arabic?.isWord("الحُكُومَة")).to.equal(true);
      expect(arabic?.isWord("الحكـومة")).to.equal(true);
    });
  });
});
