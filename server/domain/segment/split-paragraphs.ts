/**
 * Plain text to paragraphs: each non-blank line is one paragraph, trimmed. Carriage returns and
 * form feeds from other systems count as line breaks; a byte-order mark is dropped.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\r|\n|\f|\u2028|\u2029/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
