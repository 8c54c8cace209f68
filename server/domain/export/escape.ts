/**
 * Escaping rules shared by every exporter, in one place so that all formats agree.
 *
 * - Control characters: XML 1.0 forbids C0 controls other than tab, line feed and carriage return,
 *   and U+FFFE/U+FFFF and unpaired surrogates; we also drop the C1 controls (U+007F–U+009F), which
 *   XML allows but discourages and which only ever come from broken encodings. They are removed
 *   from every format (not only XML), so all exports of a corpus carry the same text.
 * - Bidirectional controls (LRM U+200E, RLM U+200F, ALM U+061C, the embeddings and overrides
 *   U+202A–U+202E and the isolates U+2066–U+2069) are KEPT as characters: Arabic news text uses
 *   them to keep numbers, Latin names and punctuation in the right order, and removing them would
 *   change how a translation memory displays the segment. They are legal XML characters and are
 *   written as themselves, not as character references.
 * - XML: & < > are escaped in text; in attributes also " and tab/newline/CR (as character
 *   references, so attribute normalisation does not turn them into spaces); CR in text is written
 *   as &#13; so a parser does not fold it into a newline.
 * - TSV and CSV: RFC 4180 quoting with the file's separator (a field holding the separator, a
 *   double quote, CR or LF is quoted and its quotes doubled); a field starting with = + - @ (or tab
 *   or CR, after OWASP) is prefixed with an apostrophe so a spreadsheet shows it as text instead of
 *   evaluating it as a formula. The glossary TSV (domain/glossary) defuses its cells the same way.
 * - Moses: a line is a unit, so line breaks inside it (CR, LF, NEL, U+2028, U+2029) and the
 *   paragraph joins become single spaces.
 */

// Lone surrogates are matched by the u-flag classes below only when unpaired.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Bidirectional formatting characters, which every exporter keeps (see above). */
export const BIDI_CONTROLS = ["\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"] as const;

/** Removes the control characters no export may carry; keeps tab, LF, CR and bidi controls. */
export function removeControlCharacters(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, "");
}

const XML_TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const XML_ATTRIBUTE: Record<string, string> = { ...XML_TEXT, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** Text content of an XML element. */
export function escapeXmlText(text: string): string {
  return removeControlCharacters(text).replace(/[&<>\r]/gu, (c) => XML_TEXT[c] ?? c);
}

/** An XML attribute value, to be written between double quotes. */
export function escapeXmlAttribute(text: string): string {
  return removeControlCharacters(text).replace(/[&<>"\t\n\r]/gu, (c) => XML_ATTRIBUTE[c] ?? c);
}

const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Defuses a spreadsheet formula: a cell starting with = + - @ (tab, CR) gets a leading apostrophe.
 * Every file meant for spreadsheets uses this (the corpus TSV and CSV, the glossary TSV).
 */
export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const DEFUSED_FORMULA = /^'[=+\-@\t\r]/u;

/** The inverse for files read back in (the glossary import): "'=x" becomes "=x" again. */
export function restoreFormula(cell: string): string {
  return DEFUSED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** One field of a delimited file (TSV or CSV): controls removed, formulas defused, RFC 4180 quoting. */
export function delimitedField(value: string, separator: "\t" | ","): string {
  const cell = defuseFormula(removeControlCharacters(value));
  const needsQuotes = cell.includes(separator) || cell.includes('"') || cell.includes("\n") || cell.includes("\r");
  return needsQuotes ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

/** One Moses line: controls removed, every line break and run of breaks a single space. */
export function mosesLine(paragraphs: string[]): string {
  return removeControlCharacters(paragraphs.join("\n").replace(/[ \t]*[\r\n\u0085\u2028\u2029]+[ \t]*/gu, " "));
}

/** The paragraphs of one side as one text: joined by newlines (the importers split on them). */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join("\n");
}
