/**
 * Spacing around Arabic punctuation (، ؛ ؟): a space before the mark, or a letter glued after it.
 * The marks themselves are never an error; a comma between digits (١٢،٥) is left alone.
 */
import type { Check, RawFinding } from "./types.js";

const SPACE_BEFORE = /(?<=[\u0621-\u064A\u0660-\u0669\p{N}»)\]])[ \u00A0]+(?=[،؛؟])/gu;
const GLUED_AFTER = /[،؛؟](?=[\u0621-\u064A«])/gu;

export const arabicPunctuationSpacing: Check = {
  id: "arabic-punctuation-spacing", severity: "warning", side: "ar",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.ar.texts.forEach((text, paragraph) => {
      for (const m of text.matchAll(SPACE_BEFORE)) {
        const start = m.index ?? 0;
        out.push({ lang: "ar", paragraph, start, end: start + m[0].length, params: { mark: text[start + m[0].length] ?? "" }, suggestion: "" });
      }
      for (const m of text.matchAll(GLUED_AFTER)) {
        const start = m.index ?? 0;
        out.push({ lang: "ar", paragraph, start, end: start + 1, params: { mark: m[0] }, suggestion: `${m[0]} ` });
      }
    });
    return out;
  },
};
