/**
 * Cuts paragraphs longer than the limit into several, so that an imported file obeys the same
 * paragraph length as an edit without losing any of its text. A long paragraph is cut at the last
 * sentence end (. ! ? ؟ … ۔ and the like, with any closing quotes or brackets, followed by a space)
 * that leaves a piece within the limit; a sentence that is itself too long is cut at its last space.
 * Only the whitespace at a cut is dropped. A run of more than `limit` characters with no space in it
 * cannot be cut honestly, and the answer names it instead.
 *
 * Lengths and offsets are in UTF-16 code units, as `String.length` counts; a cut is always at a
 * space, so it never splits a surrogate pair or a grapheme.
 */
import { MAX_PARAGRAPH_LENGTH } from "./limits.js";

export type CappedParagraphs =
  | { ok: true; paragraphs: string[] }
  /** `paragraph`: index of the input paragraph; `at`: offset in it where the uncuttable run starts. */
  | { ok: false; paragraph: number; at: number };

// Besides . ! ? and the ellipsis: the Arabic question mark, the Urdu full stop, the doubled marks and the CJK ones.
const SENTENCE_END = new Set([".", "!", "?", "\u061F", "\u2026", "\u06D4", "\u203C", "\u2047", "\u2048", "\u2049", "\u3002", "\uFF01", "\uFF1F"]);
const CLOSERS = new Set(["\"", "'", "\u201D", "\u2019", "\u00BB", "\u203A", ")", "]", "}"]);
// No-break spaces say "do not break here": they are not places to cut.
const NO_BREAK = new Set(["\u00A0", "\u2007", "\u202F"]);

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x85 && /\s/u.test(ch); // the few other Unicode spaces; plain letters stop above
}

function isBreakingSpace(ch: string | undefined): boolean {
  return isSpace(ch) && !NO_BREAK.has(ch ?? "");
}

function endsSentence(text: string, space: number, from: number): boolean {
  let k = space - 1;
  while (k > from && CLOSERS.has(text[k] ?? "")) k--;
  return k >= from && SENTENCE_END.has(text[k] ?? "");
}

/**
 * Where to cut `text` so the piece [from, cut) holds at most `limit` characters: the last sentence
 * end before a space, else the last space; -1 when there is no space to cut at.
 */
function findCut(text: string, from: number, limit: number): number {
  let lastSpace = -1;
  for (let k = Math.min(from + limit, text.length - 1); k > from; k--) {
    if (!isBreakingSpace(text[k])) continue;
    if (lastSpace < 0) lastSpace = k;
    if (endsSentence(text, k, from)) return k;
  }
  return lastSpace;
}

/** One paragraph as pieces within the limit, or the offset of a run that has no space to cut at. */
function cutParagraph(text: string, limit: number): string[] | { at: number } {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > limit) {
    const cut = findCut(text, from, limit);
    if (cut < 0) return { at: from };
    pieces.push(text.slice(from, cut).trimEnd());
    from = cut;
    while (isSpace(text[from])) from++;
  }
  const rest = text.slice(from);
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Every paragraph within `limit` characters, long ones cut into several; input paragraphs are trimmed. */
export function capParagraphLength(paragraphs: readonly string[], limit: number = MAX_PARAGRAPH_LENGTH): CappedParagraphs {
  const out: string[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.length <= limit) {
      out.push(paragraph);
      continue;
    }
    const pieces = cutParagraph(paragraph, limit);
    if (!Array.isArray(pieces)) return { ok: false, paragraph: index, at: pieces.at };
    out.push(...pieces);
  }
  return { ok: true, paragraphs: out };
}
