/**
 * Sentence boundaries inside a paragraph, as [start, end) UTF-16 spans of the original text.
 * English: a full stop, question or exclamation mark followed by space and a capital, digit or
 * opening quote, except after common abbreviations and initials (Mr., U.S., Jan.). Arabic: . ! ?
 * and the Arabic question mark ؟ followed by space (Arabic has no capitals to look for).
 */

const ENGLISH_ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev vs etc inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split(" "),
);

export type Span = { start: number; end: number };

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}

function spansFrom(text: string, cuts: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const span = trimSpan(text, from, cut);
    if (span) spans.push(span);
    from = cut;
  }
  return spans;
}

export function splitEnglishSentences(text: string): Span[] {
  const cuts: number[] = [];
  const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? "").toLowerCase();
    if ((m[1] ?? "") === "." && (ENGLISH_ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    cuts.push(at + (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
  }
  return spansFrom(text, cuts);
}

export function splitArabicSentences(text: string): Span[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/([.!?؟…]+)(["'”’»)\]]*)(\s+)/gu)) {
    const at = m.index ?? 0;
    if ((m[1] ?? "") === "." && /\d$/u.test(text.slice(0, at))) continue; // 3.5 written with a stop
    cuts.push(at + (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
  }
  return spansFrom(text, cuts);
}
