/**
 * What the checks need beyond the text, installed data read once per process: SCOWL's larger word
 * lists, the English trigram model, the Arabic Hunspell dictionary and FreeDict's Arabic word counts. The app's background
 * checks, `mizan check` and the measuring scripts all take them from here, so every caller checks
 * with the same resources; whatever is not installed is simply absent (each check then does what
 * it can without it).
 */
import type { CheckContext } from "../domain/checks/types.js";
import { loadWordList } from "./word-list-loader.js";
import { languageModel } from "./language-model.js";
import { arabicDictionary } from "./arabic-dictionary.js";
import { arabicWordCounts } from "./arabic-word-counts.js";

export type CheckResources = Pick<CheckContext, "words" | "languageModel" | "arabicDictionary" | "arabicWordCounts">;

export function checkResources(): CheckResources {
  return {
    words: loadWordList() ?? undefined, languageModel: languageModel() ?? undefined, arabicDictionary: arabicDictionary() ?? undefined,
    arabicWordCounts: arabicWordCounts() ?? undefined,
  };
}
