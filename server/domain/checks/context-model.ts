/**
 * A small bigram model of English word pairs, for the real-word check: how likely a word is between
 * its two neighbours, P(word | before) · P(after | word), each interpolated with the unigram
 * probability so that unseen pairs are rare rather than impossible. Its counts come from English
 * text that ships with Debian (data/context-counts.tsv, built by data/build-context-counts.py from
 * the installed manual pages), kept for the words of the confusion sets only. Loaded once, on first use.
 *
 * Conventions: words are lower case; a neighbour that is punctuation is that mark (. , ; : ! ? ( )),
 * and the start of a paragraph reads as ".".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../paths.js";

type Counts = { total: number; words: Map<string, number>; before: Map<string, number>; after: Map<string, number> };

/** Weight of the pair estimate against the unigram estimate. */
const LAMBDA = 0.9;

let counts: Counts | null = null;

function load(): Counts {
  if (counts) return counts;
  const loaded: Counts = { total: 1, words: new Map(), before: new Map(), after: new Map() };
  const lines = readFileSync(join(ROOT, "server", "domain", "checks", "data", "context-counts.tsv"), "utf8").split("\n");
  for (const line of lines) {
    const f = line.split("\t");
    if (f[0] === "N") loaded.total = Number(f[1]) || 1;
    else if (f[0] === "U" && f.length === 3) loaded.words.set(f[1] ?? "", Number(f[2]));
    else if (f[0] === "L" && f.length === 4) loaded.before.set(`${f[1]} ${f[2]}`, Number(f[3]));
    else if (f[0] === "R" && f.length === 4) loaded.after.set(`${f[1]} ${f[2]}`, Number(f[3]));
  }
  counts = loaded;
  return loaded;
}

/** How often the model's text uses a word. */
export function wordCount(word: string): number {
  return load().words.get(word) ?? 0;
}

/** How often the model's text has `word` right after `before` plus right before `after`. */
export function contextEvidence(before: string, word: string, after: string): number {
  const c = load();
  return (c.before.get(`${before} ${word}`) ?? 0) + (c.after.get(`${word} ${after}`) ?? 0);
}

/** log P(word | before) + log P(after | word), interpolated with unigram probabilities. */
export function contextScore(before: string, word: string, after: string): number {
  const c = load();
  const unigram = (w: string) => ((c.words.get(w) ?? 0) + 0.5) / c.total;
  const nBefore = c.words.get(before) ?? 0;
  const nWord = c.words.get(word) ?? 0;
  const left = (nBefore > 0 ? (LAMBDA * (c.before.get(`${before} ${word}`) ?? 0)) / nBefore : 0) + (1 - LAMBDA) * unigram(word);
  const right = (nWord > 0 ? (LAMBDA * (c.after.get(`${word} ${after}`) ?? 0)) / nWord : 0) + (1 - LAMBDA) * unigram(after);
  return Math.log(left) + Math.log(right);
}
