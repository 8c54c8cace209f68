/**
 * Transliteration-aware comparison of romanised names. Two spellings are taken as one name when
 * they have the same consonant skeleton (align/transliterate.ts) and their romanisation keys are at
 * most one edit apart. The key folds what romanisations disagree on: the article al-/el-, a final
 * -ah/-a, doubled letters, ch/sh, ou/oo/u, q/k, e/i, o/u, ay/ai/ey, apostrophes and hamza/ain marks.
 * So Laden/Ladin, Qaeda/Qaida/Qa'ida, Zawahiri/Zawahri, Kabira/Kabirah and Mohamed/Muhammad match,
 * while Homs/Hamas (two edits) do not.
 */
import { arabicSkeletonCandidates, latinSkeleton } from "../align/transliterate.js";

/**
 * Words longer than this are no names (the longest names run to about twenty letters, clitics
 * included): they get no skeleton, so a hostile 100,000-letter "word" costs nothing here (building
 * a skeleton is not linear in the word's length).
 */
export const MAX_NAME_LENGTH = 64;

/** The Latin skeleton of a word that may be a name; "" (no name) for an overlong word. */
export function nameSkeleton(word: string): string {
  return word.length > MAX_NAME_LENGTH ? "" : latinSkeleton(word);
}

/** The skeletons of an Arabic word that may be a name (see arabicSkeletonCandidates); none for an overlong word. */
export function arabicNameSkeletons(word: string): string[] {
  return word.length > MAX_NAME_LENGTH ? [] : arabicSkeletonCandidates(word);
}

const keyCache = new Map<string, string>();

/** Longer words are keyed without the cache (no name is that long; a hostile text must not fill it). */
const MAX_CACHED = 64;

export function romanisationKey(word: string): string {
  if (word.length > MAX_CACHED) return computeKey(word);
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size > 100000) keyCache.clear();
    keyCache.set(word, (key = computeKey(word)));
  }
  return key;
}

function computeKey(word: string): string {
  let w = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’`ʿʾ‘]/gu, "");
  w = w.replace(/^(?:al|el|ul|ad|ar|as|ash|at|az|an)-/u, "").replace(/-/gu, "");
  w = w.replace(/ah$/u, "a").replace(/ch/gu, "sh").replace(/q/gu, "k").replace(/ck/gu, "k");
  w = w.replace(/ou|oo/gu, "u").replace(/ee/gu, "i").replace(/e/gu, "i").replace(/o/gu, "u").replace(/y(?=[^aeiou]|$)/gu, "i");
  w = w.replace(/(.)\1+/gu, "$1");
  return w;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment); anything above `limit`
 * is reported as limit + 1. Rows are indexed by positions in `a`, columns by positions in `b`;
 * only the band of cells with |i - j| <= limit is filled (any path outside it costs more than
 * `limit`), so the work is O(length × limit), not O(length²).
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  const width = 2 * limit + 1;
  // Row i holds cells j = i - limit … i + limit at index j - i + limit; missing cells read as `over`.
  const row = (i: number) => Array.from({ length: width }, (_, d) => {
    const j = i - limit + d;
    return i === 0 && j >= 0 && j <= b.length ? j : over;
  });
  let before = row(-1);
  let previous = row(0);
  for (let i = 1; i <= a.length; i++) {
    const current = row(i);
    for (let d = 0; d < width; d++) {
      const j = i - limit + d;
      if (j < 0 || j > b.length) continue;
      if (j === 0) {
        current[d] = Math.min(i, over);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[d + 1] ?? over) + 1, (current[d - 1] ?? over) + 1, (previous[d] ?? over) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[d] ?? over) + 1);
      current[d] = Math.min(value, over);
    }
    before = previous;
    previous = current;
  }
  const d = previous[b.length - a.length + limit] ?? over;
  return d > limit ? over : d;
}

/** Whether `longer` is `shorter` plus a derivational ending (Iraq/Iraqi, Saud/Saudi, Syria/Syrian). */
export function isDerivation(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (!longer.startsWith(shorter)) return false;
  return /^(?:i|is|s|es|n|an|ian|ians|ns|ite|ites|'s|’s|ism|ist|ists)$/u.test(longer.slice(shorter.length));
}

/** Whether two romanised spellings (single words) are variants of one name. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length > MAX_NAME_LENGTH || b.length > MAX_NAME_LENGTH) return false;
  if (isDerivation(a, b)) return false;
  const ka = romanisationKey(a);
  const kb = romanisationKey(b);
  if (ka === kb) return ka.length >= 3;
  if (Math.min(ka.length, kb.length) < 4) return false;
  return nameSkeleton(a) === nameSkeleton(b) && editDistance(ka, kb, 1) <= 1;
}
