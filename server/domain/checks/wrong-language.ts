/**
 * A paragraph in the wrong language for its edition: Arabic script in the English edition or Latin
 * script in the Arabic one (by the share of letters, see segment/script-of.ts).
 */
import { dominantScript } from "../segment/script-of.js";
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

function scan(doc: PreparedDocument, lang: Lang): RawFinding[] {
  const wrong = lang === "en" ? "arabic" : "latin";
  const out: RawFinding[] = [];
  doc[lang].texts.forEach((text, k) => {
    if (dominantScript(text) === wrong) out.push({ lang, paragraph: k, start: 0, end: text.length, params: {}, suggestion: null });
  });
  return out;
}

export const wrongLanguage: Check = {
  id: "wrong-language", severity: "warning", side: "document",
  run: (doc) => [...scan(doc, "en"), ...scan(doc, "ar")],
};
