/**
 * Pair evidence between every English unit i and every Arabic unit j, as dense n×m count
 * matrices (row-major: index i*m + j). For each pair it counts, in each direction, how many of a
 * unit's words, names and anchors find a counterpart in the other unit. Counting goes through
 * posting lists (integer key -> units that contain it), so the cost follows the matches found,
 * not n×m×words.
 */
import type { ArabicUnit, EnglishUnit } from "./unit-features.js";

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

type Postings = Map<number, number[]>;

/** key -> the units (in increasing order, each once) whose key lists contain it. */
function postings(keyLists: (ArrayLike<number>[] | ArrayLike<number>)[]): Postings {
  const map: Postings = new Map();
  keyLists.forEach((lists, unit) => {
    const add = (keys: ArrayLike<number>) => {
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as number;
        const list = map.get(key);
        if (!list) map.set(key, [unit]);
        else if (list[list.length - 1] !== unit) list.push(unit);
      }
    };
    if (Array.isArray(lists)) for (const keys of lists as ArrayLike<number>[]) add(keys);
    else add(lists as ArrayLike<number>);
  });
  return map;
}

/**
 * For each item (a word, name or anchor, given by its lookup keys) of each query unit, marks the
 * units of the other side where one of its keys occurs, once per item, adding 1 to
 * counts[i*m + j] (i English, j Arabic; `queryIsEnglish` says which side the query is).
 */
function countMatches(items: ArrayLike<number>[][], index: Postings, otherUnits: number, counts: Uint16Array, m: number, queryIsEnglish: boolean): void {
  const stamp = new Int32Array(otherUnits).fill(-1);
  let item = 0;
  items.forEach((unitItems, q) => {
    for (const keys of unitItems) {
      item++;
      for (let k = 0; k < keys.length; k++) {
        const hits = index.get(keys[k] as number);
        if (!hits) continue;
        for (const o of hits) {
          if (stamp[o] === item) continue;
          stamp[o] = item;
          const cell = queryIsEnglish ? q * m + o : o * m + q;
          counts[cell] = (counts[cell] ?? 0) + 1;
        }
      }
    }
  });
}

/** Each anchor key as a one-key item. */
function singletons(keys: Int32Array): Int32Array[] {
  return Array.from(keys, (k) => Int32Array.of(k));
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
  // Words, English -> Arabic: an English word's translations among each Arabic unit's stems.
  countMatches(en.map((u) => u.lexical), postings(ar.map((u) => u.lexical)), m, ev.lexEn, m, true);
  // Words, Arabic -> English: an Arabic word's stems among all translations of each English unit.
  countMatches(ar.map((u) => u.lexical), postings(en.map((u) => u.lexical)), n, ev.lexAr, m, false);
  // Names: transliteration skeletons, exact or one class apart.
  countMatches(en.map((u) => u.nameKeys), postings(ar.map((u) => u.skeletonKeys)), m, ev.names, m, true);
  // Anchors, both directions.
  countMatches(en.map((u) => singletons(u.anchorKeys)), postings(ar.map((u) => u.anchorKeys)), m, ev.anchorsEn, m, true);
  countMatches(ar.map((u) => singletons(u.anchorKeys)), postings(en.map((u) => u.anchorKeys)), n, ev.anchorsAr, m, false);
  return ev;
}
