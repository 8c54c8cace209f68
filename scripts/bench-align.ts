#!/usr/bin/env node
/**
 * Benchmark for the paragraph aligner. It answers two questions a user asks before trusting mizan
 * with a large archive: is it at least as fast as the Gale–Church baseline on the development set
 * (timed as a user sees it, process start-up and dictionary loading included), and does it keep
 * up with a big batch (10,000 articles of 30 paragraphs) in bounded time and memory? The batch is
 * generated deterministically from the development set's clean parallel paragraphs, edited the way
 * real editions differ (merges, splits, drops, one-sided lines), so the aligner does real work and
 * its link accuracy against the generated gold shows that it did. It is a benchmark, not a test:
 * it prints PASS/FAIL against the targets and always exits 0.
 *
 * Usage: node dist/scripts/bench-align.js [--eval DIR] [--docs N] [--paragraphs P] [--json FILE]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { alignUnits } from "../server/domain/align/align-units.js";
import { loadFreedict } from "../server/services/freedict.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import type { Bead } from "../server/domain/align/types.js";
import { seededRandom, type Random } from "./seeded-random.js";

const DEFAULT_EVAL = "../shared/eval";
const DEFAULT_DOCS = 10_000;
const DEFAULT_PARAGRAPHS = 30;
const SEED = 0x6d697a61; // "miza"
const MEMORY_SAMPLE_EVERY = 100;

/** Targets the README promises. */
const TARGET_DOCS = 10_000;
const TARGET_PARAGRAPHS = 30;
const TARGET_SECONDS = 60;
const TARGET_RSS_MB = 500;

/** Edit rates per paragraph, close to the development set's `mixed` kind. */
const EDIT_RATES = { merge: 0.06, split: 0.06, drop: 0.04, insertAr: 0.04, insertEn: 0.015 };

type Settings = { evalDir: string; docs: number; paragraphs: number; jsonFile: string | null };
type Pair = { en: string; ar: string };
type Doc = { en: string[]; ar: string[]; gold: Bead[] };
type Rng = Random;

type DevSpeed = { cases: number; galeChurchSeconds: number; mizanSeconds: number; ratio: number };
type DevResult = { skipped: string } | DevSpeed;

type Throughput = {
  textSource: "dev-set" | "synthetic";
  poolPairs: number;
  lexicon: boolean;
  lexiconLoadSeconds: number;
  documents: number;
  enParagraphs: number;
  arParagraphs: number;
  alignSeconds: number;
  generateSeconds: number;
  totalSeconds: number;
  docsPerSecondAlign: number;
  docsPerSecondTotal: number;
  peakSampledRssMb: number;
  maxRssMb: number;
  linksGold: number;
  linksPredicted: number;
  linksCorrect: number;
};

type Target = { name: string; verdict: "PASS" | "FAIL" | "SKIP"; detail: string };

// ---------------------------------------------------------------------------------------------
// Arguments

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

/** The eval folder as given; the default is also looked up next to the repository when absent. */
function resolveEvalDir(given: string | undefined): string {
  if (given !== undefined) return resolve(given);
  const fromCwd = resolve(DEFAULT_EVAL);
  if (existsSync(fromCwd)) return fromCwd;
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const fromRepo = resolve(repoRoot, DEFAULT_EVAL);
  return existsSync(fromRepo) ? fromRepo : fromCwd;
}

function parseSettings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      eval: { type: "string" },
      docs: { type: "string" },
      paragraphs: { type: "string" },
      json: { type: "string" },
    },
    strict: true,
  });
  return {
    evalDir: resolveEvalDir(values.eval),
    docs: positiveInt(values.docs, DEFAULT_DOCS, "docs"),
    paragraphs: positiveInt(values.paragraphs, DEFAULT_PARAGRAPHS, "paragraphs"),
    jsonFile: values.json ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Part 1: development-set speed, both tools as child processes

function timeCommand(command: string, args: string[]): { seconds: number; ok: boolean; message: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const ok = result.error === undefined && result.status === 0;
  const message = result.error ? result.error.message : (result.stderr || result.stdout || `exit ${String(result.status)}`).trim();
  return { seconds, ok, message };
}

function countCases(casesDir: string): number {
  return readdirSync(casesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(casesDir, d.name, "en.txt"))).length;
}

