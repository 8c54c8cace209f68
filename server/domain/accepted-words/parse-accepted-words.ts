/**
 * Accepted words as TSV: a header line naming the columns `word`, `lang`, `kind`, `note` (any order;
 * kind and note optional), then one entry per line. readAcceptedWordLines judges every line by the
 * rules (accepted-word-rules.ts) and keeps its number, so an import stores the good lines and
 * reports each refused one with its reason; a second line with the same word and language as an
 * earlier one is refused as a repeat.
 *
 * The export is opened in spreadsheets, so its cells follow the exporters' rules (export/escape.ts):
 * control characters removed, a cell starting with = + - @ defused with a leading apostrophe, which
 * reading the file back undoes, so an export imports as the same list.
 */
import type { AcceptedWord } from "../checks/types.js";
import { matchingKey } from "../checks/ignore-rules.js";
import { defuseFormula, removeControlCharacters, restoreFormula } from "../export/escape.js";
import { acceptedWordRefusal, asAcceptedWord, readAcceptedWord, type AcceptedWordRefusal } from "./accepted-word-rules.js";

export type RefusedAcceptedLine = { line: number; key: AcceptedWordRefusal["key"] | "acceptedWords.refused.repeated"; params: Record<string, string> };
export type AcceptedWordLines = { entries: { line: number; entry: AcceptedWord }[]; refused: RefusedAcceptedLine[] };

export class AcceptedWordsFormatError extends Error {
  constructor() {
    super("accepted words TSV: the first line must name the columns word and lang");
    this.name = "AcceptedWordsFormatError";
  }
}

/** Every non-blank line after the header, accepted or refused with its reason; a header without word and lang throws. */
export function readAcceptedWordLines(tsv: string): AcceptedWordLines {
  const lines = tsv.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col("word") < 0 || col("lang") < 0) throw new AcceptedWordsFormatError();
  const result: AcceptedWordLines = { entries: [], refused: [] };
  const seen = new Set<string>();
  lines.slice(1).forEach((text, k) => {
    if (text.trim() === "") return;
    const line = k + 2;
    const cells = text.split("\t");
    const get = (name: string) => (col(name) >= 0 ? restoreFormula((cells[col(name)] ?? "").trim()) : "");
    const entry = readAcceptedWord({ word: get("word"), lang: get("lang"), kind: get("kind"), note: get("note") });
    const refusal = acceptedWordRefusal(entry);
    if (refusal) {
      result.refused.push({ line, ...refusal });
      return;
    }
    const key = `${entry.lang}|${matchingKey(entry.word)}`;
    if (seen.has(key)) {
      result.refused.push({ line, key: "acceptedWords.refused.repeated", params: { word: entry.word } });
      return;
    }
    seen.add(key);
    result.entries.push({ line, entry: asAcceptedWord(entry) });
  });
  return result;
}

/** The list as TSV with its header, safe to open in a spreadsheet. */
export function formatAcceptedWords(words: readonly AcceptedWord[]): string {
  const clean = (s: string) => defuseFormula(removeControlCharacters(s.replace(/[\t\r\n]+/gu, " ")));
  return ["word\tlang\tkind\tnote", ...words.map((w) => [w.word, w.lang, w.kind, w.note].map(clean).join("\t"))].join("\n") + "\n";
}
