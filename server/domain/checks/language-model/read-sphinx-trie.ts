/**
 * Reads a CMU Sphinx "trie" binary language model (sphinxbase's ngram_model_trie / lm_trie, the
 * format of Debian's pocketsphinx-en-us `en-us.lm.bin`) into plain n-gram lists. Pure: bytes in,
 * n-grams out. `sphinx_lm_convert -ofmt arpa` cannot do this for that file (it asserts on the
 * filler entries its own builder inserted), so the layout is read here, after sphinxbase's
 * lm_trie.c, lm_trie_quant.c and bitarr.c:
 *
 *   "Trie Language Model", order (u8), counts (u32 × order), quantiser (i32, then for each
 *   middle order 2^16 prob + 2^16 back-off floats, then 2^16 floats for the top order),
 *   unigrams ((count + 1) × {f32 prob, f32 back-off, u32 first child}), bit-packed middle and
 *   top arrays, then the words (i32 byte length, NUL-terminated strings in id order).
 *
 * The trie is reversed: under a unigram w sit the bigrams (x, w), each holding P(w | x) and the
 * back-off of the context "x w"; under a bigram sit the trigrams (y, x, w) with P(w | y x).
 * Scores are stored in sphinx's log base 1.0001 and are returned as log10.
 *
 * Only order 3 is supported (what pocketsphinx-en-us ships).
 */

export type SphinxNgrams = {
  words: string[];
  /** Per word id: log10 P(w) and the log10 back-off weight of the context "w". */
  unigramProb: Float32Array;
  unigramBackoff: Float32Array;
  /** Bigrams as parallel arrays: first word, second word, log10 P(second | first), log10 back-off. */
  bigrams: { first: Uint32Array; second: Uint32Array; prob: Float32Array; backoff: Float32Array };
  /** Trigrams: words in reading order and log10 P(third | first second). */
  trigrams: { first: Uint32Array; second: Uint32Array; third: Uint32Array; prob: Float32Array };
};

export class SphinxTrieError extends Error {}

const HEADER = "Trie Language Model";
/** sphinx_lm_convert writes scores with logmath base 1.0001 and no shift. */
const LOG10_OF_BASE = Math.log10(1.0001);
const QUANT_BITS = 16;

function requiredBits(max: number): number {
  let bits = 0;
  while (max > 0) {
    bits++;
    max = Math.floor(max / 2);
  }
  return bits;
}

/** Reads `length` (≤ 25) bits at bit offset `bit` of a little-endian packed array. */
function readBits(view: DataView, base: number, bit: number, length: number): number {
  const word = view.getUint32(base + Math.floor(bit / 8), true);
  return (word >>> (bit % 8)) & (length === 32 ? 0xffffffff : (1 << length) - 1);
}

function packedSize(entries: number, totalBits: number): number {
  return Math.floor(((1 + entries) * totalBits + 7) / 8) + 8;
}

export function readSphinxTrie(bytes: Uint8Array): SphinxNgrams {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, HEADER.length)) !== HEADER) throw new SphinxTrieError("not a sphinx trie language model");
  let at = HEADER.length;
  const order = view.getUint8(at);
  at += 1;
  if (order !== 3) throw new SphinxTrieError(`order ${order} is not supported (3 only)`);
  const counts = [0, 1, 2].map((k) => view.getUint32(at + 4 * k, true));
  at += 12;
  const [nUni, nBi, nTri] = counts as [number, number, number];
  at += 4; // the quantiser's retired type field
  const table = (k: number) => new Float32Array(new Uint8Array(bytes.subarray(at + k * 4 * 65536, at + (k + 1) * 4 * 65536)).buffer);
  const middleProb = table(0);
  const middleBackoff = table(1);
  const topProb = table(2);
  at += 3 * 4 * 65536;
  const unigramProb = new Float32Array(nUni);
  const unigramBackoff = new Float32Array(nUni);
  const firstChild = new Uint32Array(nUni + 1);
  for (let w = 0; w <= nUni; w++) {
    if (w < nUni) {
      unigramProb[w] = view.getFloat32(at, true) * LOG10_OF_BASE;
      unigramBackoff[w] = view.getFloat32(at + 4, true) * LOG10_OF_BASE;
    }
    firstChild[w] = view.getUint32(at + 8, true);
    at += 12;
  }
  const wordBits = requiredBits(nUni);
  const nextBits = requiredBits(nTri);
  const middleBits = wordBits + 2 * QUANT_BITS + nextBits;
  const topBits = wordBits + QUANT_BITS;
  const middleBase = at;
  const topBase = middleBase + packedSize(nBi, middleBits);
  const wordsAt = topBase + packedSize(nTri, topBits);
  const stringBytes = view.getInt32(wordsAt, true);
  const words = new TextDecoder().decode(bytes.subarray(wordsAt + 4, wordsAt + 4 + stringBytes)).split("\0").slice(0, nUni);
  if (words.length !== nUni) throw new SphinxTrieError(`expected ${nUni} words, found ${words.length}`);

  const bigrams = { first: new Uint32Array(nBi), second: new Uint32Array(nBi), prob: new Float32Array(nBi), backoff: new Float32Array(nBi) };
  const trigrams = { first: new Uint32Array(nTri), second: new Uint32Array(nTri), third: new Uint32Array(nTri), prob: new Float32Array(nTri) };
  const middleNext = (entry: number) => readBits(view, middleBase, entry * middleBits + wordBits + 2 * QUANT_BITS, nextBits);
  let b = 0;
  let t = 0;
  for (let w = 0; w < nUni; w++) {
    for (let m = firstChild[w] ?? 0; m < (firstChild[w + 1] ?? 0); m++) {
      const bit = m * middleBits;
      const x = readBits(view, middleBase, bit, wordBits);
      bigrams.first[b] = x;
      bigrams.second[b] = w;
      bigrams.backoff[b] = (middleBackoff[readBits(view, middleBase, bit + wordBits, QUANT_BITS)] ?? 0) * LOG10_OF_BASE;
      bigrams.prob[b] = (middleProb[readBits(view, middleBase, bit + wordBits + QUANT_BITS, QUANT_BITS)] ?? 0) * LOG10_OF_BASE;
      b++;
      for (let e = middleNext(m); e < middleNext(m + 1); e++) {
        const topBit = e * topBits;
        trigrams.first[t] = readBits(view, topBase, topBit, wordBits);
        trigrams.second[t] = x;
        trigrams.third[t] = w;
        trigrams.prob[t] = (topProb[readBits(view, topBase, topBit + wordBits, QUANT_BITS)] ?? 0) * LOG10_OF_BASE;
        t++;
      }
    }
  }
  return {
    words, unigramProb, unigramBackoff,
    bigrams: { first: bigrams.first.subarray(0, b), second: bigrams.second.subarray(0, b), prob: bigrams.prob.subarray(0, b), backoff: bigrams.backoff.subarray(0, b) },
    trigrams: { first: trigrams.first.subarray(0, t), second: trigrams.second.subarray(0, t), third: trigrams.third.subarray(0, t), prob: trigrams.prob.subarray(0, t) },
  };
}
