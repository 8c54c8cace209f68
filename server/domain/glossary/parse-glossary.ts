/**
 * Glossary TSV: a header line `ar	en	kind	note`, then one entry per line. Columns may come in any
 * order (found by the header); kind and note are optional. Lines without both an Arabic and an
 * English form are reported with their line numbers rather than silently skipped.
 *
 * The export is opened in spreadsheets, so its cells follow the exporters' rules (export/escape.ts):
 * control characters removed, and a cell starting with = + - @ defused with a leading apostrophe.
 * Reading a file back undoes that apostrophe, so an export imports as the same glossary.
 */
import type { GlossaryEntry } from "./glossary-entry.js";
import { defuseFormula, removeControlCharacters, restoreFormula } from "../export/escape.js";

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
    const get = (name: string) => (col(name) >= 0 ? restoreFormula((cells[col(name)] ?? "").trim()) : "");
    const entry = { ar: get("ar"), en: get("en"), kind: get("kind") || "term", note: get("note") };
    if (!entry.ar || !entry.en) bad.push(k + 2);
    else entries.push(entry);
  });
  if (bad.length > 0) throw new GlossaryFormatError(bad);
  return entries;
}

export function formatGlossary(entries: GlossaryEntry[]): string {
  // Tabs and line breaks would split the cell or the line: they become one space.
  const clean = (s: string) => defuseFormula(removeControlCharacters(s.replace(/[\t\r\n]+/gu, " ")));
  return ["ar\ten\tkind\tnote", ...entries.map((e) => [e.ar, e.en, e.kind, e.note].map(clean).join("\t"))].join("\n") + "\n";
}
