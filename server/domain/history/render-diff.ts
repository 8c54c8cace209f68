/**
 * Differences between two versions of a paragraph, as segments to render (kept, inserted,
 * deleted), computed with diff-match-patch at word level: each word (or run of spaces or
 * punctuation) is one token, which reads better for prose than characters, in English and Arabic.
 */
import DiffMatchPatch from "diff-match-patch";

export type DiffSegment = { op: "equal" | "insert" | "delete"; text: string };

const TOKEN = /[\p{L}\p{M}\p{N}'’_-]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

/** Encodes each distinct token as one character, so the diff runs over words. */
function encode(text: string, table: Map<string, string>, tokens: string[]): string {
  let out = "";
  for (const m of text.matchAll(TOKEN)) {
    let code = table.get(m[0]);
    if (code === undefined) {
      code = String.fromCharCode(tokens.length + 0x100);
      table.set(m[0], code);
      tokens.push(m[0]);
    }
    out += code;
  }
  return out;
}

export function diffWords(before: string, after: string): DiffSegment[] {
  const dmp = new DiffMatchPatch();
  // A bound on the time one diff may take (diff-match-patch then returns a coarser diff): a page
  // of history shows up to a hundred of them.
  dmp.Diff_Timeout = 0.05;
  const table = new Map<string, string>();
  const tokens: string[] = [];
  const a = encode(before, table, tokens);
  const b = encode(after, table, tokens);
  const diffs = dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(diffs);
  const segments: DiffSegment[] = [];
  for (const [op, chars] of diffs) {
    const text = Array.from(chars, (c) => tokens[c.charCodeAt(0) - 0x100] ?? "").join("");
    const kind = op === 1 ? "insert" : op === -1 ? "delete" : "equal";
    const last = segments[segments.length - 1];
    if (last && last.op === kind) last.text += text;
    else segments.push({ op: kind, text });
  }
  return segments;
}
