/**
 * Pair evidence between every English unit i and every Arabic unit j, as dense n×m count
 * matrices (row-major: index i*m + j). For each pair it counts, in each direction, how many of a
 * unit's words, names and anchors find a counterpart in the other unit. Counting goes through
 * posting lists (key -> units that contain it), so the cost follows the matches found, not n×m×words.
 */
import type { ArabicUnit, EnglishUnit } from "./unit-features.js";
import { skeletonDeletions } from "./transliterate.js";

export type Evidence = {
  n: number;
  m: number;
  /** English translatable words of i translated in j / Arabic known words of j translated in i. */
  lexEn: Uint16Array;
  lexAr: Uint16Array;
  /** English names of i whose skeleton occurs in j. */
  names: Uint16Array;
  /** Anchors (numbers, dates) of i found in j / of j found in i. */
  anchorsEn: Uint16Array;
  anchorsAr: Uint16Array;
  /** Totals per unit, the denominators of the counts above. */
  lexEnTotal: Uint16Array;
  lexArTotal: Uint16Array;
  namesTotal: Uint16Array;
  anchorsEnTotal: Uint16Array;
  anchorsArTotal: Uint16Array;
};

function postings<K>(units: number, keysOf: (u: number) => Iterable<K>): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (let u = 0; u < units; u++) {
    for (const key of keysOf(u)) {
      const list = map.get(key);
      if (!list) map.set(key, [u]);
      else if (list[list.length - 1] !== u) list.push(u);
    }
  }
  return map;
}

/**
 * For each (query item of a unit on one side) marks the units of the other side where one of its
 * keys occurs, once per item, and adds 1 to counts[pairIndex(queryUnit, otherUnit)].
 */
function countMatches<K>(
  queryUnits: number,
  itemsOf: (u: number) => Iterable<Iterable<K>>,
  index: Map<K, number[]>,
  otherUnits: number,
  counts: Uint16Array,
  pairIndex: (query: number, other: number) => number,
): void {
  const stamp = new Int32Array(otherUnits).fill(-1);
  let item = 0;
  for (let q = 0; q < queryUnits; q++) {
    for (const keys of itemsOf(q)) {
      item++;
      for (const key of keys) {
        const hits = index.get(key);
        if (!hits) continue;
        for (const o of hits) {
          if (stamp[o] === item) continue;
          stamp[o] = item;
          const k = pairIndex(q, o);
          counts[k] = (counts[k] ?? 0) + 1;
        }
      }
    }
  }
}

export function collectEvidence(en: EnglishUnit[], ar: ArabicUnit[]): Evidence {
  const n = en.length;
  const m = ar.length;
  const size = n * m;
  const ev: Evidence = {
    n, m,
    lexEn: new Uint16Array(size), lexAr: new Uint16Array(size), names: new Uint16Array(size),
    anchorsEn: new Uint16Array(size), anchorsAr: new Uint16Array(size),
    lexEnTotal: Uint16Array.from(en, (u) => u.lexical.length),
    lexArTotal: Uint16Array.from(ar, (u) => u.lexical.length),
    namesTotal: Uint16Array.from(en, (u) => u.nameSkeletons.length),
    anchorsEnTotal: Uint16Array.from(en, (u) => u.anchors.length),
    anchorsArTotal: Uint16Array.from(ar, (u) => u.anchors.length),
  };
  const enToAr = (i: number, j: number) => i * m + j;
  const arToEn = (j: number, i: number) => i * m + j;

  // Words, English -> Arabic: stem ids of the Arabic units.
  const arStems = postings(m, (j) => (ar[j] as ArabicUnit).lexical.flatMap((ids) => Array.from(ids)));
  countMatches(n, (i) => (en[i] as EnglishUnit).lexical, arStems, m, ev.lexEn, enToAr);
  // Words, Arabic -> English: every stem id some English word of unit i may translate to.
  const enStems = postings(n, (i) => (en[i] as EnglishUnit).lexical.flatMap((ids) => Array.from(ids)));
  countMatches(m, (j) => (ar[j] as ArabicUnit).lexical, enStems, n, ev.lexAr, arToEn);

  // Names: exact skeletons, or one class apart for skeletons of four classes or more.
  const arSkeletons = postings(m, (j) => {
    const keys: string[] = [];
    for (const s of (ar[j] as ArabicUnit).skeletons) {
      keys.push(s);
      if (s.length >= 4) for (const d of skeletonDeletions(s)) keys.push(`~${d}`);
      if (s.length >= 3) keys.push(`~${s}`);
    }
    return keys;
  });
  countMatches(
    n,
    (i) => (en[i] as EnglishUnit).nameSkeletons.map((s) => (s.length >= 4 ? [s, `~${s}`, ...skeletonDeletions(s).map((d) => `~${d}`)] : s.length >= 3 ? [s, `~${s}`] : [s])),
    arSkeletons, m, ev.names, enToAr,
  );

  // Anchors, both directions.
  const arAnchors = postings(m, (j) => (ar[j] as ArabicUnit).anchors);
  countMatches(n, (i) => (en[i] as EnglishUnit).anchors.map((a) => [a]), arAnchors, m, ev.anchorsEn, enToAr);
  const enAnchors = postings(n, (i) => (en[i] as EnglishUnit).anchors);
  countMatches(m, (j) => (ar[j] as ArabicUnit).anchors.map((a) => [a]), enAnchors, n, ev.anchorsAr, arToEn);
  return ev;
}
