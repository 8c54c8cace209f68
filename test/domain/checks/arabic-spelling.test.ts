/**
 * The Arabic spelling check with Debian's Arabic dictionary (hunspell-ar): table cases, the sample
 * article (no flag at all), 50 common news words with one copy-editor slip each (none from the
 * sample article), the check without its dictionary, and bounded work on hostile text.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { arabicSpelling, MAX_SPLIT_SEARCHES } from "../../../server/domain/checks/arabic-spelling.js";
import { runChecks, runChecksReport } from "../../../server/domain/checks/run-checks.js";
import type { CheckDocument } from "../../../server/domain/checks/types.js";
import { parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";
import { translatorFor } from "../../../server/i18n/translate.js";
import { CORPUS_DIR } from "../../../server/paths.js";
import { arabicDictionary } from "../../../server/services/arabic-dictionary.js";
import { arabicWordCounts } from "../../../server/services/arabic-word-counts.js";
import { sampleGold, sampleParagraphs } from "../../helpers/sample.js";
import { HELD_OUT, SLIPS } from "../../../scripts/arabic-slip-words.js";

const dictionary = arabicDictionary();
const counts = arabicWordCounts();

function findings(doc: CheckDocument) {
  if (!dictionary) throw new Error("hunspell-ar is not installed: scripts/ensure-test-tools.sh installs it");
  if (!counts) throw new Error("dict-freedict-eng-ara is not installed: scripts/ensure-test-tools.sh installs it");
  return runChecks({ ...doc, context: { ...doc.context, arabicDictionary: dictionary, arabicWordCounts: counts } }, { enabled: [arabicSpelling.id] });
}

/** Flagged text, with the suggestion after an arrow when there is one. */
function flagged(doc: CheckDocument): string[] {
  return findings(doc).map((f) => {
    const text = (doc.ar[f.paragraph] ?? "").slice(f.start, f.end);
    return f.suggestion === null ? text : `${text} → ${f.suggestion}`;
  });
}

const ar = (...paragraphs: string[]): CheckDocument => ({ en: [], ar: paragraphs });
const pair = (en: string, arabic: string): CheckDocument => ({ en: [en], ar: [arabic], beads: [{ en: [0], ar: [0] }] });

const CASES: { name: string; doc: CheckDocument; flags: string[] }[] = [
  { name: "correct news text, clitics and pronouns included", doc: ar("وأعلنت الحكومة أن الانتخابات ستجري في موعدها، وقال رئيسها إن الوزراء سيلتقون بالمعارضة."), flags: [] },
  { name: "diacritics and tatweel", doc: ar("أعلنَت الحكـومة"), flags: [] },
  { name: "ta marbuta written as ha", doc: ar("قالت الحكومه إنها"), flags: ["الحكومه → الحكومة"] },
  { name: "ha written as ta marbuta", doc: ar("في هذة المرحلة"), flags: ["هذة → هذه"] },
  { name: "a wrong hamza after the article", doc: ar("نتائج الإنتخابات"), flags: ["الإنتخابات → الانتخابات"] },
  { name: "a dropped hamza", doc: ar("اعلنت الوزارة"), flags: ["اعلنت → أعلنت"] },
  { name: "a hamza on a form VIII or X masdar: the most used candidate, not the first", doc: ar("إتفاق إستخدام إرتفاع"), flags: ["إتفاق → اتفاق", "إستخدام → استخدام", "إرتفاع → ارتفاع"] },
  { name: "a known word that is a slip of a far more used one", doc: ar("زار وزاره مدينه اكثر"), flags: ["وزاره → وزارة", "مدينه → مدينة", "اكثر → أكثر"] },
  { name: "a known word with a pronoun, as used as its stem (his book)", doc: ar("قرأ كتابه"), flags: [] },
  { name: "a vowelled ending is written on purpose (on me, it was decided)", doc: ar("أنعمت عَلَيَّ", "وقُضِيَ بينهم", "وعلي الطرفين"), flags: ["وعلي → وعلى"] },
  { name: "a vowel elsewhere in the word does not vouch for its ending", doc: ar("زار مَدينه"), flags: ["مَدينه → مَدينة"] },
  { name: "alef maqsura written as ya, the particle's hamza dropped", doc: ar("وصل الوفد الى القاهرة"), flags: ["الى → إلى"] },
  { name: "a dropped letter, no one-click fix", doc: ar("التقى الرئس بالوفد"), flags: ["الرئس"] },
  { name: "a hamza slip stays flagged when repeated", doc: ar("قالت الحكومه", "وأضافت الحكومه"), flags: ["الحكومه → الحكومة", "الحكومه → الحكومة"] },
  { name: "an unknown word the document repeats is left alone", doc: ar("وصل فريق يوفنتوس", "وفاز يوفنتوس"), flags: [] },
  { name: "an unknown word used once is flagged", doc: ar("وصل فريق يوفنتوس"), flags: ["يوفنتوس"] },
  { name: "a name of the English paragraph aligned (Juventus)", doc: pair("Juventus arrived.", "وصل فريق يوفنتوس"), flags: [] },
  { name: "a name of the English paragraph, one consonant apart (Guardiola)", doc: pair("Pep Guardiola told reporters.", "قال بيب جوارديولا للصحفيين"), flags: [] },
  { name: "a glossary name, with a clitic", doc: { ...ar("وصل إلى والرستن"), context: { glossary: [{ ar: "الرستن", en: "al-Rastan", kind: "place", note: "" }] } }, flags: [] },
  { name: "two words run together after alef maqsura", doc: ar("وربت علىكتفي"), flags: ["علىكتفي → على كتفي"] },
  { name: "two words run together before the article", doc: ar("تشرحالدورة الأساسيات"), flags: ["تشرحالدورة → تشرح الدورة"] },
  { name: "a clitic set apart with tatweel before a number", doc: ar("ركابها الـ 47"), flags: [] },
  { name: "an acronym spelt in letter names", doc: ar("قناة إم إس إن بي سي"), flags: [] },
  { name: "letters of another language: a foreign name", doc: ar("مدينة پاريس"), flags: [] },
];

