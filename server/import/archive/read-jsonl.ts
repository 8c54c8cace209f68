/**
 * A JSON-lines archive: one article per line, `{"id","date","title","url","html"|"text"}`. The
 * html goes through the HTML reader, the text is split into paragraphs as a .txt import is (a
 * paragraph per line), both by read-edition.ts. The file is cut into lines on its bytes and each
 * line decoded and parsed alone, so a 500 MB file is never one string, and a broken line is one
 * error for that line (`<file>:<line>`) while the rest is read. Also the line reader of listings.
 */
import { ArchiveCollector, MAX_ARTICLE_BYTES, type ArchiveRead, type Side } from "./archive-article.js";

/** One line of a JSON-lines file: its value, or why it has none. */
export type JsonLine = { line: number; value: unknown } | { line: number; problem: "not-json" | "too-large" | "encoding" };

/** The non-blank lines of a JSON-lines file, parsed one at a time; a line longer than an article is not parsed. */
export function* jsonLines(bytes: Uint8Array, maxLineBytes = MAX_ARTICLE_BYTES): Generator<JsonLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const span = bytes.subarray(start, end);
    start = end + 1;
    if (span.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    if (span.length > maxLineBytes) {
      yield { line, problem: "too-large" };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(span);
    } catch {
      yield { line, problem: "encoding" };
      continue;
    }
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch {
      yield { line, problem: "not-json" };
    }
  }
}

export async function readJsonLines(bytes: Uint8Array, name: string, side: Side, today = new Date()): Promise<ArchiveRead> {
  const collector = new ArchiveCollector(side, name, today);
  for (const entry of jsonLines(bytes)) {
    const where = `${name}:${entry.line}`;
    if ("problem" in entry) {
      collector.fail(where, entry.problem, entry.problem === "too-large" ? { limit: MAX_ARTICLE_BYTES } : {});
      continue;
    }
    const record = (typeof entry.value === "object" && entry.value !== null ? entry.value : {}) as Record<string, unknown>;
    const meta = collector.checkMeta(record, where);
    if (!meta) continue;
    const { html, text } = record;
    if (typeof html === "string") await collector.add(meta, { name: `${meta.id}.html`, bytes: Buffer.from(html, "utf8"), headlineFirst: false, label: where });
    else if (typeof text === "string") await collector.add(meta, { name: `${meta.id}.txt`, bytes: Buffer.from(text, "utf8"), headlineFirst: false, label: where });
    else collector.fail(where, "no-body", { id: meta.id });
  }
  return collector.result("jsonl");
}
