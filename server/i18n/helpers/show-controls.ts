/**
 * {{showControls text}}: user text, escaped, with invisible characters made visible. Unicode bidi
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) and zero-width characters can
 * make text in a mixed right-to-left/left-to-right editor read differently from what it is, so
 * each is shown as a labelled marker instead of acting on the text around it.
 */
import Handlebars from "handlebars";

const NAMES: Record<string, string> = {
  "\u202A": "LRE", "\u202B": "RLE", "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO",
  "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
  "\u200E": "LRM", "\u200F": "RLM", "\u061C": "ALM",
  "\u200B": "ZWSP", "\u200C": "ZWNJ", "\u200D": "ZWJ", "\u2060": "WJ", "\uFEFF": "ZWNBSP",
};

export const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/gu;

export function showControls(text: unknown): Handlebars.SafeString {
  const value = String(text ?? "");
  let out = "";
  let from = 0;
  for (const m of value.matchAll(INVISIBLE)) {
    const at = m.index ?? 0;
    const code = m[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0") ?? "";
    out += Handlebars.escapeExpression(value.slice(from, at));
    out += `<span class="control" title="U+${code}">${NAMES[m[0]] ?? code}</span>`;
    from = at + m[0].length;
  }
  out += Handlebars.escapeExpression(value.slice(from));
  return new Handlebars.SafeString(out);
}
