/**
 * A paragraph with no counterpart in the other edition (left untranslated, or dropped): a
 * one-sided bead whose paragraph is not boilerplate (captions, "read also" links, appeals and
 * repeats are expected to be one-sided).
 */
import type { Check, Lang, RawFinding } from "./types.js";

export const untranslatedParagraph: Check = {
  id: "untranslated-paragraph", severity: "warning", side: "pair",
  run: (doc) => {
    if (doc.en.texts.length === 0 || doc.ar.texts.length === 0) return [];
    const out: RawFinding[] = [];
    for (const bead of doc.beads) {
      const lone: [Lang, readonly number[]] | null = bead.ar.length === 0 ? ["en", bead.en] : bead.en.length === 0 ? ["ar", bead.ar] : null;
      if (!lone) continue;
      const [lang, paragraphs] = lone;
      for (const k of paragraphs) {
        if (doc[lang].boilerplate[k]) continue;
        const text = doc[lang].texts[k] ?? "";
        out.push({ lang, paragraph: k, start: 0, end: text.length, params: { other: lang === "en" ? "ar" : "en" }, suggestion: null });
      }
    }
    return out;
  },
};
