/**
 * The cheap first pass of archive pairing: what an English and an Arabic article share, counted
 * through inverted indexes so that an archive of 10,000 × 10,000 articles costs about the sum of its
 * posting lists, never all pairs. Reuses the aligner's own unit descriptions (unit-features.ts):
 * translatable words through the lexicon's Arabic stems, names by transliteration skeleton, numbers
 * by value in any digit script or in words, months and weekdays; and the length ratio. Words count
 * both ways: the share of the English article's words with a translation in the Arabic one, and the
 * share of the Arabic article's dictionary words that translate a word of the English one (the same
 * lexicon entries read backwards), averaged. Glossary entries found on both sides count as anchors
 * (glossary-evidence.ts). Each shared key counts by its rarity (idf), within the
 * date window only. Pure.
 */
import { describeArabicUnit, describeEnglishUnit, type ArabicUnit, type EnglishUnit } from "../align/unit-features.js";
import type { Lexicon } from "../align/lexicon.js";
import { internKey } from "../align/intern.js";
import { glossaryKeys, glossaryMatcher, type GlossaryTerm } from "./glossary-evidence.js";
import { dayNumber, lowerBound, orderByDay, windowSlice, type Article, type DayOrder } from "./articles.js";

export type CheapWeights = { anchors: number; names: number; words: number; length: number };

export const DEFAULT_CHEAP_WEIGHTS: CheapWeights = { anchors: 1, names: 1, words: 1, length: 0.25 };

/** Keys found in more than this share of the archive (and more than MIN_COMMON articles) say nothing and are skipped. */
const COMMON_SHARE = 0.1;
const MIN_COMMON = 20;
/** Spread of the log length ratio around the archive's own (as the anchors baseline and the aligner model it). */
const LENGTH_SIGMA = 0.35;

export type DescribedArchive = {
  en: EnglishUnit[];
  ar: ArabicUnit[];
  /** Per Arabic article: every lexicon stem id of its words. */
  arStems: Int32Array[];
  arByDay: DayOrder;
  /** Arabic characters per English character over the whole archive. */
  ratio: number;
};

export function articleText(article: Article): string {
  return [article.title, ...article.paragraphs].join("\n");
}

/** A unit with the glossary entries its article contains added to its anchors (counted like numbers, by rarity). */
function withGlossary<U extends { anchors: string[]; anchorKeys: Int32Array }>(unit: U, keys: string[]): U {
  if (keys.length === 0) return unit;
  const anchors = [...unit.anchors, ...keys];
  return { ...unit, anchors, anchorKeys: Int32Array.from(anchors, internKey) };
}

export function describeArchive(en: readonly Article[], ar: readonly Article[], lexicon: Lexicon | null, glossary: readonly GlossaryTerm[] = []): DescribedArchive {
  const matcher = glossary.length > 0 ? glossaryMatcher(glossary) : null;
  const enUnits = en.map((a) => {
    const unit = describeEnglishUnit(articleText(a), { lexicon });
    return matcher ? withGlossary(unit, glossaryKeys(articleText(a), "en", matcher)) : unit;
  });
  const arUnits = ar.map((a) => {
    const unit = describeArabicUnit(articleText(a), { lexicon });
    return matcher ? withGlossary(unit, glossaryKeys(articleText(a), "ar", matcher)) : unit;
  });
  const arStems = arUnits.map((u) => Int32Array.from(new Set(u.lexical.flatMap((ids) => Array.from(ids)))));
  const enChars = enUnits.reduce((s, u) => s + u.length, 0);
  const arChars = arUnits.reduce((s, u) => s + u.length, 0);
  return { en: enUnits, ar: arUnits, arStems, arByDay: orderByDay(ar), ratio: enChars > 0 && arChars > 0 ? arChars / enChars : 1 };
}

/** Posting lists: key -> positions in the Arabic day order, ascending (so a date window is one slice). */
type Postings = Map<number, number[]>;

function buildPostings(keysOf: (i: number) => ArrayLike<number>, byDay: DayOrder): Postings {
  const postings: Postings = new Map();
  for (let k = 0; k < byDay.order.length; k++) {
    for (const key of new Set(Array.from(keysOf(byDay.order[k] as number)))) {
      const list = postings.get(key);
      if (list) list.push(k);
      else postings.set(key, [k]);
    }
  }
  return postings;
}

