/**
 * A finding in its context for the findings grid: the sentence it is in, split around its span
 * (before, the span, after), each a plain string (the page escapes them and marks the span itself;
 * nothing here is markup). The grid reads only a window of the paragraph around the span
 * (store/findings-grid-repository.ts), so the sentence is looked for inside that window and cut
 * to about `width` characters each side (at a space when there is one), saying where it was cut.
 *
 * Offsets: `start`/`end` are the finding's UTF-16 offsets in its paragraph; `window` is the
 * paragraph from `offset` on. When the window does not hold `excerpt` at the span (the paragraph
 * changed since the finding was computed), there is no context: null, and the grid shows the
 * excerpt alone.
 */
import { splitArabicSentences, splitEnglishSentences } from "../segment/split-sentences.js";

export type FindingContext = { before: string; span: string; after: string; cutBefore: boolean; cutAfter: boolean };

export function findingContext(
  window: { text: string; offset: number; length: number }, side: "en" | "ar", start: number, end: number, excerpt: string, width = 120,
): FindingContext | null {
  const s = start - window.offset;
  const e = end - window.offset;
  if (s < 0 || e < s || e > window.text.length || window.text.slice(s, e) !== excerpt) return null;
  const sentences = (side === "ar" ? splitArabicSentences : splitEnglishSentences)(window.text);
  // The sentence (or run of sentences) that holds the span; the whole window when none is found.
  const first = sentences.find((x) => x.end > s) ?? { start: 0, end: window.text.length };
  const last = [...sentences].reverse().find((x) => x.start < Math.max(e, s + 1)) ?? first;
  let from = Math.min(first.start, s);
  let to = Math.max(last.end, e);
  let cutBefore = from === 0 && window.offset > 0;
  let cutAfter = to === window.text.length && window.offset + window.text.length < window.length;
  if (s - from > width) {
    from = s - width;
    const space = window.text.indexOf(" ", from);
    if (space >= 0 && space < s) from = space + 1;
    cutBefore = true;
  }
  if (to - e > width) {
    to = e + width;
    const space = window.text.lastIndexOf(" ", to);
    if (space > e) to = space;
    cutAfter = true;
  }
  // Never cut a surrogate pair in two.
  if (from > 0 && /[\uDC00-\uDFFF]/u.test(window.text[from] ?? "")) from--;
  if (to < window.text.length && /[\uDC00-\uDFFF]/u.test(window.text[to] ?? "")) to++;
  return { before: window.text.slice(from, s), span: window.text.slice(s, e), after: window.text.slice(e, to), cutBefore, cutAfter };
}

/** A paragraph's start shortened for a grid cell: at most `limit` characters, cut at a space, with "…" when cut. */
export function shortenText(text: string, wholeLength: number, limit = 200): string {
  if (text.length <= limit && wholeLength <= text.length) return text;
  let cut = Math.min(limit, text.length);
  const space = text.lastIndexOf(" ", cut);
  if (space > limit / 2) cut = space;
  if (/[\uDC00-\uDFFF]/u.test(text[cut] ?? "")) cut--;
  return `${text.slice(0, cut)}…`;
}
