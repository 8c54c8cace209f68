/**
 * An occurrence of a bulk replacement in context, for its preview: the words before it, the text
 * it replaces, its replacement and the words after, each a plain string (the page escapes them and
 * marks the changed span itself; nothing here is markup). The context is cut to about `width`
 * characters on each side, at a space when there is one, and says where it was cut.
 *
 * Offsets are UTF-16 indices into `text` (as findings store them): the span is text[start, end).
 */

export type OccurrenceContext = { before: string; was: string; now: string; after: string; cutBefore: boolean; cutAfter: boolean };

export function occurrenceContext(text: string, start: number, end: number, replacement: string, width = 60): OccurrenceContext {
  let from = Math.max(0, start - width);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, end + width);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  // Never cut a surrogate pair in two.
  if (from > 0 && /[\uDC00-\uDFFF]/u.test(text[from] ?? "")) from--;
  if (to < text.length && /[\uDC00-\uDFFF]/u.test(text[to] ?? "")) to++;
  return { before: text.slice(from, start), was: text.slice(start, end), now: replacement, after: text.slice(end, to), cutBefore: from > 0, cutAfter: to < text.length };
}
