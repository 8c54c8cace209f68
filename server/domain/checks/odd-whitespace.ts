/**
 * Double and odd whitespace inside a paragraph, on either edition: two or more spaces in a row
 * (often a no-break space plus a space pasted from the web), tabs, and invisible or unusual spaces
 * (zero-width, em/en/thin spaces) between words. A single no-break space is legitimate
 * typography (10 km, Mr X) and is left alone.
 */
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

const RUN = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\u2000-\u200B\u202F\u205F\u3000\uFEFF]/gu;

/**
 * What the run is, as message params (the interface says it in the reader's language): one odd
 * character by its code point, a no-break space beside a space, or a count of spaces.
 */
function describe(run: string): Record<string, string> {
  if (run.length === 1) return { context: "character", code: `U+${(run.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}` };
  return run.includes("\u00A0") ? { context: "nbsp" } : { context: "spaces", count: String(run.length) };
}

function scan(doc: PreparedDocument, lang: Lang): RawFinding[] {
  const out: RawFinding[] = [];
  doc[lang].texts.forEach((text, paragraph) => {
    for (const m of text.matchAll(RUN)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (start === 0 || end === text.length) continue; // paragraph edges: trimmed on import
      out.push({ lang, paragraph, start, end, params: describe(m[0]), suggestion: m[0].includes("\u200B") || m[0].includes("\uFEFF") ? "" : " " });
    }
  });
  return out;
}

export const oddWhitespace: Check = {
  id: "odd-whitespace", severity: "warning", side: "document", numberParams: ["count"],
  run: (doc) => [...scan(doc, "en"), ...scan(doc, "ar")],
};
