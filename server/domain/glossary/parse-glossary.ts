/**
 * Glossary TSV: a header line `ar	en	kind	note`, then one entry per line. Columns may come in any
 * order (found by the header); kind and note are optional. Lines without both an Arabic and an
 * English form are reported with their line numbers rather than silently skipped.
 */
import type { GlossaryEntry } from "../../store/types.js";

export class GlossaryFormatError extends Error {
  constructor(readonly lines: number[]) {
    super(`glossary lines without both an Arabic and an English form: ${lines.join(", ")}`);
  }
}

export function parseGlossary(tsv: string): GlossaryEntry[] {
  const lines = tsv.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col("ar") < 0 || col("en") < 0) throw new GlossaryFormatError([1]);
  const entries: GlossaryEntry[] = [];
  const bad: number[] = [];
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === "") return;
    const cells = line.split("\t");
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
    const entry = { ar: get("ar"), en: get("en"), kind: get("kind") || "term", note: get("note") };
    if (!entry.ar || !entry.en) bad.push(k + 2);
    else entries.push(entry);
  });
  if (bad.length > 0) throw new GlossaryFormatError(bad);
  return entries;
}

export function formatGlossary(entries: GlossaryEntry[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/gu, " ");
  return ["ar\ten\tkind\tnote", ...entries.map((e) => [e.ar, e.en, e.kind, e.note].map(clean).join("\t"))].join("\n") + "\n";
}
