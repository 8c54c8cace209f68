#!/usr/bin/env node
/**
 * The ignore lists at scale: an accepted-words TSV of N generated lines (English and Arabic words,
 * every tenth line refused: a word in the other language's script) imported into a fresh
 * database; then the sample article checked (services/document-checks.ts, as the background does)
 * with those accepted words and R ignore rules in the check context, against the same check with
 * empty lists: the first check after the lists changed reads them, the next ones reuse them.
 * Prints each run's times and the medians; everything must stay linear in the lists.
 *
 *   node dist/scripts/bench-ignore-lists.js [--words 100000] [--rules 10000] [--runs 3]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { importAcceptedWords } from "../server/services/accepted-words.js";
import { refreshFindings } from "../server/services/document-checks.js";
import { loadSampleCorpus } from "../server/services/load-sample.js";
import { countOption } from "./count-option.js";

const ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const LATIN = "abcdefghijklmnopqrstuvwxyz";
/** The k-th word in a script: its digits in base (letters), at least three letters. */
const wordOf = (k: number, letters: string): string => {
  let out = "";
  let n = k + letters.length * letters.length;
  while (n > 0) {
    out = (letters[n % letters.length] ?? "") + out;
    n = Math.floor(n / letters.length);
  }
  return out;
};

function tsvOf(lines: number): string {
  const rows = ["word\tlang\tkind\tnote"];
  for (let k = 0; k < lines; k++) {
    if (k % 10 === 9) rows.push(`${wordOf(k, ARABIC)}\ten\tword\twrong script`);
    else if (k % 2 === 0) rows.push(`${wordOf(k, LATIN)}\ten\t${k % 4 === 0 ? "name" : "word"}\t`);
    else rows.push(`${wordOf(k, ARABIC)}\tar\tword\t`);
  }
  return rows.join("\n");
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const words = countOption("words", 100_000);
const rules = countOption("rules", 10_000);
const runs = countOption("runs", 3);
const imports: number[] = [];
const plain: number[] = [];
const firstListed: number[] = [];
const listed: number[] = [];
for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-ignore-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  await loadSampleCorpus(store);
  const [document] = store.listDocuments();
  if (!document) throw new Error("the sample corpus did not load");
  const check = (): number => {
    store.db.prepare("UPDATE documents SET findings_version = -1").run();
    const started = performance.now();
    refreshFindings(store, document.id);
    return performance.now() - started;
  };
  check(); // resources loaded once, outside the timings
  plain.push(check());
  const tsv = tsvOf(words);
  const started = performance.now();
  const report = importAcceptedWords(store, tsv, { name: "bench", role: "admin" });
  imports.push(performance.now() - started);
  for (let k = 0; k < rules; k++) store.addIgnoreRule({ checkId: k % 2 === 0 ? "spelling" : "naming-consistency", text: `${wordOf(k, LATIN)} ${k}` }, "bench");
  firstListed.push(check()); // reads the lists (the first document after they changed)
  listed.push(check());
  console.log(
    `run ${run + 1}: import ${words} lines (${(tsv.length / 1e6).toFixed(1)} MB): ${imports.at(-1)!.toFixed(0)} ms, stored ${report.stored}, refused ${report.refused.length}; ` +
      `sample article checked: ${plain.at(-1)!.toFixed(0)} ms with empty lists, ${firstListed.at(-1)!.toFixed(0)} ms (first after the change) and ${listed.at(-1)!.toFixed(0)} ms (next) with ${store.listAcceptedWords().length} accepted words and ${store.listIgnoreRules().length} rules`,
  );
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`median: import ${median(imports).toFixed(0)} ms; check ${median(plain).toFixed(0)} ms with empty lists, ${median(firstListed).toFixed(0)} ms first and ${median(listed).toFixed(0)} ms next with the lists`);
