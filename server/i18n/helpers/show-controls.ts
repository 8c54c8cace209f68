/**
 * {{showControls text}}: user text, escaped, with invisible characters made visible. Bidi controls,
 * zero-width and other invisible characters can make text in a mixed right-to-left/left-to-right
 * page read differently from what it is (an override turns "exe.doc" into "cod.exe"; a soft hyphen
 * or a Hangul filler hides inside a name and breaks search), so each is shown as a labelled marker
 * in its place and never reaches the page itself.
 *
 * Which characters (by Unicode property, not by a hand list, so new ones are covered too):
 * - every format character (\p{Cf}): the bidi embeddings, overrides, isolates and marks, ZWSP,
 *   ZWNJ, ZWJ, WJ, the BOM, the soft hyphen, the invisible operators U+2061–U+2064, the tag
 *   characters U+E0000–U+E007F, the Arabic signs U+0600–U+0605 and U+06DD…;
 * - every default-ignorable code point (\p{Default_Ignorable_Code_Point}): the Hangul fillers
 *   U+115F, U+1160, U+3164, U+FFA0, the combining grapheme joiner U+034F, the variation selectors,
 *   the Mongolian free variation selectors, reserved ignorables;
 * - the C0 and C1 controls other than tab, line feed and carriage return, the line and paragraph
 *   separators U+2028/U+2029, and the blank Braille pattern U+2800 (a filler that looks like a space).
 *
 * Arabic text legitimately carries some of these: ZWNJ and ZWJ (joining), ALM, LRM and RLM (keeping
 * numbers, Latin names and punctuation in order). They are shown the same way, as a short named
 * marker (as before), so an editor sees where they are; the markers are isolated (CSS
 * `unicode-bidi: isolate`) and carry no bidi or joining effect of their own, which is what makes
 * them harmless. The text itself is not changed: stored text and exports keep the characters.
 *
 * `{{showControls text plain=true}}` gives plain text with markers as "[RLO]", for places that
 * cannot hold markup and only show the text (the page <title>). `{{showControls text references=true}}`
 * keeps the exact text for values a form sends back (hidden inputs, search boxes, links): the
 * characters are written as character references (&#x202E;), which the browser decodes, so none
 * of them stands raw in the page source.
 */
import Handlebars from "handlebars";

const NAMES: Record<string, string> = {
  "\u202A": "LRE", "\u202B": "RLE", "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO",
  "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
  "\u200E": "LRM", "\u200F": "RLM", "\u061C": "ALM",
  "\u200B": "ZWSP", "\u200C": "ZWNJ", "\u200D": "ZWJ", "\u2060": "WJ", "\uFEFF": "ZWNBSP",
  "\u00AD": "SHY", "\u034F": "CGJ", "\u180E": "MVS",
  "\u2061": "FA", "\u2062": "IT", "\u2063": "IS", "\u2064": "IP",
  "\u115F": "HF", "\u1160": "HF", "\u3164": "HF", "\uFFA0": "HF", "\u2800": "BLANK",
  "\u2028": "LS", "\u2029": "PS", "\u{E0001}": "LANG TAG", "\u{E007F}": "CANCEL TAG",
};

/** Every character shown as a marker (see above). */
export const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u2800]/gu;

/** The marker's label: a short name, "VS1"–"VS256", "TAG x" for a tag character, else the code. */
export function controlLabel(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  const named = NAMES[char];
  if (named) return named;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return `VS${cp - 0xfe00 + 1}`;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return `VS${cp - 0xe0100 + 17}`;
  if (cp >= 0xe0020 && cp <= 0xe007e) return `TAG ${String.fromCodePoint(cp - 0xe0000)}`;
  return codeOf(cp);
}

function codeOf(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

export function showControls(text: unknown, options?: { hash?: { plain?: unknown; references?: unknown } }): Handlebars.SafeString {
  const value = String(text ?? "");
  const plain = options?.hash?.plain === true;
  const references = options?.hash?.references === true;
  let out = "";
  let from = 0;
  for (const m of value.matchAll(INVISIBLE)) {
    const at = m.index ?? 0;
    const cp = m[0].codePointAt(0) ?? 0;
    const label = Handlebars.escapeExpression(controlLabel(m[0]));
    out += Handlebars.escapeExpression(value.slice(from, at));
    if (references) out += `&#x${cp.toString(16).toUpperCase()};`;
    else out += plain ? `[${label}]` : `<span class="control" title="U+${codeOf(cp)}">${label}</span>`;
    from = at + m[0].length;
  }
  out += Handlebars.escapeExpression(value.slice(from));
  return new Handlebars.SafeString(out);
}
