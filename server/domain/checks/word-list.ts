/**
 * The larger English word list the spelling checks lean on: SCOWL's lists up to size 70 (the size
 * of Debian's wamerican-large and wbritish-large), the words common to every spelling, the
 * American-only ones and the British-only ones, with the US/UK pairs derived from them
 * (spelling-variants.ts). Built from plain word arrays, so the domain reads no file: a loader
 * outside (services/word-list-loader.ts) finds the lists and passes the result to the checks.
 */
import { deriveSpellingVariants } from "./spelling-variants.js";

export type WordList = {
  /** Every listed word, as listed (lower case, some with accents). */
  words: ReadonlySet<string>;
  /** The words of SCOWL's commoner sizes (up to 35): the parts a closed compound is made of. */
  frequent: ReadonlySet<string>;
  /** A spelling -> the same word in the other spelling system (colour -> color, color -> colour). */
  variants: ReadonlyMap<string, string>;
  /** The British side of those pairs (colour, programme): the spelling system a variant belongs to. */
  british: ReadonlySet<string>;
};

/** SCOWL's words, common to every spelling, American-only and British-only; `frequent`: those of sizes up to 35. */
export type { WordLists } from "./word-lists.js";
import type { WordLists } from "./word-lists.js";

export function buildWordList(lists: WordLists): WordList {
  const words = new Set<string>([...lists.common, ...lists.american, ...lists.british]);
  const variants = deriveSpellingVariants(lists);
  const britishOnly = new Set(lists.british);
  return { words, frequent: new Set(lists.frequent), variants, british: new Set([...variants.keys()].filter((w) => britishOnly.has(w))) };
}

/** Whether the list has the word as written or, for a capitalised or all-capital word, in lower case. */
export function isListed(list: WordList, word: string): boolean {
  if (list.words.has(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && list.words.has(lower);
}
