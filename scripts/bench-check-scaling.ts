#!/usr/bin/env node
/**
 * Scaling of the checks on hostile text: for each kind of pathological paragraph (runs of quotation
 * marks, apostrophes, one huge word, a repeated word, a mix of everything, many names, many
 * numbers, text without spaces, many different misspellings) and a realistic one (the sample article's paragraphs run
 * together), a one-pair English/Arabic document of 1K, 10K and 100K characters per edition is
 * checked with every check (no time budget, so that every check runs), and the median of a few
 * runs is printed with the time per 1K characters: a flat last column is linear time. The tests
 * (test/domain/checks/bounded-checks.test.ts) build their documents with the same generators.
 *
 *   node dist/scripts/bench-check-scaling.js [--sizes 1000,10000,100000] [--runs 3] [--kinds quotes,news]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CORPUS_DIR } from "../server/paths.js";
import { runChecksReport } from "../server/domain/checks/run-checks.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import type { CheckDocument } from "../server/domain/checks/types.js";
import { seededRandom } from "./seeded-random.js";

export type TextKind = "quotes" | "apostrophes" | "long-word" | "repeated" | "mixed" | "names" | "numbers" | "no-spaces" | "misspellings" | "news";

export const TEXT_KINDS: readonly TextKind[] = ["quotes", "apostrophes", "long-word", "repeated", "mixed", "names", "numbers", "no-spaces", "misspellings", "news"];

/** `unit` repeated to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Text of `size` characters from pieces picked at random (seeded: the same text on every run). */
function pick(pieces: readonly string[], size: number, seed: number): string {
  const random = seededRandom(seed);
  let text = "";
  while (text.length < size) text += pieces[Math.floor(random() * pieces.length)] ?? "";
  return text.slice(0, size);
}

/** Capitalised words, all different, sharing a handful of consonant skeletons (Ban, Baan, Bani …). */
function names(size: number): string {
  let text = "";
  for (let k = 1; text.length < size; k++) text += `${"BKSM"[k % 4]}${"a".repeat((k % 37) + 1)}n${"i".repeat(Math.floor(k / 37) % 29)} said `;
  return text.slice(0, size);
}

/** Numbers, all different, in Western digits (English) or Arabic-Indic digits (Arabic). */
function numbers(size: number, arabic: boolean): string {
  let text = "";
  for (let k = 1; text.length < size; k++) text += `${(k * 7919) % 1000003} ${k % 5 === 0 ? "May " : ""}`;
  return (arabic ? text.replace(/\d/gu, (d) => String.fromCharCode(0x660 + Number(d))).replace(/May/gu, "أيار") : text).slice(0, size);
}

/** Dictionary words with two letters swapped, many different, between ordinary words: each one is a suggestion search. */
function misspellings(size: number): string {
  const words = "government committee detainees negotiations agreement ceasefire province military opposition humanitarian minister parliament".split(" ");
  const random = seededRandom(10);
  let text = "";
  while (text.length < size) {
    const w = words[Math.floor(random() * words.length)] ?? "agreement";
    const k = 1 + Math.floor(random() * (w.length - 2));
    text += `the ${w.slice(0, k)}${w[k + 1] ?? ""}${w[k] ?? ""}${w.slice(k + 2)} of the `;
  }
  return text.slice(0, size);
}

let sample: { en: string; ar: string } | null = null;

/** The sample article's paragraphs, each edition run together into one paragraph. */
function news(): { en: string; ar: string } {
  if (sample) return sample;
  const dir = join(CORPUS_DIR, "northern-homs-de-escalation");
  sample = {
    en: splitParagraphs(readFileSync(join(dir, "en.txt"), "utf8")).join(" ") + " ",
    ar: splitParagraphs(readFileSync(join(dir, "ar.txt"), "utf8")).join(" ") + " ",
  };
  return sample;
}

