/**
 * How well the sentence pass (align-sentences.ts, fed by the sentence splitters) pairs the
 * sentences of a paragraph pair whose sentence pairs are known (corpus/sentence-boundaries/, where
 * sentence k of the English paragraph is translated by sentence k of the Arabic one). A predicted
 * pair is a hit when its English and Arabic texts are exactly one known pair; pairs with an empty
 * side count neither way. Precision is hits over two-sided predicted pairs, recall hits over known
 * pairs.
 */
export type TextPair = { en: string; ar: string };

export type PairCounts = { hits: number; predicted: number; known: number; precision: number; recall: number; f1: number };

const key = (pair: TextPair) => `${pair.en.replace(/\s+/gu, " ").trim()}\u0000${pair.ar.replace(/\s+/gu, " ").trim()}`;

/** Adds one paragraph pair's predicted sentence pairs to `counts` (started by emptyPairCounts). */
export function addSentencePairs(counts: PairCounts, known: readonly TextPair[], predicted: readonly TextPair[]): PairCounts {
  const wanted = new Map<string, number>();
  for (const pair of known) wanted.set(key(pair), (wanted.get(key(pair)) ?? 0) + 1);
  let hits = 0;
  let twoSided = 0;
  for (const pair of predicted) {
    if (pair.en.trim() === "" || pair.ar.trim() === "") continue;
    twoSided++;
    const left = wanted.get(key(pair)) ?? 0;
    if (left > 0) {
      hits++;
      wanted.set(key(pair), left - 1);
    }
  }
  return withRatios({ ...counts, hits: counts.hits + hits, predicted: counts.predicted + twoSided, known: counts.known + known.length });
}

export function emptyPairCounts(): PairCounts {
  return { hits: 0, predicted: 0, known: 0, precision: 1, recall: 1, f1: 1 };
}

function withRatios(counts: PairCounts): PairCounts {
  const precision = counts.predicted === 0 ? 1 : counts.hits / counts.predicted;
  const recall = counts.known === 0 ? 1 : counts.hits / counts.known;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}
