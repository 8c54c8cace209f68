/**
 * Months one edition of a pair names and the other does not (English month names; Arabic months in
 * both the Levantine and the Egyptian/Gulf names, آب/أغسطس). "May" and "March" count only when
 * capitalised mid-sentence, as the aligner's anchors do.
 */
import { arabicAnchors, englishAnchors } from "../align/anchors.js";
import type { Check, RawFinding } from "./types.js";

const ENGLISH_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;
const MONTH_NUMBER: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
};
// Arabic month names as written (alef and hamza forms, ta marbuta variants), each with its number.
const ARABIC_MONTHS: [RegExp, number][] = [
  [/يناير|كانون الثاني/gu, 1], [/فبراير|شباط/gu, 2], [/مارس|[آا]ذار/gu, 3], [/[أا]بريل|نيسان/gu, 4], [/مايو|[أا]يار/gu, 5],
  [/يونيو|يونيه|حزيران/gu, 6], [/يوليو|يوليه|تموز/gu, 7], [/[أا]غسطس|(?<![\u0621-\u064A])آب(?![\u0621-\u064A])/gu, 8],
  [/سبتمبر|[أا]يلول/gu, 9], [/[أا]كتوبر|تشرين ال[أا]ول/gu, 10], [/نوفمبر|تشرين الثاني/gu, 11], [/ديسمبر|كانون ال[أا]ول/gu, 12],
];

export const dateMismatch: Check = {
  id: "date-mismatch", severity: "warning", side: "pair",
  run: (doc) => {
    const out: RawFinding[] = [];
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      const arKeys = new Set(bead.ar.flatMap((j) => arabicAnchors(doc.ar.texts[j] ?? "", [...(doc.ar.tokens[j] ?? [])])));
      const enKeys = new Set(bead.en.flatMap((i) => englishAnchors(doc.en.texts[i] ?? "", [...(doc.en.tokens[i] ?? [])])));
      for (const i of bead.en) {
        const text = doc.en.texts[i] ?? "";
        for (const m of text.matchAll(ENGLISH_MONTH)) {
          const month = MONTH_NUMBER[m[0]] ?? 0;
          if (!enKeys.has(`m:${month}`) || arKeys.has(`m:${month}`)) continue; // "may" as a verb gives no key
          const start = m.index ?? 0;
          out.push({ lang: "en", paragraph: i, paired: [...bead.ar], start, end: start + m[0].length, params: { month: m[0] }, suggestion: null });
        }
      }
      for (const j of bead.ar) {
        const text = doc.ar.texts[j] ?? "";
        const seen = new Set<number>();
        for (const [pattern, month] of ARABIC_MONTHS) {
          for (const m of text.matchAll(pattern)) {
            if (enKeys.has(`m:${month}`) || seen.has(month)) continue;
            seen.add(month);
            const start = m.index ?? 0;
            out.push({ lang: "ar", paragraph: j, paired: [...bead.en], start, end: start + m[0].length, params: { month: m[0] }, suggestion: null });
          }
        }
      }
    }
    return out;
  },
};
