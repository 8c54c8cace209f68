/**
 * A paragraph printed twice in one edition (a caption repeated, a paste run twice): the same text
 * as an earlier paragraph of that edition, apart from spacing and, in English, case. The repeat is
 * flagged, with deletion as the fix.
 */
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

function scan(doc: PreparedDocument, lang: Lang): RawFinding[] {
  const seen = new Map<string, number>();
  const out: RawFinding[] = [];
  doc[lang].texts.forEach((text, k) => {
    const key = (lang === "en" ? text.toLowerCase() : text).replace(/\s+/gu, " ").trim();
    if (key.length < 20) return; // short lines (a dateline, "Read more") repeat legitimately
    const first = seen.get(key);
    if (first === undefined) seen.set(key, k);
    else out.push({ lang, paragraph: k, start: 0, end: text.length, params: { first: String(first + 1) }, suggestion: "" });
  });
  return out;
}

export const duplicatedParagraph: Check = {
  id: "duplicated-paragraph", severity: "warning", side: "document", numberParams: ["first"],
  run: (doc) => [...scan(doc, "en"), ...scan(doc, "ar")],
};
