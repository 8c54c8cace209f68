/**
 * Latin letters inside an Arabic word ("الـcity", a Latin "o" typed for ه): a word that mixes the
 * two scripts is a typing slip. Latin words standing on their own (brand names, acronyms) are fine.
 */
import type { Check, RawFinding } from "./types.js";

const MIXED_WORD = /[\p{L}\p{M}\u0640]+/gu;
const ARABIC = /[\u0621-\u064A\u066E-\u06D3]/u;
const LATIN = /[A-Za-z\u00C0-\u024F]/u;

export const latinInArabic: Check = {
  id: "latin-in-arabic", severity: "error", side: "ar",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.ar.texts.forEach((text, paragraph) => {
      for (const m of text.matchAll(MIXED_WORD)) {
        if (!ARABIC.test(m[0]) || !LATIN.test(m[0])) continue;
        const start = m.index ?? 0;
        out.push({ lang: "ar", paragraph, start, end: start + m[0].length, params: { word: m[0] }, suggestion: null });
      }
    });
    return out;
  },
};