/** One paragraph of a kind, English and Arabic, `size` characters each. */
export function pathologicalPair(kind: TextKind, size: number): { en: string; ar: string } {
  switch (kind) {
    case "quotes":
      return {
        en: pick(['"', '"', '"', "“", "”", "«", "»", "(", ")", "[", "}", " ", "a", " said ", ", said Omar ", ": ", ". "], size, 1),
        ar: pick(['"', '"', "«", "»", "«", "(", ")", "]", " ", "ب", " قال ", "، ", ": "], size, 2),
      };
    case "apostrophes":
      return { en: pick(["'", "'", "’", "‘", "don't ", "o'", "rock'n'roll", " ", "'s ", "it’s", "a"], size, 3), ar: pick(["'", "’", "ب", " ", "،"], size, 4) };
    case "long-word":
      return { en: fill("electroencephalographic", size), ar: fill("بتثجحخدذرز", size) };
    case "repeated":
      return { en: fill("the ", size), ar: fill("في ", size) };
    case "mixed":
      return {
        en: pick(['"', "the the ", "1,200 ", "Bin Laden's ", "al-Qaeda ", "((", "« ", "Tuseday ", "recieve ", " \u00a0 ", ",, ", "Khallad ", "x".repeat(50), "It's ", "no his ", "tow side "], size, 5),
        ar: pick(["في في ", "«", "١٢ ", "12 ", "(", "قال ", " ، ", "ـــ", "المدينهo ", "ب".repeat(50), "أيلول "], size, 6),
      };
    case "names":
      return { en: names(size), ar: pick(["بانا ", "بنو ", "كمال ", "بكار ", "سليم "], size, 7) };
    case "numbers":
      return { en: numbers(size, false), ar: numbers(size, true) };
    case "no-spaces":
      return { en: pick(["al-", "Qaeda", "'s", '"', "(", "1,200", ".", ",", "Tuseday", "recieve"], size, 8), ar: pick(["ال", "قاعدة", "«", "١٢", "،", "ـ", "o"], size, 9) };
    case "misspellings":
      return { en: misspellings(size), ar: pick(["في ", "الحكومه ", "اللجنه "], size, 11) };
    case "news":
      return { en: fill(news().en, size), ar: fill(news().ar, size) };
  }
}

/** A one-pair document of a kind: one English and one Arabic paragraph, aligned. */
export function pathologicalDocument(kind: TextKind, size: number): CheckDocument {
  const { en, ar } = pathologicalPair(kind, size);
  return { en: [en], ar: [ar], beads: [{ en: [0], ar: [0] }] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

type Row = { kind: TextKind; size: number; ms: number; findings: number; slowest: string };

/** Times every check on each kind and size (median of `runs`), after one warm-up run that loads the dictionaries. */
export function benchCheckScaling(kinds: readonly TextKind[], sizes: readonly number[], runs: number): Row[] {
  runChecksReport(pathologicalDocument("news", 1000), { budgetMs: Infinity });
  const rows: Row[] = [];
  for (const kind of kinds) {
    for (const size of sizes) {
      const doc = pathologicalDocument(kind, size);
      const times: number[] = [];
      let findings = 0;
      let slowest = { checkId: "", ms: 0 };
      for (let r = 0; r < runs; r++) {
        const started = performance.now();
        const report = runChecksReport(doc, { budgetMs: Infinity });
        times.push(performance.now() - started);
        findings = report.findings.length;
        for (const t of report.timings) if (t.ms > slowest.ms) slowest = t;
      }
      rows.push({ kind, size, ms: median(times), findings, slowest: `${slowest.checkId} ${slowest.ms.toFixed(0)} ms` });
    }
  }
  return rows;
}

export function formatRows(rows: readonly Row[]): string[] {
  const lines = [`${"kind".padEnd(12)}${"chars".padStart(8)}${"ms".padStart(9)}${"ms/1K".padStart(8)}${"findings".padStart(10)}  slowest check (max of runs)`];
  for (const r of rows) {
    lines.push(`${r.kind.padEnd(12)}${String(r.size).padStart(8)}${r.ms.toFixed(0).padStart(9)}${((r.ms * 1000) / r.size).toFixed(2).padStart(8)}${String(r.findings).padStart(10)}  ${r.slowest}`);
  }
  return lines;
}

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] ?? fallback : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = arg("sizes", "1000,10000,100000").split(",").map(Number);
  const runs = Number(arg("runs", "3"));
  const kinds = arg("kinds", TEXT_KINDS.join(",")).split(",").filter((k): k is TextKind => (TEXT_KINDS as readonly string[]).includes(k));
  process.stdout.write(`Characters per edition (one English and one Arabic paragraph, paired); median of ${runs} runs.\n`);
  for (const line of formatRows(benchCheckScaling(kinds, sizes, runs))) process.stdout.write(`${line}\n`);
}
