/**
 * The rules of a glossary entry as tables: the share of letters by script (digits, punctuation
 * and invisible characters ignored), each side refused when not mostly in its script (the message
 * names the side), and one approved spelling per Arabic name, other spellings only as variants
 * pointing to it.
 */
import { expect } from "chai";
import { approvedSpellingOf, entryConflict, entryFormRefusal, entryRefusal, scriptShare } from "../../../server/domain/glossary/entry-rules.js";
import type { GlossaryEntry } from "../../../server/domain/glossary/glossary-entry.js";

const entry = (ar: string, en: string, variantOf?: string): GlossaryEntry => ({ ar, en, kind: "term", note: "", ...(variantOf ? { variantOf } : {}) });

describe("glossary entry rules", () => {
  it("measures the share of letters in a script, ignoring digits, punctuation and invisible characters", () => {
    const table: [string, "Arabic" | "Latin", number][] = [
      ["حمص", "Arabic", 1], ["Homs", "Arabic", 0], ["Homs", "Latin", 1], ["حمص ١٢ - 2024!", "Arabic", 1],
      ["حمص Homs", "Arabic", 3 / 7], ["al-Jada’an", "Latin", 1], ["حم\u202Eص\u00AD", "Arabic", 1], ["1234 - ؟", "Arabic", 0], ["", "Latin", 0],
      ["Côte d'Ivoire", "Latin", 1], ["Москва", "Latin", 0],
    ];
    for (const [text, script, share] of table) expect(scriptShare(text, script), `${text} ${script}`).to.be.closeTo(share, 1e-9);
  });

  it("refuses a side not mostly in its script, naming the side, and accepts mixed forms that are mostly right", () => {
    const table: [GlossaryEntry, string | null][] = [
      [entry("حمص", "Homs"), null],
      [entry("الطريق الدولي حمص- حماة", "Homs-Hama highway"), null],
      [entry("قناة BBC العربية", "BBC Arabic"), null],
      [entry("=حلب", "+Aleppo"), null],
      [entry("M5 طريق", "M5 road"), null],
      [entry("Homs", "حمص"), "glossary.arabicNotArabic"],
      [entry("Homs", "Homs"), "glossary.arabicNotArabic"],
      [entry("حمص", "حمص"), "glossary.englishNotLatin"],
      [entry("حمص", "Хомс"), "glossary.englishNotLatin"],
      [entry("١٢٣", "123"), "glossary.arabicNotArabic"],
      [entry("حمص", "2024"), "glossary.englishNotLatin"],
      [entry("BBC Arabic عربي", "BBC"), "glossary.arabicNotArabic"],
      [entry("", "Homs"), "glossary.needsBoth"],
      [entry("حمص", "H".repeat(201)), "glossary.needsBoth"],
    ];
    for (const [e, key] of table) expect(entryFormRefusal(e)?.key ?? null, `${e.ar} / ${e.en}`).to.equal(key);
    expect(entryFormRefusal(entry("Homs", "حمص"))?.params).to.deep.equal({ ar: "Homs" });
    expect(entryFormRefusal(entry("حمص", "حمص"))?.params).to.deep.equal({ en: "حمص" });
  });

  it("keeps one approved spelling per Arabic name (hamza folded); other spellings only as its variants", () => {
    const glossary = [entry("أحرار الشام", "Ahrar al-Sham"), entry("أحرار الشام", "Ahrar al-Cham", "Ahrar al-Sham"), entry("حمص", "Homs")];
    expect(approvedSpellingOf(glossary, "احرار الشام")?.en).to.equal("Ahrar al-Sham");
    expect(approvedSpellingOf(glossary, "حماة")).to.equal(null);
    const table: [GlossaryEntry, string | null, string | undefined][] = [
      [entry("أحرار الشام", "Ahrar al-Sham"), null, undefined],
      [entry("حماة", "Hama"), null, undefined],
      [entry("أحرار الشام", "Ahrar ash-Sham"), "glossary.otherSpelling", "Ahrar al-Sham"],
      [entry("احرار الشام", "Ahrar ash-Sham"), "glossary.otherSpelling", "Ahrar al-Sham"],
      [entry("أحرار الشام", "Ahrar ash-Sham", "Ahrar al-Sham"), null, undefined],
      [entry("أحرار الشام", "Ahrar ash-Sham", "Ahrar al-Cham"), "glossary.variantOfUnknown", undefined],
      [entry("أحرار الشام", "Ahrar al-Sham", "Ahrar al-Sham"), "glossary.variantOfUnknown", undefined],
      [entry("حماة", "Hamah", "Hama"), "glossary.variantOfUnknown", undefined],
    ];
    for (const [e, key, approved] of table) {
      const refusal = entryConflict(e, glossary);
      expect(refusal?.key ?? null, `${e.ar} / ${e.en} / ${e.variantOf ?? ""}`).to.equal(key);
      expect(refusal?.approved, `${e.en}: the spelling offered`).to.equal(approved);
    }
    expect(entryConflict(entry("أحرار الشام", "Ahrar ash-Sham"), glossary)?.params).to.deep.equal({ ar: "أحرار الشام", en: "Ahrar ash-Sham", approved: "Ahrar al-Sham" });
    // Judged without the entry being edited, a new approved spelling is no conflict.
    expect(entryConflict(entry("حمص", "Hims"), glossary.filter((e) => e.en !== "Homs"))).to.equal(null);
    expect(entryRefusal(entry("Homs", "Ahrar ash-Sham"), glossary)?.key, "script first").to.equal("glossary.arabicNotArabic");
  });
});
