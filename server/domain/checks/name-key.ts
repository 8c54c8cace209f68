/**
 * Transliteration-aware comparison of romanised names. Two spellings are taken as one name when
 * they have the same consonant skeleton (align/transliterate.ts) and their romanisation keys are at
 * most one edit apart. The key folds what romanisations disagree on: the article al-/el-, a final
 * -ah/-a, doubled letters, ch/sh, ou/oo/u, q/k, e/i, o/u, ay/ai/ey, apostrophes and hamza/ain marks.
 * So Laden/Ladin, Qaeda/Qaida/Qa'ida, Zawahiri/Zawahri, Kabira/Kabirah and Mohamed/Muhammad match,
 * while Homs/Hamas (two edits) do not.
 */
import { latinSkeleton } from "../align/transliterate.js";

const keyCache = new Map<string, string>();

export function romanisationKey(word: string): string {
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
 * is reported as limit + 1. Rows are indexed by positions in `a`, columns by positions in `b`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
    }
    before = previous;
    previous = current;
  }
  const d = previous[b.length] ?? limit + 1;
  return d > limit ? limit + 1 : d;
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
  if (isDerivation(a, b)) return false;
  const ka = romanisationKey(a);
  const kb = romanisationKey(b);
  if (ka === kb) return ka.length >= 3;
  if (Math.min(ka.length, kb.length) < 4) return false;
  return latinSkeleton(a) === latinSkeleton(b) && editDistance(ka, kb, 1) <= 1;
}