function benchDevSet(evalDir: string): DevResult {
  const casesDir = join(evalDir, "cases");
  const galeChurch = join(evalDir, "gale_church.py");
  if (!existsSync(casesDir) || !existsSync(galeChurch)) return { skipped: `no ${casesDir} or ${galeChurch}` };
  const mizanCli = fileURLToPath(new URL("./mizan.js", import.meta.url));
  if (!existsSync(mizanCli)) return { skipped: `no ${mizanCli} (build first: npx tsc -p .)` };
  const tmp = mkdtempSync(join(tmpdir(), "mizan-bench-"));
  try {
    const gc = timeCommand("python3", [galeChurch, casesDir, join(tmp, "gale-church")]);
    if (!gc.ok) return { skipped: `gale_church.py failed: ${gc.message}` };
    const mz = timeCommand(process.execPath, [mizanCli, "align", "--cases", casesDir, "--out", join(tmp, "mizan")]);
    if (!mz.ok) return { skipped: `mizan align --cases failed: ${mz.message}` };
    return { cases: countCases(casesDir), galeChurchSeconds: gc.seconds, mizanSeconds: mz.seconds, ratio: mz.seconds / gc.seconds };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: generated documents

function randInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[randInt(rng, items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Parallel paragraph pairs from the dev set's `__clean` cases (1–1 aligned line by line). */
function loadCleanPool(evalDir: string): Pair[] {
  const casesDir = join(evalDir, "cases");
  if (!existsSync(casesDir)) return [];
  const pool: Pair[] = [];
  for (const name of readdirSync(casesDir).filter((n) => n.endsWith("__clean")).sort()) {
    const enFile = join(casesDir, name, "en.txt");
    const arFile = join(casesDir, name, "ar.txt");
    if (!existsSync(enFile) || !existsSync(arFile)) continue;
    const en = splitParagraphs(readFileSync(enFile, "utf8"));
    const ar = splitParagraphs(readFileSync(arFile, "utf8"));
    if (en.length !== ar.length) continue;
    en.forEach((e, i) => pool.push({ en: e, ar: ar[i] ?? "" }));
  }
  return pool;
}

const EN_WORDS = [
  "government", "minister", "said", "police", "city", "report", "people", "president", "election", "court",
  "officials", "attack", "water", "market", "company", "prices", "school", "hospital", "border", "talks",
  "agreement", "army", "week", "year", "country", "security", "oil", "workers", "protest", "council",
];
const AR_WORDS = [
  "الحكومة", "الوزير", "قال", "الشرطة", "المدينة", "تقرير", "الناس", "الرئيس", "الانتخابات", "المحكمة",
  "المسؤولون", "هجوم", "المياه", "السوق", "شركة", "الأسعار", "المدرسة", "المستشفى", "الحدود", "محادثات",
  "اتفاق", "الجيش", "أسبوع", "عام", "البلد", "الأمن", "النفط", "العمال", "احتجاج", "المجلس",
];

/** One synthetic sentence pair sharing a number, when the dev set is not available. */
function syntheticSentence(rng: Rng): Pair {
  const length = 8 + randInt(rng, 14);
  const number = String(1 + randInt(rng, 2000));
  const en: string[] = [];
  const ar: string[] = [];
  for (let k = 0; k < length; k++) {
    const w = randInt(rng, EN_WORDS.length);
    en.push(EN_WORDS[w] ?? "the");
    if (rng() < 0.9) ar.push(AR_WORDS[w] ?? "في");
  }
  const at = randInt(rng, length);
  en.splice(at, 0, number);
  ar.splice(Math.min(at, ar.length), 0, number);
  return { en: `${en.join(" ")}.`, ar: `${ar.join(" ")}.` };
}

function syntheticPool(rng: Rng, size: number): Pair[] {
  const pool: Pair[] = [];
  for (let i = 0; i < size; i++) {
    const sentences = Array.from({ length: 1 + randInt(rng, 3) }, () => syntheticSentence(rng));
    pool.push({ en: sentences.map((s) => s.en).join(" "), ar: sentences.map((s) => s.ar).join(" ") });
  }
  return pool;
}

const AR_EXTRA_LINES = ["اقرأ أيضاً", "الصورة: رويترز", "تابعونا على تويتر", "اشترك في نشرتنا البريدية", "إعلان", "شارك هذا المقال"];
const EN_EXTRA_LINES = ["Read more", "Photo: Reuters", "Follow us on Twitter", "Subscribe to our newsletter", "Advertisement", "Share this article"];

/** P pairs from the pool: a consecutive run (wrapping) half the time, random pairs otherwise. */
function drawPairs(rng: Rng, pool: readonly Pair[], count: number): Pair[] {
  if (rng() < 0.5) {
    const start = randInt(rng, pool.length);
    return Array.from({ length: count }, (_, k) => pool[(start + k) % pool.length] ?? { en: "", ar: "" });
  }
  return Array.from({ length: count }, () => pick(rng, pool));
}

/** The offsets just after ". " inside a paragraph, where it can be cut into two sentences. */
function sentenceCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let at = text.indexOf(". "); at !== -1; at = text.indexOf(". ", at + 1)) {
    const left = text.slice(0, at + 1).trim();
    const right = text.slice(at + 2).trim();
    if (left.length > 0 && right.length > 0) cuts.push(at + 1);
  }
  return cuts;
}

type Edit = keyof typeof EDIT_RATES | "none";

/** Which edit a paragraph gets, by the rates above (at most one). */
function chooseEdit(rng: Rng): Edit {
  let r = rng();
  for (const [edit, rate] of Object.entries(EDIT_RATES) as [keyof typeof EDIT_RATES, number][]) {
    if (r < rate) return edit;
    r -= rate;
  }
  return "none";
}

/**
 * Builds one document from parallel pairs, editing the Arabic side (and rarely adding an English
 * line) as real editions differ, and records the gold beads. The first paragraph (the headline)
 * is never edited, and an edited paragraph is followed by an untouched one, so the gold stays
 * unambiguous.
 */
function editDocument(rng: Rng, pairs: readonly Pair[]): Doc {
  const doc: Doc = { en: [], ar: [], gold: [] };
  const addEn = (text: string): number => doc.en.push(text) - 1;
  const addAr = (text: string): number => doc.ar.push(text) - 1;
  const addPlain = (pair: Pair): void => {
    doc.gold.push({ en: [addEn(pair.en)], ar: [addAr(pair.ar)] });
  };
  let i = 0;
  while (i < pairs.length) {
    const pair = pairs[i];
    if (pair === undefined) break;
    const next = pairs[i + 1];
    const edit = i === 0 ? "none" : chooseEdit(rng);
    const cuts = edit === "split" ? sentenceCuts(pair.ar) : [];
    if (edit === "merge" && next !== undefined) {
      const e0 = addEn(pair.en);
      const e1 = addEn(next.en);
      doc.gold.push({ en: [e0, e1], ar: [addAr(`${pair.ar} ${next.ar}`)] });
      i += 2;
    } else if (edit === "split" && cuts.length > 0) {
      const cut = pick(rng, cuts);
      const e = addEn(pair.en);
      const a0 = addAr(pair.ar.slice(0, cut).trim());
      const a1 = addAr(pair.ar.slice(cut).trim());
      doc.gold.push({ en: [e], ar: [a0, a1] });
      i += 1;
    } else if (edit === "drop") {
      doc.gold.push({ en: [addEn(pair.en)], ar: [] });
      i += 1;
    } else if (edit === "insertAr") {
      doc.gold.push({ en: [], ar: [addAr(pick(rng, AR_EXTRA_LINES))] });
      addPlain(pair);
      i += 1;
    } else if (edit === "insertEn") {
      doc.gold.push({ en: [addEn(pick(rng, EN_EXTRA_LINES))], ar: [] });
      addPlain(pair);
      i += 1;
    } else {
      addPlain(pair);
      i += 1;
      continue;
    }
    // After an edit, one untouched 1–1 pair.
    const plain = pairs[i];
    if (plain !== undefined) {
      addPlain(plain);
      i += 1;
    }
  }
  return doc;
}

/** Documents one at a time, so memory reflects the aligner and not the generator. */
function* generateDocuments(seed: number, pool: readonly Pair[], docs: number, paragraphs: number): Generator<Doc> {
  const rng = seededRandom(seed);
  for (let d = 0; d < docs; d++) yield editDocument(rng, drawPairs(rng, pool, paragraphs));
}

function linkSet(beads: readonly Bead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) for (const i of b.en) for (const j of b.ar) out.add(`${i}:${j}`);
  return out;
}

function compareLinks(predicted: readonly Bead[], gold: readonly Bead[]): { gold: number; predicted: number; correct: number } {
  const p = linkSet(predicted);
  const g = linkSet(gold);
  let correct = 0;
  for (const link of p) if (g.has(link)) correct++;
  return { gold: g.size, predicted: p.size, correct };
}

const MB = 1024 * 1024;

function benchThroughput(settings: Settings): Throughput {
  const started = performance.now();
  const devPool = loadCleanPool(settings.evalDir);
  const textSource = devPool.length > 0 ? "dev-set" : "synthetic";
  const pool = devPool.length > 0 ? devPool : syntheticPool(seededRandom(SEED ^ 0x5eed), 400);

  const lexiconStarted = performance.now();
  const lexicon = loadFreedict();
  const lexiconLoadSeconds = (performance.now() - lexiconStarted) / 1000;

  let alignMs = 0;
  let generateMs = 0;
  let documents = 0;
  let enParagraphs = 0;
  let arParagraphs = 0;
  let peakRss = process.memoryUsage().rss;
  const links = { gold: 0, predicted: 0, correct: 0 };
  const docs = generateDocuments(SEED, pool, settings.docs, settings.paragraphs);
  for (;;) {
    const g0 = performance.now();
    const next = docs.next();
    generateMs += performance.now() - g0;
    if (next.done) break;
    const doc = next.value;
    const a0 = performance.now();
    const { beads } = alignUnits(doc.en, doc.ar, { lexicon });
    alignMs += performance.now() - a0;
    const c = compareLinks(beads, doc.gold);
    links.gold += c.gold;
    links.predicted += c.predicted;
    links.correct += c.correct;
    documents++;
    enParagraphs += doc.en.length;
    arParagraphs += doc.ar.length;
    if (documents % MEMORY_SAMPLE_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const totalSeconds = (performance.now() - started) / 1000;
  const alignSeconds = alignMs / 1000;
  return {
    textSource, poolPairs: pool.length, lexicon: lexicon !== null, lexiconLoadSeconds,
    documents, enParagraphs, arParagraphs,
    alignSeconds, generateSeconds: generateMs / 1000, totalSeconds,
    docsPerSecondAlign: documents / Math.max(alignSeconds, 1e-9),
    docsPerSecondTotal: documents / Math.max(totalSeconds, 1e-9),
    peakSampledRssMb: peakRss / MB,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    linksGold: links.gold, linksPredicted: links.predicted, linksCorrect: links.correct,
  };
}

// ---------------------------------------------------------------------------------------------
// Part 3: targets and report

function isDevSpeed(dev: DevResult): dev is DevSpeed {
  return !("skipped" in dev);
}

function devTarget(dev: DevResult): Target {
  const name = "dev set faster than Gale–Church";
  if (!isDevSpeed(dev)) return { name, verdict: "SKIP", detail: dev.skipped };
  return {
    name,
    verdict: dev.mizanSeconds < dev.galeChurchSeconds ? "PASS" : "FAIL",
    detail: `mizan ${dev.mizanSeconds.toFixed(2)} s vs Gale–Church ${dev.galeChurchSeconds.toFixed(2)} s`,
  };
}

/** Judged on the whole throughput phase (lexicon, generation, alignment); projected by document count when --docs differs. */
function timeTarget(t: Throughput, settings: Settings): Target {
  const name = `${TARGET_DOCS.toLocaleString("en")} × ${TARGET_PARAGRAPHS} under ${TARGET_SECONDS} s`;
  if (settings.paragraphs !== TARGET_PARAGRAPHS) return { name, verdict: "SKIP", detail: `needs --paragraphs ${TARGET_PARAGRAPHS}` };
  if (settings.docs === TARGET_DOCS) {
    return { name, verdict: t.totalSeconds < TARGET_SECONDS ? "PASS" : "FAIL", detail: `${t.totalSeconds.toFixed(1)} s measured` };
  }
  const projected = t.lexiconLoadSeconds + ((t.totalSeconds - t.lexiconLoadSeconds) * TARGET_DOCS) / Math.max(t.documents, 1);
  return {
    name,
    verdict: projected < TARGET_SECONDS ? "PASS" : "FAIL",
    detail: `${projected.toFixed(1)} s projected from ${t.documents} documents`,
  };
}

function memoryTarget(t: Throughput): Target {
  const peak = Math.max(t.maxRssMb, t.peakSampledRssMb);
  return { name: `peak RSS under ${TARGET_RSS_MB} MB`, verdict: peak < TARGET_RSS_MB ? "PASS" : "FAIL", detail: `${peak.toFixed(0)} MB` };
}

/** One labelled line of the report, values in one column. */
function row(label: string, value: string): void {
  console.log(`   ${label.padEnd(32)} ${value}`);
}

function printDev(dev: DevResult, evalDir: string): void {
  console.log(`1. Development set: ${evalDir}`);
  if (!isDevSpeed(dev)) {
    console.log(`   skipped: ${dev.skipped}`);
    return;
  }
  row("cases", String(dev.cases));
  row("Gale–Church (python3)", `${dev.galeChurchSeconds.toFixed(2)} s wall`);
  row("mizan align --cases (node)", `${dev.mizanSeconds.toFixed(2)} s wall (start-up and lexicon included)`);
  row("ratio mizan / Gale–Church", `${dev.ratio.toFixed(2)}×`);
}

function printThroughput(t: Throughput, settings: Settings): void {
  const pct = (a: number, b: number): string => (b > 0 ? ((100 * a) / b).toFixed(1) : "n/a");
  console.log(`2. Throughput: ${settings.docs} generated documents × ${settings.paragraphs} paragraphs`);
  row("text source", `${t.textSource} (${t.poolPairs} parallel paragraph pairs)`);
  row("lexicon", `${t.lexicon ? "FreeDict eng-ara" : "none (dict-freedict-eng-ara not installed)"}, loaded in ${t.lexiconLoadSeconds.toFixed(2)} s`);
  row("documents", String(t.documents));
  row("paragraphs", `${t.enParagraphs} English + ${t.arParagraphs} Arabic = ${t.enParagraphs + t.arParagraphs}`);
  row("alignment wall", `${t.alignSeconds.toFixed(2)} s (${t.docsPerSecondAlign.toFixed(0)} documents/s)`);
  row("generation wall", `${t.generateSeconds.toFixed(2)} s`);
  row("total wall", `${t.totalSeconds.toFixed(2)} s (${t.docsPerSecondTotal.toFixed(0)} documents/s; lexicon, generation, alignment, scoring)`);
  row(`peak RSS (sampled every ${MEMORY_SAMPLE_EVERY})`, `${t.peakSampledRssMb.toFixed(0)} MB`);
  row("maxRSS (resourceUsage)", `${t.maxRssMb.toFixed(0)} MB`);
  row("links correct / gold", `${t.linksCorrect} / ${t.linksGold} = ${pct(t.linksCorrect, t.linksGold)}% (precision ${pct(t.linksCorrect, t.linksPredicted)}%)`);
}

function printTargets(targets: readonly Target[]): void {
  console.log("3. Targets");
  for (const t of targets) console.log(`   ${t.verdict.padEnd(4)}  ${t.name.padEnd(36)} ${t.detail}`);
}

function main(): void {
  const settings = parseSettings(process.argv.slice(2));
  console.log(`mizan aligner benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  console.log("");
  const dev = benchDevSet(settings.evalDir);
  printDev(dev, settings.evalDir);
  console.log("");
  const throughput = benchThroughput(settings);
  printThroughput(throughput, settings);
  console.log("");
  const targets = [devTarget(dev), timeTarget(throughput, settings), memoryTarget(throughput)];
  printTargets(targets);
  if (settings.jsonFile !== null) {
    const report = { settings, node: process.version, devSet: dev, throughput, targets };
    writeFileSync(settings.jsonFile, JSON.stringify(report, null, 2) + "\n");
    console.log("");
    console.log(`figures written to ${settings.jsonFile}`);
  }
}

try {
  main();
} catch (error: unknown) {
  console.error(`bench-align: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