export type ArchiveIndex = {
  described: DescribedArchive; anchors: Postings; skeletons: Postings; stems: Postings; arAnchorMass: Float64Array; common: number;
  /** Per Arabic article, per dictionary word (as in its unit's lexical): the word's idf weight (0 when common), and their sum. */
  arWordWeights: Float64Array[];
  arWordMass: Float64Array;
};

export function indexArchive(described: DescribedArchive): ArchiveIndex {
  const byDay = described.arByDay;
  const n = byDay.order.length;
  const anchors = buildPostings((i) => described.ar[i]?.anchorKeys ?? [], byDay);
  const idf = (df: number) => Math.log(1 + n / Math.max(1, df));
  const arAnchorMass = new Float64Array(described.ar.length);
  described.ar.forEach((u, i) => {
    for (const key of new Set(Array.from(u.anchorKeys))) arAnchorMass[i] = (arAnchorMass[i] ?? 0) + idf(anchors.get(key)?.length ?? 1);
  });
  const stems = buildPostings((i) => described.arStems[i] ?? [], byDay);
  const common = Math.max(MIN_COMMON, Math.ceil(n * COMMON_SHARE));
  const arWordWeights = described.ar.map((u) => Float64Array.from(u.lexical, (ids) => {
    let df = Infinity;
    for (const id of Array.from(ids)) {
      const length = stems.get(id)?.length ?? 0;
      if (length > 0 && length <= common) df = Math.min(df, length);
    }
    return df === Infinity ? 0 : idf(df);
  }));
  const arWordMass = Float64Array.from(arWordWeights, (weights) => weights.reduce((sum, w) => sum + w, 0));
  return {
    described,
    anchors,
    skeletons: buildPostings((i) => described.ar[i]?.skeletonKeys ?? [], byDay),
    stems,
    arAnchorMass,
    common,
    arWordWeights,
    arWordMass,
  };
}

export type CheapCandidate = { ar: number; score: number; anchors: number; names: number; words: number; length: number };

/**
 * The Arabic articles within the window that share anything with English article `e`, each with
 * its cheap score and the parts of it (each 0–1), best first.
 */
export function cheapCandidates(index: ArchiveIndex, e: number, window: [number, number], weights: CheapWeights = DEFAULT_CHEAP_WEIGHTS): CheapCandidate[] {
  const { described } = index;
  const unit = described.en[e];
  if (!unit) return [];
  const n = described.arByDay.order.length;
  const idf = (df: number) => Math.log(1 + n / Math.max(1, df));
  const [start, end] = window;
  const acc = new Map<number, { anchors: number; names: number; words: number }>();
  const at = (k: number) => {
    let entry = acc.get(k);
    if (!entry) acc.set(k, (entry = { anchors: 0, names: 0, words: 0 }));
    return entry;
  };
  // Each English word or name counts once per Arabic article, whichever of its keys meets it.
  const collect = (keys: ArrayLike<number>, postings: Postings, add: (k: number, weight: number) => void): number => {
    const seen = new Set<number>();
    let df = Infinity;
    for (const key of Array.from(keys)) {
      const list = postings.get(key);
      if (!list || list.length > index.common) continue;
      df = Math.min(df, list.length);
    }
    if (df === Infinity) return 0;
    const weight = idf(df);
    for (const key of Array.from(keys)) {
      const list = postings.get(key);
      if (!list || list.length > index.common) continue;
      const from = lowerBound(list, start);
      const to = lowerBound(list, end, from);
      for (let p = from; p < to; p++) {
        const k = list[p] as number;
        if (!seen.has(k)) {
          seen.add(k);
          add(k, weight);
        }
      }
    }
    return weight;
  };
  let anchorMass = 0;
  for (const key of new Set(Array.from(unit.anchorKeys))) anchorMass += idf(index.anchors.get(key)?.length ?? 1);
  for (const key of new Set(Array.from(unit.anchorKeys))) collect([key], index.anchors, (k, w) => (at(k).anchors += w));
  let nameMass = 0;
  for (const keys of unit.nameKeys) nameMass += collect(keys, index.skeletons, (k, w) => (at(k).names += w));
  let wordMass = 0;
  for (const ids of unit.lexical) wordMass += collect(ids, index.stems, (k, w) => (at(k).words += w));
  // Every Arabic stem the English article's words may take, for reading the lexicon backwards.
  const translations = new Set<number>();
  for (const ids of unit.lexical) for (const id of Array.from(ids)) translations.add(id);
  const out: CheapCandidate[] = [];
  for (const [k, got] of acc) {
    const ar = described.arByDay.order[k] as number;
    const arUnit = described.ar[ar];
    if (!arUnit) continue;
    const anchorMassAr = index.arAnchorMass[ar] ?? 0;
    const anchors = anchorMass > 0 && anchorMassAr > 0 ? got.anchors / Math.sqrt(anchorMass * anchorMassAr) : 0;
    const names = nameMass > 0 ? got.names / nameMass : 0;
    const wordsEnAr = wordMass > 0 ? got.words / wordMass : 0;
    const words = (wordsEnAr + arabicWordsTranslated(index, ar, translations)) / 2;
    const length = lengthAgreement(unit.length, arUnit.length, described.ratio);
    const score = (weights.anchors * anchors + weights.names * names + weights.words * words + weights.length * length) /
      (weights.anchors + weights.names + weights.words + weights.length);
    out.push({ ar, score, anchors, names, words, length });
  }
  return out.sort((x, y) => y.score - x.score || x.ar - y.ar);
}

