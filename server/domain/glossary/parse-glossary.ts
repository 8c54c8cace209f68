/**
 * Glossary TSV: a header line `ar	en	kind	note`, then one entry per line. Columns may come in any
 * order (found by the header); kind, note and variant_of (the approved spelling a known variant
 * points to) are optional. readGlossaryLines keeps each entry's line number and refuses, by line,
 * those without both forms, so an import can report them and keep the rest; parseGlossary (the
 * sample corpus, the command line) wants every line good. The export writes variant_of only when
 * the glossary has variants.
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

/** The entries of a TSV with their line numbers (1 is the header), and the lines without both forms. */
export type GlossaryLines = { entries: { line: number; entry: GlossaryEntry }[]; incomplete: number[] };

/** Every non-blank line after the header, as an entry or as an incomplete line; a header without ar and en throws. */
export function readGlossaryLines(tsv: string): GlossaryLines {
  const lines = tsv.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col("ar") < 0 || col("en") < 0) throw new GlossaryFormatError([1]);
  const result: GlossaryLines = { entries: [], incomplete: [] };
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === "") return;
    const cells = line.split("\t");
    const get = (name: string) => (col(name) >= 0 ? restoreFormula((cells[col(name)] ?? "").trim()) : "");
    const entry: GlossaryEntry = { ar: get("ar"), en: get("en"), kind: get("kind") || "term", note: get("note") };
    const variantOf = get("variant_of");
    if (variantOf) entry.variantOf = variantOf;
    if (!entry.ar || !entry.en) result.incomplete.push(k + 2);
    else result.entries.push({ line: k + 2, entry });
  });
  return result;
}

export function parseGlossary(tsv: string): GlossaryEntry[] {
  const { entries, incomplete } = readGlossaryLines(tsv);
  if (incomplete.length > 0) throw new GlossaryFormatError(incomplete);
  return entries.map((e) => e.entry);
}

export function formatGlossary(entries: GlossaryEntry[]): string {
  // Tabs and line breaks would split the cell or the line: they become one space.
  const clean = (s: string) => defuseFormula(removeControlCharacters(s.replace(/[\t\r\n]+/gu, " ")));
  if (!entries.some((e) => e.variantOf)) return ["ar\ten\tkind\tnote", ...entries.map((e) => [e.ar, e.en, e.kind, e.note].map(clean).join("\t"))].join("\n") + "\n";
  const rows = entries.map((e) => [e.ar, e.en, e.kind, e.note, e.variantOf ?? ""].map(clean).join("\t"));
  return ["ar\ten\tkind\tnote\tvariant_of", ...rows].join("\n") + "\n";
}