describe("arabic-spelling", () => {
  before(function () {
    if (!dictionary) throw new Error("hunspell-ar is not installed: scripts/ensure-test-tools.sh installs it");
  });

  for (const c of CASES) {
    it(`${c.flags.length === 0 ? "passes" : "flags"}: ${c.name}`, () => {
      expect(flagged(c.doc)).to.deep.equal(c.flags);
    });
  }

  it("raises no flag on the sample article (names, glossary, correct text)", () => {
    const { en, ar: arabic } = sampleParagraphs();
    const glossary = parseGlossary(readFileSync(join(CORPUS_DIR, "glossary.tsv"), "utf8"));
    expect(flagged({ en, ar: arabic, beads: sampleGold(), context: { glossary } })).to.deep.equal([]);
  });

  it("takes none of the fifty test words from the sample article", () => {
    const sample = sampleParagraphs().ar.join(" ").split(/[^\u0621-\u0652]+/u);
    expect(SLIPS.flatMap((k) => k.words).filter(([good]) => sample.includes(good))).to.deep.equal([]);
  });

  describe("fifty words with one slip each", () => {
    const all = SLIPS.flatMap((k) => k.words.map(([good, bad]) => ({ kind: k.kind, good, bad })));
    const results = all.map((w) => ({ ...w, found: findings(ar(w.bad)), goodFound: findings(ar(w.good)) }));

    it("are fifty", () => expect(all).to.have.length(50));

    it("flags every slip that is no dictionary word (recall 1.0 on them)", () => {
      const missed = results.filter((r) => !dictionary?.isWord(r.bad) && r.found.length === 0).map((r) => r.bad);
      expect(missed).to.deep.equal([]);
    });

    it("finds at least 45 of the 50 (0.9): 8 of the 13 that Ayaspell knows, by usage", () => {
      const hits = results.filter((r) => r.found.length > 0).length;
      expect(hits / all.length).to.be.at.least(0.9);
      const known = results.filter((r) => dictionary?.isWord(r.bad));
      expect(known).to.have.length(13);
      expect(known.filter((r) => r.found.length > 0).map((r) => r.found[0]?.params.context)).to.deep.equal(Array(8).fill("usual"));
    });

    it("offers the right one-click fix for the hamza, ta marbuta and alef maqsura slips it finds", () => {
      const swaps = results.filter((r) => (r.kind === "hamza" || r.kind === "ta marbuta" || r.kind === "alef maqsura") && r.found.length > 0);
      expect(swaps.length).to.be.at.least(26);
      // إنتخابات and إستقالة: a written hamza is taken for the other hamza first (أنتخابات is a form Ayaspell knows; FreeDict uses neither).
      expect(swaps.filter((r) => r.found[0]?.suggestion !== r.good).map((r) => `${r.bad} → ${r.found[0]?.suggestion ?? "-"}`)).to.deep.equal(["إنتخابات → أنتخابات", "إستقالة → أستقالة"]);
    });

    it("never flags the correct forms", () => {
      expect(results.filter((r) => r.goodFound.length > 0).map((r) => r.good)).to.deep.equal([]);
    });
  });

  describe("twenty-four held-out slips of the three letters", () => {
    const all = HELD_OUT.flatMap((k) => k.words.map(([good, bad]) => ({ kind: k.kind, good, bad })));
    const results = all.map((w) => ({ ...w, found: findings(ar(w.bad)), goodFound: findings(ar(w.good)) }));

    it("finds at least 16 of the 24 (0.67), each with the right fix, and never flags the correct forms", () => {
      expect(all).to.have.length(24);
      const hits = results.filter((r) => r.found.length > 0);
      expect(hits.length).to.be.at.least(16);
      expect(hits.filter((r) => r.found[0]?.suggestion !== r.good).map((r) => r.bad)).to.deep.equal([]);
      expect(results.filter((r) => r.goodFound.length > 0).map((r) => r.good)).to.deep.equal([]);
    });
  });

  it("leaves a dictionary word alone without FreeDict's counts, and when it is a name", () => {
    if (!dictionary) throw new Error("no dictionary");
    expect(runChecks({ en: [], ar: ["زار مدينه"], context: { arabicDictionary: dictionary } }, { enabled: [arabicSpelling.id] })).to.deep.equal([]);
    expect(flagged(ar("زار مدينه"))).to.deep.equal(["مدينه → مدينة"]);
    expect(flagged({ ...ar("قال علي"), context: { glossary: [{ ar: "علي", en: "Ali", kind: "person", note: "" }] } })).to.deep.equal([]);
    expect(flagged(pair("Ali said.", "قال علي"))).to.deep.equal([]);
  });

  it("weighs the document's own usage: the form it writes elsewhere", () => {
    // امس is an Ayaspell word (a verb form) and FreeDict writes أمس once only: alone it passes.
    expect(flagged(ar("وصل الوفد امس"))).to.deep.equal([]);
    expect(flagged(ar("وصل الوفد امس", "وغادر الرئيس أمس"))).to.deep.equal(["امس → أمس"]);
  });

  it("finds nothing without its dictionary", () => {
    expect(runChecks(ar("قالت الحكومه"), { enabled: [arabicSpelling.id] })).to.deep.equal([]);
  });

  it("says the fix in the message, in both languages, with « » in Arabic", () => {
    const [finding] = findings(ar("قالت الحكومه"));
    expect(translatorFor("en")(`checks.arabic-spelling.message`, finding?.params)).to.equal("“الحكومه” looks misspelt; did you mean “الحكومة”?");
    expect(translatorFor("ar")(`checks.arabic-spelling.message`, finding?.params)).to.equal("يبدو أن «الحكومه» مكتوبة خطأً؛ هل المقصود «الحكومة»؟");
    const [usual] = findings(ar("زار مدينه"));
    expect(translatorFor("en")(`checks.arabic-spelling.message`, usual?.params)).to.equal("“مدينه” is a word, but “مدينة” is far more usual; did you mean it?");
    expect(translatorFor("ar")(`checks.arabic-spelling.message`, usual?.params)).to.equal("«مدينه» كلمة صحيحة، لكن «مدينة» أشيع منها بكثير؛ هل هي المقصودة؟");
    const [plain] = findings(ar("التقى الرئس"));
    expect(translatorFor("ar")(`checks.arabic-spelling.message`, plain?.params)).to.equal("يبدو أن «الرئس» مكتوبة خطأً.");
  });

  it("stays fast on 100,000 characters of distinct unknown words and on one huge word", () => {
    if (!dictionary) throw new Error("no dictionary");
    const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    const words: string[] = [];
    for (let k = 0; words.join(" ").length < 100000; k++) {
      let w = "";
      for (let n = k; w.length < 7; n = Math.floor(n / letters.length) + 7) w += letters[n % letters.length];
      words.push(w + "ة" + "ال" + w.slice(0, 3));
    }
    for (const text of [words.join(" "), "ب".repeat(100000)]) {
      const report = runChecksReport({ en: [], ar: [text], context: { arabicDictionary: dictionary } }, { enabled: [arabicSpelling.id], maxPerParagraph: 1e9 });
      const ms = report.timings.find((t) => t.checkId === arabicSpelling.id)?.ms ?? Infinity;
      expect(ms, `${text.length} characters`).to.be.below(4000);
    }
    expect(MAX_SPLIT_SEARCHES).to.be.at.most(100);
  });
  it("stays fast on 100,000 characters of distinct dictionary words that each have a used slip alternative", () => {
    if (!dictionary || !counts) throw new Error("no dictionary");
    const words: string[] = [];
    let length = 0;
    for (const prefix of ["", "و", "ب", "ل", "ال"]) {
      for (const w of counts.keys()) {
        if (length > 100000) break;
        if (!/^ا|[هي]$/u.test(w) || !dictionary.isWord(prefix + w)) continue;
        words.push(prefix + w);
        length += prefix.length + w.length + 1;
      }
    }
    const text = words.join(" ").slice(0, 100000);
    expect(text.length).to.equal(100000);
    const report = runChecksReport({ en: [], ar: [text], context: { arabicDictionary: dictionary, arabicWordCounts: counts } }, { enabled: [arabicSpelling.id], maxPerParagraph: 1e9 });
    expect(report.timings.find((t) => t.checkId === arabicSpelling.id)?.ms ?? Infinity).to.be.below(4000);
  });
});
