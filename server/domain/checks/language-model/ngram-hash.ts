/**
 * The 32-bit keys under which the compact language model stores its n-grams: a hash of the word
 * ids of the n-gram, different per order. Keys, not the ids themselves, keep a bigram or trigram
 * entry at four bytes; the price is that an unseen n-gram matches a stored one by accident with a
 * chance of (stored n-grams of that order) / 2^32, about 1 in 2,000 for two million bigrams.
 *
 * Conventions: ids are the model's word ids (0 … vocabulary size − 1), in reading order
 * (`ngramKey(a, b)` is the bigram "a b"; `ngramKey(a, b, c)` the trigram "a b c").
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the whole key. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The key of the bigram (a, b), or of the trigram (a, b, c) when c is given. */
export function ngramKey(a: number, b: number, c?: number): number {
  let h = mix(Math.imul(a + 1, 0x9e3779b1) ^ (c === undefined ? 0x2545f491 : 0x6c8e9cf5));
  h = mix(h ^ Math.imul(b + 1, 0x27d4eb2f));
  if (c !== undefined) h = mix(h ^ Math.imul(c + 1, 0x165667b1));
  return h;
}
