/**
 * Packs a trigram model (words, unigram, bigram and trigram log10 scores) into the compact file
 * that NgramModel reads (model-format.ts): n-grams under hashed keys, sorted, with their scores
 * quantised to one byte against 256-bin code books (bins of equal population, each coded by its
 * mean, as sphinxbase and KenLM quantise). Pure; the build script does the reading and writing.
 */
import { ngramKey } from "./ngram-hash.js";
import { CODES, FORMAT_VERSION, MAGIC, layoutOf } from "./model-format.js";
import type { SphinxNgrams } from "./read-sphinx-trie.js";

/** 256 bin centres of equal population over `values` (ascending). */
export function codeBook(values: Float32Array): Float32Array {
  const sorted = Float32Array.from(values).sort();
  const book = new Float32Array(CODES);
  for (let k = 0; k < CODES; k++) {
    const from = Math.floor((sorted.length * k) / CODES);
    const to = Math.floor((sorted.length * (k + 1)) / CODES);
    let sum = 0;
    for (let i = from; i < to; i++) sum += sorted[i] ?? 0;
    book[k] = to > from ? sum / (to - from) : (k > 0 ? (book[k - 1] ?? 0) : (sorted[0] ?? 0));
  }
  return book;
}

/** The index of the centre nearest `value` in an ascending code book. */
export function encodeValue(book: Float32Array, value: number): number {
  let lo = 0;
  let hi = book.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((book[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && value - (book[lo - 1] ?? 0) < (book[lo] ?? 0) - value) return lo - 1;
  return lo;
}

/** Entry indices sorted by key; a key that occurs twice (a hash collision) keeps its first entry. */
function sortByKey(keys: Uint32Array): Uint32Array {
  const packed = new BigUint64Array(keys.length);
  for (let i = 0; i < keys.length; i++) packed[i] = (BigInt(keys[i] ?? 0) << 32n) | BigInt(i);
  packed.sort();
  const order: number[] = [];
  let last = -1;
  for (const p of packed) {
    const key = Number(p >> 32n);
    if (key === last) continue;
    last = key;
    order.push(Number(p & 0xffffffffn));
  }
  return Uint32Array.from(order);
}

export function encodeModel(model: SphinxNgrams): Uint8Array {
  const { bigrams, trigrams } = model;
  const biKeys = bigrams.first.map((a, i) => ngramKey(a, bigrams.second[i] ?? 0));
  const triKeys = trigrams.first.map((a, i) => ngramKey(a, trigrams.second[i] ?? 0, trigrams.third[i] ?? 0));
  const biOrder = sortByKey(biKeys);
  const triOrder = sortByKey(triKeys);
  const wordBytes = new TextEncoder().encode(model.words.join("\n"));
  const layout = layoutOf(model.words.length, biOrder.length, triOrder.length, wordBytes.length);
  const out = new Uint8Array(layout.total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  [FORMAT_VERSION, layout.vocabulary, layout.bigrams, layout.trigrams, layout.wordBytes].forEach((v, k) => view.setUint32(4 + 4 * k, v, true));
  const books = [codeBook(bigrams.prob), codeBook(bigrams.backoff), codeBook(trigrams.prob)];
  books.forEach((book, k) => new Float32Array(out.buffer, layout.codeBooks + k * 4 * CODES, CODES).set(book));
  new Float32Array(out.buffer, layout.unigramProb, layout.vocabulary).set(model.unigramProb);
  new Float32Array(out.buffer, layout.unigramBackoff, layout.vocabulary).set(model.unigramBackoff);
  const biKeyOut = new Uint32Array(out.buffer, layout.bigramKeys, layout.bigrams);
  biOrder.forEach((i, k) => {
    biKeyOut[k] = biKeys[i] ?? 0;
    out[layout.bigramProb + k] = encodeValue(books[0] as Float32Array, bigrams.prob[i] ?? 0);
    out[layout.bigramBackoff + k] = encodeValue(books[1] as Float32Array, bigrams.backoff[i] ?? 0);
  });
  const triKeyOut = new Uint32Array(out.buffer, layout.trigramKeys, layout.trigrams);
  triOrder.forEach((i, k) => {
    triKeyOut[k] = triKeys[i] ?? 0;
    out[layout.trigramProb + k] = encodeValue(books[2] as Float32Array, trigrams.prob[i] ?? 0);
  });
  out.set(wordBytes, layout.words);
  return out;
}
