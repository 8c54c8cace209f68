/** Decorative tatweel (kashida) in Arabic text breaks search and translation-memory matching. */
import type { Check, RawFinding } from "./types.js";

const KASHIDA = /\u0640+/gu;

export const tatweel: Check = {
  id: "tatweel", severity: "warning", side: "ar",
  run: (doc) =>
    doc.ar.texts.flatMap((text, paragraph) =>
      [...text.matchAll(KASHIDA)].map((m): RawFinding => {
        const start = m.index ?? 0;
        return { lang: "ar", paragraph, start, end: start + m[0].length, params: {}, suggestion: "" };
      }),
    ),
};
