/**
 * English punctuation slips: a doubled full stop (".." but not the ellipsis "..."), doubled commas
 * or semicolons, a space before , ; : ? ! or a full stop, and a comma run into the next word
 * ("said,that"). Numbers (1,200; 3.5) and abbreviations are not touched. Arabic uses ".." as a
 * separator in headlines and has its own marks, so this check reads the English edition only.
 * Donation appeals and similar site furniture ("Support us..") are styled on purpose and skipped.
 */
import type { Check, RawFinding } from "./types.js";

const SLIPS: [RegExp, (m: string) => string | null][] = [
  [/(?<!\.)\.\.(?!\.)/gu, () => "."], // ".." (not part of "...")
  [/\.{4,}/gu, () => "…"],
  [/,{2,}|;{2,}/gu, (m) => m[0] ?? null],
  [/,\./gu, () => "."],
  [/(?<=\p{L}) +(?=[,;!?](?:\s|$))/gu, () => ""],
  [/(?<=\p{Ll}) +(?=\.(?!\s\.)(?:\s|$))/gu, () => ""], // not a spaced ellipsis ". . ."
  [/(?<=\p{Ll}{2}),(?=\p{L})/gu, () => ", "],
];

export const punctuationSlip: Check = {
  id: "punctuation-slip", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.texts.forEach((text, paragraph) => {
      if (doc.en.boilerplate[paragraph] === "appeal") return; // site furniture (donation appeals) is styled on purpose
      for (const [pattern, fix] of SLIPS) {
        for (const m of text.matchAll(pattern)) {
          const start = m.index ?? 0;
          const end = start + Math.max(1, m[0].length);
          out.push({ lang: "en", paragraph, start, end, params: { text: text.slice(start, end) }, suggestion: fix(m[0]) });
        }
      }
    });
    return out;
  },
};
