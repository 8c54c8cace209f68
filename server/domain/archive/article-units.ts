/**
 * The aligner's view of the archive articles being re-scored: each article's units (headline and
 * paragraphs) described and its boilerplate detected once, not once per candidate pair (an English
 * article meets its top 5 Arabic candidates, and each Arabic article is a candidate of several
 * English ones). Kept in a bounded cache, least recently used out first, so memory stays flat on a
 * large archive; the cached values are those of pure functions, so pairing gives the same result
 * with or without them. Pure.
 */
import type { InputOptions } from "../align/align-inputs.js";
import type { Lexicon } from "../align/lexicon.js";
import { describeArabicUnit, describeEnglishUnit, type ArabicUnit, type EnglishUnit } from "../align/unit-features.js";
import { detectBoilerplate, type BoilerplateReason } from "../segment/boilerplate.js";
import type { Article } from "./articles.js";

/** One article as the aligner reads it: its units' texts, each text's description, its boilerplate. */
export type DescribedArticle<U> = { texts: string[]; unitOf: ReadonlyMap<string, U>; boilerplate: (BoilerplateReason | null)[] };

/** What alignUnits needs of a pair beyond the texts, taken from the cache. */
export type PreparedPair = Pick<InputOptions, "describeEnglish" | "describeArabic" | "enBoilerplate" | "arBoilerplate">;

/** A map that keeps at most `capacity` entries, dropping the least recently used; `made` counts misses. */
export type BoundedCache<V> = { get(key: number, make: () => V): V; readonly size: number; readonly made: number };

export function boundedCache<V>(capacity: number): BoundedCache<V> {
  const entries = new Map<number, V>();
  let made = 0;
  return {
    get(key, make) {
      const found = entries.get(key);
      if (found !== undefined) {
        // Re-inserted, so the Map's insertion order is the order of last use.
        entries.delete(key);
        entries.set(key, found);
        return found;
      }
      const value = make();
      made++;
      entries.set(key, value);
      if (entries.size > Math.max(1, capacity)) entries.delete(entries.keys().next().value as number);
      return value;
    },
    get size() {
      return entries.size;
    },
    get made() {
      return made;
    },
  };
}

/** The texts the aligner reads of an article: the headline, then the paragraphs. */
export function articleUnits(article: Article): string[] {
  return [article.title, ...article.paragraphs];
}

function describeArticle<U>(article: Article, side: "en" | "ar", describe: (text: string) => U): DescribedArticle<U> {
  const texts = articleUnits(article);
  const unitOf = new Map<string, U>();
  for (const t of texts) if (!unitOf.has(t)) unitOf.set(t, describe(t));
  return { texts, unitOf, boilerplate: detectBoilerplate(texts, side) };
}

export type ArticleUnitCache = {
  english(e: number): DescribedArticle<EnglishUnit>;
  arabic(a: number): DescribedArticle<ArabicUnit>;
  /** The texts of both articles and the options that let alignUnits skip describing them again. */
  pair(e: number, a: number): { en: string[]; ar: string[]; prepared: PreparedPair };
};

/** English articles are re-scored one at a time (a few kept); Arabic ones recur across nearby English ones. */
export const ENGLISH_CAPACITY = 8;
export const ARABIC_CAPACITY = 4096;

export function articleUnitCache(en: readonly Article[], ar: readonly Article[], lexicon: Lexicon | null, capacity = { en: ENGLISH_CAPACITY, ar: ARABIC_CAPACITY }): ArticleUnitCache {
  const resources = { lexicon };
  const englishCache = boundedCache<DescribedArticle<EnglishUnit>>(capacity.en);
  const arabicCache = boundedCache<DescribedArticle<ArabicUnit>>(capacity.ar);
  const empty: Article = { id: "", date: "", title: "", paragraphs: [] };
  const english = (e: number) => englishCache.get(e, () => describeArticle(en[e] ?? empty, "en", (t) => describeEnglishUnit(t, resources)));
  const arabic = (a: number) => arabicCache.get(a, () => describeArticle(ar[a] ?? empty, "ar", (t) => describeArabicUnit(t, resources)));
  return {
    english,
    arabic,
    pair(e, a) {
      const enSide = english(e);
      const arSide = arabic(a);
      return {
        en: enSide.texts,
        ar: arSide.texts,
        prepared: {
          describeEnglish: (t) => enSide.unitOf.get(t) ?? describeEnglishUnit(t, resources),
          describeArabic: (t) => arSide.unitOf.get(t) ?? describeArabicUnit(t, resources),
          enBoilerplate: enSide.boilerplate,
          arBoilerplate: arSide.boilerplate,
        },
      };
    },
  };
}
