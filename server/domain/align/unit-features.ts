/**
 * What the aligner knows about one unit (paragraph or sentence) of each side: its length and the
 * evidence it may share with a unit of the other side (translatable words, names, numbers, dates,
 * quotation marks). Computed once per unit; pair evidence is built from these in evidence.ts.
 */
import { tokeniseArabic, tokeniseEnglish, ENGLISH_STOPWORDS, ARABIC_STOPWORDS } from "../segment/tokenise.js";
import { englishAnchors, arabicAnchors, hasQuotation } from "./anchors.js";
import { latinSkeleton, arabicSkeletonCandidates, skeletonDeletions } from "./transliterate.js";
import { internKey } from "./intern.js";
import type { Lexicon } from "./lexicon.js";
import { normaliseArabic } from "../segment/normalise-arabic.js";

export type EnglishUnit = {
  length: number;
  /** Per distinct translatable word: the Arabic stem ids that may translate it. */
  lexical: Int32Array[];
  /** Per distinct name: its transliteration skeleton, and the name as written. */
  nameSkeletons: string[];
  names: string[];
  /** Per distinct name: the interned keys to look up among the Arabic skeletons (evidence.ts). */
  nameKeys: Int32Array[];
  anchors: string[];
  anchorKeys: Int32Array;
  quote: boolean;
};

export type ArabicUnit = {
  length: number;
  /** Per distinct word known to the lexicon: the ids of its candidate stems. */
  lexical: Int32Array[];
  /** Interned transliteration skeletons of every content word (any may be a name), with their
   * one-class deletions, as English names look them up. */
  skeletonKeys: Int32Array;
  anchors: string[];
  anchorKeys: Int32Array;
  quote: boolean;
};

export type AlignResources = { lexicon?: Lexicon | null };

/** A capitalised word that is not just a sentence-initial common word, and not an acronym. */
function isNameLike(token: { text: string; norm: string; capitalised: boolean; sentenceInitial: boolean }, lexicon: Lexicon | null | undefined): boolean {
  if (!token.capitalised || token.text.length < 3 || ENGLISH_STOPWORDS.has(token.norm)) return false;
  if (/^\p{Lu}+$/u.test(token.text) && token.text.length <= 5) return false;
  if (token.sentenceInitial && lexicon && lexicon.translationsOf(token.norm).length > 0) return false;
  return true;
}

export function describeEnglishUnit(text: string, resources: AlignResources): EnglishUnit {
  const tokens = tokeniseEnglish(text);
  const lexicon = resources.lexicon;
  const lexical: Int32Array[] = [];
  const seenWords = new Set<string>();
  const nameSkeletons: string[] = [];
  const names: string[] = [];
  for (const token of tokens) {
    if (ENGLISH_STOPWORDS.has(token.norm) || token.norm.length < 2) continue;
    if (lexicon && !seenWords.has(token.norm)) {
      seenWords.add(token.norm);
      const ids = lexicon.translationsOf(token.norm);
      if (ids.length > 0) lexical.push(ids);
    }
    if (isNameLike(token, lexicon)) {
      for (const part of token.text.split(/-/u)) {
        if (/^(?:al|el|Al|El)$/u.test(part)) continue;
        const skeleton = latinSkeleton(part);
        if (skeleton.length >= 2 && !nameSkeletons.includes(skeleton)) {
          nameSkeletons.push(skeleton);
          names.push(token.text);
        }
      }
    }
  }
  const anchors = [...new Set(englishAnchors(text, tokens))];
  return {
    length: text.length,
    lexical,
    nameSkeletons,
    names,
    nameKeys: nameSkeletons.map(nameQueryKeys),
    anchors,
    anchorKeys: Int32Array.from(anchors, internKey),
    quote: hasQuotation(text),
  };
}

/** What Arabic matching normalisation drops: marks, tatweel, the lone hamza (normalise-arabic.ts). */
const DROPPED_WHEN_FOLDED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u0621]/gu;

/**
 * Index keys of an Arabic skeleton: the skeleton itself, and "~"-marked forms that meet an English
 * skeleton one class longer, shorter or different (see nameQueryKeys): a deletion-neighbourhood
 * match, so edit distance 1 costs lookups instead of comparisons.
 */
function skeletonIndexKeys(s: string): string[] {
  const keys = [s];
  if (s.length >= 3) keys.push(`~${s}`);
  if (s.length >= 4) for (const d of skeletonDeletions(s)) keys.push(`~${d}`);
  return keys;
}

function nameQueryKeys(s: string): Int32Array {
  const keys = [s];
  if (s.length >= 3) keys.push(`~${s}`);
  if (s.length >= 4) for (const d of skeletonDeletions(s)) keys.push(`~${d}`);
  return Int32Array.from(new Set(keys), internKey);
}

/** Arabic word (matching form) -> the interned keys of its skeletons; words recur across an archive. */
const WORD_CACHE = new Map<string, number[]>();
const WORD_CACHE_LIMIT = 200000;

function skeletonKeysOf(norm: string): number[] {
  let cached = WORD_CACHE.get(norm);
  if (!cached) {
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    cached = [...new Set(arabicSkeletonCandidates(norm).flatMap(skeletonIndexKeys))].map(internKey);
    WORD_CACHE.set(norm, cached);
  }
  return cached;
}

export function describeArabicUnit(text: string, resources: AlignResources): ArabicUnit {
  const tokens = tokeniseArabic(text);
  const lexicon = resources.lexicon;
  const lexical: Int32Array[] = [];
  const seen = new Set<string>();
  const skeletonKeys = new Set<number>();
  for (const token of tokens) {
    if (ARABIC_STOPWORDS.has(token.norm) || seen.has(token.norm)) continue;
    seen.add(token.norm);
    if (lexicon) {
      const ids = lexicon.stemIdsOf(token.norm);
      if (ids.length > 0) lexical.push(ids);
    }
    for (const k of skeletonKeysOf(token.norm)) skeletonKeys.add(k);
  }
  const anchors = [...new Set(arabicAnchors(text, tokens))];
  return {
    // The length of the matching form: vocalised text (scripture, poetry) would otherwise count
    // every short vowel as a character. Folding maps one character to one, except what it drops.
    length: text.length - (text.match(DROPPED_WHEN_FOLDED)?.length ?? 0),
    lexical,
    skeletonKeys: Int32Array.from(skeletonKeys),
    anchors,
    anchorKeys: Int32Array.from(anchors, internKey),
    quote: hasQuotation(text),
  };
}