/** Arabic→English: the idf-weighted share of Arabic article `ar`'s dictionary words with a stem among `translations` (0–1). */
export function arabicWordsTranslated(index: ArchiveIndex, ar: number, translations: ReadonlySet<number>): number {
  const mass = index.arWordMass[ar] ?? 0;
  const lexical = index.described.ar[ar]?.lexical;
  const weights = index.arWordWeights[ar];
  if (mass <= 0 || !lexical || !weights) return 0;
  let covered = 0;
  for (let w = 0; w < lexical.length; w++) {
    const weight = weights[w] ?? 0;
    const ids = lexical[w] as Int32Array;
    if (weight <= 0) continue;
    for (let k = 0; k < ids.length; k++) {
      if (translations.has(ids[k] as number)) {
        covered += weight;
        break;
      }
    }
  }
  return covered / mass;
}

/** 1 when the Arabic/English length ratio is the archive's own, falling off with its log distance. */
export function lengthAgreement(enLength: number, arLength: number, ratio: number): number {
  if (enLength <= 0 || arLength <= 0) return 0;
  const d = Math.log(arLength / enLength / ratio);
  return Math.exp(-(d * d) / (2 * LENGTH_SIGMA * LENGTH_SIGMA));
}

/** The window of Arabic day positions for an English article (empty when its date is not a day). */
export function dayWindow(index: ArchiveIndex, english: Article, windowDays: number): [number, number] {
  const day = dayNumber(english.date);
  return day === null ? [0, 0] : windowSlice(index.described.arByDay, day, windowDays);
}

/** What an English and an Arabic article visibly share: the numbers and dates, and the English names found in the Arabic (glossary entries included). */
export function sharedEvidence(described: DescribedArchive, e: number, a: number): { numbers: string[]; names: string[]; words: number } {
  const en = described.en[e];
  const ar = described.ar[a];
  if (!en || !ar) return { numbers: [], names: [], words: 0 };
  const arAnchors = new Set(ar.anchors);
  const arSkeletons = new Set(Array.from(ar.skeletonKeys));
  const arStems = new Set(Array.from(described.arStems[a] ?? []));
  const names = new Set<string>();
  en.nameKeys.forEach((keys, k) => {
    if (Array.from(keys).some((key) => arSkeletons.has(key))) names.add(en.names[k] ?? "");
  });
  const shared = en.anchors.filter((x) => arAnchors.has(x));
  for (const x of shared) if (x.startsWith("g:")) names.add(x.slice(2));
  return {
    numbers: shared.filter((x) => !x.startsWith("g:")).map((x) => x.replace(/^[nmd]:/u, (p) => (p === "n:" ? "" : p))),
    names: [...names],
    words: en.lexical.filter((ids) => Array.from(ids).some((id) => arStems.has(id))).length,
  };
}
