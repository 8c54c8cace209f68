/**
 * The English dictionary the checks share: nspell with dictionary-en (Hunspell en_US) for "is this
 * a word", British spellings accepted by rule (behaviour, centre, organise, programme, travelled,
 * ageing), closed compounds of two dictionary words (counterterrorism), and a rough part of speech
 * read from the dictionary's affix flags (M: noun possessive, D/G: verb -ed/-ing, R/T: adjective
 * -er/-est, Y: -ly adverb from an adjective). Loaded once per process, on first use. With SCOWL's
 * larger lists at hand (word-list.ts, passed in by the caller), isKnownWordIn uses them instead of
 * the British rewrite rules.
 *
 * Bounded work per word, whatever the text: a word longer than the longest form the dictionary can
 * build (its longest entry plus its longest prefix and suffix: 23 + 3 + 8 letters for en_US,
 * "electroencephalographic" + "ications") is no dictionary word and is answered without a lookup,
 * and gets no suggestion search, whose cost grows with the square of the length (a 1,000-letter
 * word kept nspell busy for 20 s, a 19,970-letter one ran it out of memory). Words that long are
 * not cached either, so a hostile text cannot fill the caches with huge keys.
 */
import dictionary from "dictionary-en";
import nspell from "nspell";
import { isListed, type WordList } from "./word-list.js";

type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
let flags: Map<string, string> | null = null;
let maxLength: number | null = null;

export function getSpeller(): Speller {
  if (!speller) speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller;
}

/** Lower-cased dictionary stem -> its affix flags (entries that differ only in case merged). */
function getFlags(): Map<string, string> {
  if (flags) return flags;
  flags = new Map();
  const lines = Buffer.from(dictionary.dic).toString("utf8").split("\n");
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const slash = line.indexOf("/");
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    if (!word) continue;
    flags.set(word, (flags.get(word) ?? "") + (slash < 0 ? "" : line.slice(slash + 1).trim()));
  }
  return flags;
}

/**
 * The longest word the dictionary can produce: its longest entry plus its longest prefix and its
 * longest suffix (affix rules read from the .aff file: `SFX flag strip add condition`).
 */
export function maxWordLength(): number {
  if (maxLength !== null) return maxLength;
  let entry = 0;
  const dic = Buffer.from(dictionary.dic).toString("utf8");
  for (const line of dic.split("\n").slice(1)) {
    const slash = line.indexOf("/");
    entry = Math.max(entry, (slash < 0 ? line : line.slice(0, slash)).trim().length);
  }
  const affix = { PFX: 0, SFX: 0 };
  for (const m of Buffer.from(dictionary.aff).toString("utf8").matchAll(/^(PFX|SFX)[ \t]+\S+[ \t]+\S+[ \t]+(\S+)[ \t]+\S+/gmu)) {
    const kind = m[1] === "PFX" ? "PFX" : "SFX";
    const add = (m[2] ?? "0").split("/")[0] ?? "0";
    affix[kind] = Math.max(affix[kind], add === "0" ? 0 : add.length);
  }
  maxLength = entry + affix.PFX + affix.SFX;
  return maxLength;
}

/** Whether a word is too long to be any dictionary word (and so is never looked up). */
export function isOverlong(word: string): boolean {
  return word.length > maxWordLength();
}

/** nspell's own "is this spelt right", bounded: an overlong word is not. */
export function isDictionaryWord(word: string): boolean {
  return !isOverlong(word) && getSpeller().correct(word);
}

/** British → American rewrites: if one gives a dictionary word, the British spelling is fine. */
const BRITISH: [RegExp, string][] = [
  [/our(s|ed|ing|ful|ite|ites|able|er|ers)?$/u, "or$1"], [/our(?=[a-z]{2,})/u, "or"],
  [/([^aeiou])re(s|d)?$/u, "$1er$2"], [/is(e|es|ed|ing|ation|ations|er|ers)$/u, "iz$1"], [/ys(e|es|ed|ing)$/u, "yz$1"],
  [/([aeiou])ll(ed|ing|er|ers)$/u, "$1l$2"], [/ogue(s)?$/u, "og$1"], [/mme(s)?$/u, "m$1"], [/ae/u, "e"], [/oe/u, "e"],
  [/eing$/u, "ing"], [/([^aeiou])t$/u, "$1ed"], [/ence$/u, "ense"], [/ll(ment|ful)$/u, "l$1"], [/l(ment|ful)$/u, "ll$1"],
];

