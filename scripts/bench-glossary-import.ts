#!/usr/bin/env node
/**
 * The glossary import at the size of its upload limit: a TSV of N generated lines (distinct Arabic
 * names with Latin spellings, every tenth line a second spelling of an earlier name, every
 * twentieth with its sides swapped) imported into a fresh database that already holds G entries.
 * Prints the time of each run (parse, the rules, the one transaction), the median, and how many
 * lines were stored and refused; the rules must stay linear in the size of the file.
 *
 *   node dist/scripts/bench-glossary-import.js [--lines 100000] [--glossary 10000] [--runs 3]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { importGlossary } from "../server/services/glossary.js";
import { countOption } from "./count-option.js";

const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const LATIN = "abcdefghijklmnopqrstuvwxyz";
/** The k-th name in a script: its digits in base (letters), at least three letters. */
const nameOf = (k: number, letters: string): string => {
  let out = "";
  let n = k + letters.length * letters.length;
  while (n > 0) {
    out = (letters[n % letters.length] ?? "") + out;
    n = Math.floor(n / letters.length);
  }
  return out;
};

function tsvOf(lines: number, offset: number): string {
  const rows = ["ar\ten\tkind\tnote"];
  for (let k = 0; k < lines; k++) {
    const id = offset + k;
    if (k % 20 === 19) rows.push(`${nameOf(id, LATIN)}\t${nameOf(id, ARABIC)}\tterm\tswapped`);
    else if (k % 10 === 9) rows.push(`${nameOf(id - 5, ARABIC)}\tOther ${nameOf(id - 5, LATIN)}\tperson\tsecond spelling`);
    else rows.push(`${nameOf(id, ARABIC)}\tName ${nameOf(id, LATIN)}\tperson\t`);
  }
  return rows.join("\n");
}

const lines = countOption("lines", 100_000);
const existing = countOption("glossary", 10_000);
const runs = countOption("runs", 3);
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-glossary-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  importGlossary(store, tsvOf(existing, 10_000_000), "bench");
  const tsv = tsvOf(lines, 0);
  const started = performance.now();
  const report = importGlossary(store, tsv, "bench");
  const ms = performance.now() - started;
  times.push(ms);
  console.log(`run ${run + 1}: ${lines} lines (${(tsv.length / 1e6).toFixed(1)} MB) into ${store.listGlossary().length - report.added} entries: ${ms.toFixed(0)} ms, stored ${report.stored}, refused ${report.refused.length}`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median: ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms`);
