/**
 * An Arabic word written twice in a row ("في في"), compared in the matching form (hamza, alef and
 * diacritics folded). Reduplicated adverbs with tanwin ("رويدًا رويدًا", "شيئًا شيئًا") are
 * grammatical and are spared.
 */
import type { Check, RawFinding } from "./types.js";

export const arabicRepeatedWord: Check = {
  id: "arabic-repeated-word", severity: "error", side: "ar",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.ar.tokens.forEach((tokens, paragraph) => {
      const text = doc.ar.texts[paragraph] ?? "";
      for (let k = 1; k < tokens.length; k++) {
        const a = tokens[k - 1];
        const b = tokens[k];
        if (!a || !b || a.norm !== b.norm || !/^\s+$/u.test(text.slice(a.end, b.start))) continue;
        if (/[\u064B-\u064D]\u0627?$|\u0627$/u.test(a.text)) continue; // adverbial tanwin (تنوين) reduplication
        out.push({ lang: "ar", paragraph, start: a.start, end: b.end, params: { word: a.text }, suggestion: a.text });
      }
    });
    return out;
  },
};