const knownCache = new Map<string, boolean>();

/** Whether a word (as written, apostrophes folded) is an English word in US or British spelling. */
export function isKnownWord(word: string): boolean {
  if (isOverlong(word)) return false;
  let known = knownCache.get(word);
  if (known === undefined) {
    if (knownCache.size > 200000) knownCache.clear();
    knownCache.set(word, (known = computeKnown(word)));
  }
  return known;
}

function computeKnown(word: string): boolean {
  const s = getSpeller();
  const w = word.replace(/’/gu, "'");
  if (s.correct(w)) return true;
  // Possessive of a known word or name-like word: check the stem.
  const stem = w.replace(/'s?$/u, "");
  if (stem !== w && stem.length > 0 && s.correct(stem)) return true;
  const lower = stem.toLowerCase();
  for (const [pattern, replacement] of BRITISH) {
    const us = lower.replace(pattern, replacement);
    if (us !== lower && s.correct(us)) return true;
  }
  return isCompound(lower);
}

const knownInCache = new WeakMap<WordList, Map<string, boolean>>();

/**
 * Whether a word is English when the larger word list is at hand: a word of nspell's dictionary
 * (which also knows names and possessives), a word of the list (SCOWL's American and British
 * spellings: behaviour, programme, ageing, amongst), or a closed compound of two of its commoner
 * words of at least four letters each (counterterrorism, wellbeing). The list replaces the British
 * rewrite rules, which also let misspellings through (sence -> sense, tourch -> torch, doens ->
 * dens), and the looser compounds (con+cider, prop+per, rester+aunt). Without a list, isKnownWord.
 */
export function isKnownWordIn(word: string, list: WordList | null): boolean {
  if (!list) return isKnownWord(word);
  if (isOverlong(word)) return false;
  let cache = knownInCache.get(list);
  if (!cache) knownInCache.set(list, (cache = new Map()));
  let known = cache.get(word);
  if (known === undefined) {
    if (cache.size > 200000) cache.clear();
    cache.set(word, (known = computeKnownIn(word, list)));
  }
  return known;
}

/**
 * English derivation that makes new words of listed ones (morphology, not a list of words): the
 * negative prefix as English assimilates it (in- before most letters, im- before b, m, p, il- before
 * l, ir- before r) on an adjective in -able/-ible and its noun (indecomposable; "inpossible" stays a
 * slip, and so does "independant", whose rest is no -able word), and suffixes that make nouns and
 * adjectives of words (decomposable -> decomposability, spectrophotometry -> spectrophotometric,
 * backbench -> backbenchers: an agent -er after two consonants, where no doubling is in question,
 * the last no -s: "sightsers" is no agent of "sights"). The base keeps at least MIN_DERIVED_BASE
 * letters: of 20,000 generated one-edit slips of listed words in -able, -ible, -ability, -ic and
 * -er(s), a base of 7 let none through (6: 0.04%, 5: 0.07%, 4: 0.25%); on the clean text of
 * scripts/measure-false-alarms.ts every minimum from 5 to 9 takes the same flags away.
 */
const NEGATIVE_PREFIX = /^(?:in(?=[ac-kn-oqs-z])|im(?=[bmp])|il(?=l)|ir(?=r))(?=\p{Ll}+(?:able|ible|ability|ibility)$)/u;
const DERIVING_SUFFIXES: [RegExp, string][] = [[/ability$/u, "able"], [/ibility$/u, "ible"], [/([^aeiou])ic$/u, "$1y"], [/([^aeiouy][^aeiouys])ers?$/u, "$1"]];
export const MIN_DERIVED_BASE = 7;

function derivedFromWord(lower: string, isWord: (word: string) => boolean): boolean {
  const bases = [lower];
  const negative = NEGATIVE_PREFIX.exec(lower);
  if (negative && lower.length - negative[0].length >= MIN_DERIVED_BASE) {
    const rest = lower.slice(negative[0].length);
    if (isWord(rest)) return true;
    bases.push(rest);
  }
  for (const base of bases) {
    for (const [pattern, replacement] of DERIVING_SUFFIXES) {
      const from = base.replace(pattern, replacement);
      if (from !== base && from.length >= MIN_DERIVED_BASE && isWord(from)) return true;
    }
  }
  return false;
}

/** English prefixes that make new words of any word (English morphology, not a list of words). */
const PRODUCTIVE_PREFIX = /^(?:counter|under|inter|intra|super|multi|cyber|micro|macro|mega|over|anti|semi|post|bio|non|pre|sub|un|re)/u;

function computeKnownIn(word: string, list: WordList): boolean {
  const s = getSpeller();
  const w = word.replace(/’/gu, "'");
  if (s.correct(w) || isListed(list, w)) return true;
  const stem = w.replace(/'s?$/u, "");
  if (stem !== w && stem.length > 0 && (s.correct(stem) || isListed(list, stem))) return true;
  const lower = stem.toLowerCase();
  // A plural the lists lack of a word they have (paragliders, curriculums, clades): words of
  // three letters or fewer list their -s forms ("wass" is no plural of "was").
  const single = lower.replace(/s$/u, "");
  if (single !== lower && single.length > 3 && (list.words.has(single) || s.correct(single))) return true;
  // The -ies plural of a word in -y (pieties, of piety): a consonant before the y, as English spells it.
  const inY = /[^aeiou]ies$/u.test(lower) ? lower.replace(/ies$/u, "y") : null;
  if (inY !== null && inY.length > 3 && (list.words.has(inY) || s.correct(inY))) return true;
  // A productive prefix on a listed word (unpresidential, nondisseminated, counterinsurgent): the
  // rest must be a whole word of five letters or more, so "untill" (un + till) stays a slip.
  const prefix = PRODUCTIVE_PREFIX.exec(lower);
  if (prefix && lower.length - prefix[0].length >= 5) {
    const rest = lower.slice(prefix[0].length).replace(/^-/u, "");
    if (list.words.has(rest) || s.correct(rest)) return true;
  }
  if (derivedFromWord(lower, (w) => list.words.has(w) || s.correct(w))) return true;
  // The plural of a name the dictionary has, used as a common noun (muppets, of Muppet).
  if (single !== lower && single.length > 3 && s.correct(single.charAt(0).toUpperCase() + single.slice(1))) return true;
  if (lower.length < 8 || !/^[a-z]+$/u.test(lower)) return false;
  const isWord = (part: string) => list.frequent.has(part);
  for (let k = 4; k <= lower.length - 4; k++) {
    if (isWord(lower.slice(0, k)) && isWord(lower.slice(k))) return true;
  }
  return false;
}

/** A closed compound of two dictionary words, each at least three letters (counterterrorism). */
function isCompound(lower: string): boolean {
  if (lower.length < 7 || !/^[a-z]+$/u.test(lower)) return false;
  const s = getSpeller();
  for (let k = 3; k <= lower.length - 3; k++) {
    if (s.correct(lower.slice(0, k)) && s.correct(lower.slice(k))) return true;
  }
  return false;
}

/** Letters tried for a one-edit neighbour: the dictionary's TRY set (a-z, A-Z and the apostrophe). */
const TRY_LETTERS = "esianrtolcdugmphbyfvkwzxqj'";

/**
 * Whether some dictionary word is one edit (a letter deleted, inserted, replaced, or two swapped)
 * from the word as written or with its first letter's case switched. About 60 lookups a letter.
 */
function hasNeighbour(word: string): boolean {
  const s = getSpeller();
  const first = word.charAt(0);
  const switched = (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
  for (const w of switched === word ? [word] : [word, switched]) {
    if (w !== word && s.correct(w)) return true;
    for (let k = 0; k <= w.length; k++) {
      const before = w.slice(0, k);
      const after = w.slice(k);
      if (k < w.length && s.correct(before + w.slice(k + 1))) return true;
      if (k + 1 < w.length && s.correct(before + (w[k + 1] ?? "") + (w[k] ?? "") + w.slice(k + 2))) return true;
      for (const c of TRY_LETTERS) {
        if (s.correct(before + c + after)) return true;
        if (k < w.length && s.correct(before + c + w.slice(k + 1))) return true;
      }
    }
  }
  return false;
}

/**
 * Spelling suggestions from the dictionary, best first; empty for an overlong word and for a word
 * with no dictionary word one edit away. nspell stops at one edit when it finds a word there (some
 * 20 ms); otherwise it searches two edits away, which costs up to seconds per word (a five-letter
 * nonsense word: 2.7 s), so that search is never started: such a word gets no suggestion.
 */
export function suggestionsFor(word: string): string[] {
  if (isOverlong(word) || word.length === 0 || !hasNeighbour(word)) return [];
  return getSpeller().suggest(word);
}

export type PartOfSpeech = "noun" | "verb" | "adjective" | "adverb";

const posCache = new Map<string, Set<PartOfSpeech>>();
const NO_PARTS: ReadonlySet<PartOfSpeech> = new Set();

/**
 * Parts of speech a lower-case word may have, from the dictionary's flags and its suffix; an empty
 * set means "unknown" (irregular forms and closed-class words carry no flags).
 */
export function partsOfSpeech(word: string): ReadonlySet<PartOfSpeech> {
  if (isOverlong(word)) return NO_PARTS;
  let pos = posCache.get(word);
  if (!pos) {
    if (posCache.size > 100000) posCache.clear();
    posCache.set(word, (pos = computePos(word)));
  }
  return pos;
}

function addFromFlags(out: Set<PartOfSpeech>, f: string): void {
  if (/M/u.test(f)) out.add("noun");
  if (/[DG]/u.test(f)) out.add("verb");
  if (/[RTP]/u.test(f)) out.add("adjective");
}

function computePos(word: string): Set<PartOfSpeech> {
  const table = getFlags();
  const out = new Set<PartOfSpeech>();
  const own = table.get(word);
  if (own !== undefined) addFromFlags(out, own);
  const tryStem = (stem: string, as: PartOfSpeech, need: RegExp) => {
    const f = table.get(stem);
    if (f !== undefined && need.test(f)) out.add(as);
  };
  if (word.endsWith("s")) {
    const base = word.replace(/(?:es|s)$/u, "");
    for (const b of [word.slice(0, -1), base, word.replace(/ies$/u, "y")]) {
      tryStem(b, "noun", /M/u);
      tryStem(b, "verb", /[DG]/u);
    }
  }
  if (/(?:ed|ing)$/u.test(word)) {
    const base = word.replace(/(?:ed|ing)$/u, "");
    for (const b of [base, base + "e", base.replace(/(.)\1$/u, "$1"), word.replace(/ied$/u, "y")]) tryStem(b, "verb", /[DG]/u);
  }
  // begin/beginning, swim/swimming, forget/forgetting: the doubled-consonant -ing form is listed on its own.
  if (/[^aeiou][aeiou][bdgklmnprt]$/u.test(word) && table.has(word + word.slice(-1) + "ing")) out.add("verb");
  if (/ly$/u.test(word)) out.add("adverb");
  if (/(?:er|est)$/u.test(word)) {
    const base = word.replace(/(?:er|est)$/u, "");
    for (const b of [base, base + "e", base.replace(/(.)\1$/u, "$1"), word.replace(/i(?:er|est)$/u, "y")]) tryStem(b, "adjective", /[RT]/u);
  }
  return out;
}
