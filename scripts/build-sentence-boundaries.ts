#!/usr/bin/env node
/**
 * Builds corpus/sentence-boundaries/ntrex-paragraphs.jsonl, the paragraphs whose sentence
 * boundaries are known that scripts/measure-sentence-splitter.ts scores our splitters on.
 *
 * NTREX-128 is aligned sentence by sentence: line k of the English source and of the Arabic
 * reference is one sentence of one document (DOCUMENT_IDS.tsv names it). For every document that
 * neither development set uses (../shared/eval/cases/manifest.json, ../shared/eval-pairing/
 * manifest.json), so that no check was tuned on it, the headline (its first line) is left out and
 * the sentences after it are grouped into paragraphs of 1–4 consecutive sentences (seeded, so every
 * run gives the same file); each paragraph is written once per language, with its sentences:
 * `{"doc","lang","sentences":[...]}`. The input files are checked against the SHA-256 sums of
 * NTREX commit 8561f6a6, the one the development sets were built from.
 *
 *   node dist/scripts/build-sentence-boundaries.js NTREX_DIR [--shared DIR] [--out FILE]
 *
 * NTREX_DIR is a checkout of github.com/MicrosoftTranslator/NTREX, or its git directory (the
 * files are then read from HEAD with `git show`).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { seededRandom, type Random } from "./seeded-random.js";
import { ROOT } from "../server/paths.js";

const INPUT_SHA256: Record<string, string> = {
  "NTREX-128/newstest2019-src.eng.txt": "389e8f5796c66db4f646dfad33e1ec622d74767af5ef112b42a1f2cd814df3cc",
  "NTREX-128/newstest2019-ref.arb.txt": "d271c8645933421f760eba8ed8cc1ceaaa052f917d9c2839b8abb27e0ded71e6",
  "DOCUMENT_IDS.tsv": "88a8b0ff1eae47e83f60dcde01075b8c87d75ced59ca09e0af1eb539958e05d5",
};

/** Paragraph sizes in sentences and how often each is drawn. */
const SIZE_WEIGHTS: [number, number][] = [[1, 0.25], [2, 0.35], [3, 0.25], [4, 0.15]];
const SEED = 20190113;

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] ?? fallback : fallback;
}

/** One input file's lines, from the checkout or from the git directory's HEAD, checked against its pinned sum. */
function readInput(ntrexDir: string, path: string): string[] {
  const bytes = existsSync(join(ntrexDir, path))
    ? readFileSync(join(ntrexDir, path))
    : execFileSync("git", ["-C", ntrexDir, "show", `HEAD:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== INPUT_SHA256[path]) throw new Error(`${path}: SHA-256 ${digest} is not the pinned ${INPUT_SHA256[path]} (another NTREX version?)`);
  return bytes.toString("utf8").split("\n").slice(0, -1).map((line) => line.replace(/\s+/gu, " ").trim());
}

/** The NTREX documents the development sets use: every `base` of the alignment cases and the pairing set's documents. */
function documentsInUse(sharedDir: string): Set<string> {
  const cases = JSON.parse(readFileSync(join(sharedDir, "eval", "cases", "manifest.json"), "utf8")) as { cases: { base: string; source: string }[] };
  const pairing = JSON.parse(readFileSync(join(sharedDir, "eval-pairing", "manifest.json"), "utf8")) as { sources: { ntrex: { documents: string[] } } };
  const used = new Set(pairing.sources.ntrex.documents);
  for (const c of cases.cases) if (c.source === "news") used.add(c.base.replace(/^news-/u, ""));
  return used;
}

function drawSize(random: Random): number {
  let r = random() * SIZE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  for (const [size, weight] of SIZE_WEIGHTS) {
    r -= weight;
    if (r < 0) return size;
  }
  return SIZE_WEIGHTS[SIZE_WEIGHTS.length - 1]?.[0] ?? 1;
}

function main(): void {
  const ntrexDir = process.argv[2];
  if (!ntrexDir || ntrexDir.startsWith("--")) throw new Error("usage: build-sentence-boundaries.js NTREX_DIR [--shared DIR] [--out FILE]");
  const sharedDir = arg("shared", join(ROOT, "..", "shared"));
  const out = arg("out", join(ROOT, "corpus", "sentence-boundaries", "ntrex-paragraphs.jsonl"));
  const en = readInput(ntrexDir, "NTREX-128/newstest2019-src.eng.txt");
  const ar = readInput(ntrexDir, "NTREX-128/newstest2019-ref.arb.txt");
  const ids = readInput(ntrexDir, "DOCUMENT_IDS.tsv");
  if (en.length !== ids.length || ar.length !== ids.length) throw new Error(`line counts differ: ${en.length} English, ${ar.length} Arabic, ${ids.length} ids`);
  const used = documentsInUse(sharedDir);
  const byDocument = new Map<string, number[]>();
  ids.forEach((id, line) => byDocument.set(id, [...(byDocument.get(id) ?? []), line]));
  const random = seededRandom(SEED);
  const lines: string[] = [];
  const counts = { documents: 0, paragraphs: 0, sentences: 0 };
  for (const [doc, docLines] of [...byDocument].sort(([a], [b]) => a.localeCompare(b))) {
    if (used.has(doc)) continue;
    counts.documents++;
    const body = docLines.slice(1); // the first line is the headline
    for (let i = 0; i < body.length;) {
      const group = body.slice(i, i + drawSize(random));
      i += group.length;
      lines.push(JSON.stringify({ doc, lang: "en", sentences: group.map((k) => en[k] ?? "") }));
      lines.push(JSON.stringify({ doc, lang: "ar", sentences: group.map((k) => ar[k] ?? "") }));
      counts.paragraphs++;
      counts.sentences += group.length;
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join("\n") + "\n");
  process.stdout.write(`${out}: ${counts.documents} documents (${used.size} in the development sets left out), ` +
    `${counts.paragraphs} paragraphs and ${counts.sentences} sentences per language\n`);
}

main();
