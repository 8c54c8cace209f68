/**
 * The layout of the compact language-model file (data/…/en-us-trigram.bin), shared by the encoder
 * (build time) and the model (run time). Little-endian; every 4-byte array starts on a multiple
 * of 4.
 *
 *   0   "MZLM" magic, u32 format version
 *   8   u32 vocabulary size V, u32 bigrams B, u32 trigrams T, u32 word-list bytes S
 *   24  f32 × 256 × 3: code books (bigram log10 prob, bigram log10 back-off, trigram log10 prob)
 *       f32 × V unigram log10 prob, f32 × V unigram log10 back-off
 *       u32 × B bigram keys (ascending), u32 × T trigram keys (ascending)
 *       u8 × B bigram prob codes, u8 × B bigram back-off codes, u8 × T trigram prob codes
 *       S bytes: the words in id order, UTF-8, separated by "\n"
 *
 * Keys are ngram-hash.ts's; a code is an index into its code book (256 quantile bins).
 */
export const MAGIC = "MZLM";
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 24;
export const CODES = 256;

export type Layout = {
  vocabulary: number; bigrams: number; trigrams: number; wordBytes: number;
  codeBooks: number; unigramProb: number; unigramBackoff: number; bigramKeys: number; trigramKeys: number;
  bigramProb: number; bigramBackoff: number; trigramProb: number; words: number; total: number;
};

/** Byte offsets of every section, from the four counts. */
export function layoutOf(vocabulary: number, bigrams: number, trigrams: number, wordBytes: number): Layout {
  const codeBooks = HEADER_BYTES;
  const unigramProb = codeBooks + 3 * CODES * 4;
  const unigramBackoff = unigramProb + 4 * vocabulary;
  const bigramKeys = unigramBackoff + 4 * vocabulary;
  const trigramKeys = bigramKeys + 4 * bigrams;
  const bigramProb = trigramKeys + 4 * trigrams;
  const bigramBackoff = bigramProb + bigrams;
  const trigramProb = bigramBackoff + bigrams;
  const words = trigramProb + trigrams;
  return { vocabulary, bigrams, trigrams, wordBytes, codeBooks, unigramProb, unigramBackoff, bigramKeys, trigramKeys, bigramProb, bigramBackoff, trigramProb, words, total: words + wordBytes };
}
