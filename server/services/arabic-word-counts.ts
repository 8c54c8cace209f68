/**
 * FreeDict's Arabic word counts for the Arabic spelling check (domain/checks/arabic-word-counts.ts):
 * read from the English–Arabic FreeDict that dict-freedict-eng-ara installs for the aligner, so no
 * other package is needed. Counting its 4 MB takes a fraction of a second; once per process. Null
 * when the dictionary is not installed: the check then leaves every dictionary word alone.
 */
import { existsSync } from "node:fs";
import { countArabicWords, type ArabicWordCounts } from "../domain/checks/arabic-word-counts.js";
import { FREEDICT_ENG_ARA, readDictdText } from "./freedict.js";

let loaded: ArabicWordCounts | null | undefined;

/** Counts the Arabic words of a dictd file (.dz or .gz compressed, or plain), or null when there is none. */
export function readArabicWordCounts(path: string): ArabicWordCounts | null {
  if (!existsSync(path)) return null;
  return countArabicWords(readDictdText(path));
}

/** The counts of the installed FreeDict, read on first use. */
export function arabicWordCounts(): ArabicWordCounts | null {
  if (loaded === undefined) loaded = readArabicWordCounts(FREEDICT_ENG_ARA);
  return loaded;
}
