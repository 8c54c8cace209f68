#!/usr/bin/env node
/**
 * Boundary precision, recall and F1 of the English and Arabic sentence splitters
 * (server/domain/segment/split-sentences.ts) on paragraphs whose sentences are known:
 * corpus/sentence-boundaries/ntrex-paragraphs.jsonl (NTREX-128 documents no development set uses;
 * its README says how it was built). Each paragraph's sentences are joined with a space and split
 * again; a boundary is the offset where a sentence after the first starts.
 *
 * `--half odd|even` scores one half of the documents only (sorted by id, every other one, the first
 * odd): rules are designed on the odd half and reported on the even one. `--list` prints every miss
 * and false split with its document and the text around it (the boundary marked ⟦⟧). `--align`
 * also runs the sentence pass of the aligner (align-sentences.ts, with the FreeDict lexicon when
 * installed) on each paragraph pair of two or more sentences and scores the sentence pairs it
 * makes against the known ones (sentence k of one language is translated by sentence k of the other).
 *
 *   node dist/scripts/measure-sentence-splitter.js [--half odd|even] [--list] [--align] [--file FILE]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentsOfHalf, scoreSentenceBoundaries, type KnownParagraph } from "../server/domain/segment/sentence-boundary-score.js";
import { splitArabicSentences, splitEnglishSentences } from "../server/domain/segment/split-sentences.js";
import { alignSentences } from "../server/domain/align/align-sentences.js";
import { addSentencePairs, emptyPairCounts } from "../server/domain/align/sentence-pair-score.js";
import { loadFreedict } from "../server/services/freedict.js";
import { ROOT } from "../server/paths.js";

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function main(): void {
  const file = arg("file") ?? join(ROOT, "corpus", "sentence-boundaries", "ntrex-paragraphs.jsonl");
  const half = arg("half");
  if (half !== undefined && half !== "odd" && half !== "even") throw new Error("--half is odd or even");
  const all = readFileSync(file, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as KnownParagraph);
  const docs = half === undefined ? null : documentsOfHalf(all.map((p) => p.doc), half);
  const paragraphs = docs === null ? all : all.filter((p) => docs.has(p.doc));
  process.stdout.write(`${file}${half ? `, ${half} half` : ""}: ${new Set(paragraphs.map((p) => p.doc)).size} documents\n`);
  for (const lang of ["en", "ar"] as const) {
    const mine = paragraphs.filter((p) => p.lang === lang);
    const { counts, errors } = scoreSentenceBoundaries(mine, lang === "en" ? splitEnglishSentences : splitArabicSentences);
    process.stdout.write(`${lang}: ${mine.length} paragraphs, ${counts.hits + counts.misses} boundaries; ` +
      `P ${percent(counts.precision)} R ${percent(counts.recall)} F1 ${percent(counts.f1)} ` +
      `(${counts.hits} found, ${counts.falseSplits} false splits, ${counts.misses} missed)\n`);
    if (process.argv.includes("--list")) for (const e of errors) process.stdout.write(`  ${lang} ${e.kind.padEnd(11)} ${e.doc}: ${e.context}\n`);
  }
  if (process.argv.includes("--align")) measureSentencePass(paragraphs);
}

/** The file holds each paragraph in English, then the same paragraph in Arabic. */
function measureSentencePass(paragraphs: readonly KnownParagraph[]): void {
  const lexicon = loadFreedict();
  let counts = emptyPairCounts();
  for (let k = 0; k + 1 < paragraphs.length; k += 2) {
    const en = paragraphs[k];
    const ar = paragraphs[k + 1];
    if (!en || !ar || en.lang !== "en" || ar.lang !== "ar" || en.doc !== ar.doc) throw new Error(`line ${k + 1}: not an English paragraph followed by its Arabic`);
    if (en.sentences.length < 2) continue;
    const known = en.sentences.map((sentence, s) => ({ en: sentence, ar: ar.sentences[s] ?? "" }));
    counts = addSentencePairs(counts, known, alignSentences([en.sentences.join(" ")], [ar.sentences.join(" ")], { lexicon }));
  }
  process.stdout.write(`sentence pass (lexicon ${lexicon ? "FreeDict" : "none"}): ${counts.known} known pairs, ${counts.predicted} predicted; ` +
    `P ${percent(counts.precision)} R ${percent(counts.recall)} F1 ${percent(counts.f1)}\n`);
}

main();
