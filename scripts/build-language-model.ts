#!/usr/bin/env node
/**
 * Builds the compact English trigram model the checks read (server/services/language-model.ts)
 * from CMU's US-English model in Debian's pocketsphinx-en-us (en-us.lm.bin: 72,547 words, about
 * 2 M bigrams and 1.7 M trigrams, BSD-2). Run at install time by scripts/ensure-dictionary.sh and
 * scripts/ensure-test-tools.sh; does nothing when the output is newer than the input.
 * Usage: node dist/scripts/build-language-model.js [--from en-us.lm.bin] [--out file] [--force]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { readSphinxTrie } from "../server/domain/checks/language-model/read-sphinx-trie.js";
import { encodeModel } from "../server/domain/checks/language-model/encode-model.js";
import { SPHINX_EN_US, defaultModelPath } from "../server/services/language-model.js";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const from = option("--from", SPHINX_EN_US);
const out = option("--out", defaultModelPath());
if (!existsSync(from)) {
  console.error(`mizan: ${from} not found (Debian package pocketsphinx-en-us); the real-word check will use its rules only.`);
  process.exit(1);
}
if (!process.argv.includes("--force") && existsSync(out) && statSync(out).mtimeMs >= statSync(from).mtimeMs) process.exit(0);

const started = Date.now();
const ngrams = readSphinxTrie(readFileSync(from));
const total = ngrams.unigramProb.reduce((sum, p) => sum + 10 ** p, 0);
if (Math.abs(total - 1) > 0.05) {
  console.error(`mizan: ${from}: unigram probabilities sum to ${total.toFixed(3)}, not 1; the file is not what this reader expects.`);
  process.exit(1);
}
const bytes = encodeModel(ngrams);
mkdirSync(dirname(out), { recursive: true });
const temporary = `${out}.${process.pid}.tmp`;
writeFileSync(temporary, bytes);
renameSync(temporary, out);
console.error(
  `mizan: language model ${out}: ${ngrams.words.length} words, ${ngrams.bigrams.first.length} bigrams, ${ngrams.trigrams.first.length} trigrams, ` +
    `${(bytes.length / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
