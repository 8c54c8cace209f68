/**
 * Loads Debian's Arabic Hunspell dictionary (hunspell-ar: Ayaspell, GPL-2/LGPL-2.1/MPL-1.1) for the
 * arabic-spelling check, once per process (parsing its 3 MB takes well under a second), and hands it
 * to the checks through their context. scripts/ensure-dictionary.sh installs the package; when it
 * is absent the check finds nothing and `arabicDictionaryStatus()` says why, for a notice.
 *
 * Where: MIZAN_ARABIC_DICTIONARY (the path of the .dic, the .aff beside it) when set; else Debian's
 * /usr/share/hunspell/ar.dic.
 */
import { existsSync, readFileSync } from "node:fs";
import { HunspellLookup } from "../domain/checks/hunspell-lookup.js";

export const DEBIAN_ARABIC_DIC = "/usr/share/hunspell/ar.dic";

export type LoadedDictionary = { dictionary: HunspellLookup | null; path: string | null; problem: string | null };
let loaded: LoadedDictionary | undefined;

function load(): LoadedDictionary {
  return readArabicDictionary(process.env.MIZAN_ARABIC_DICTIONARY || DEBIAN_ARABIC_DIC);
}

/** Reads a Hunspell .dic and the .aff beside it, uncached; a missing or unreadable pair is a problem, not an error. */
export function readArabicDictionary(dic: string): LoadedDictionary {
  const aff = dic.replace(/\.dic$/u, "") + ".aff";
  if (!existsSync(dic) || !existsSync(aff)) return { dictionary: null, path: null, problem: `no Arabic dictionary at ${dic} (Debian package hunspell-ar)` };
  try {
    return { dictionary: HunspellLookup.parse({ aff: readFileSync(aff, "utf8"), dic: readFileSync(dic, "utf8") }), path: dic, problem: null };
  } catch (error) {
    return { dictionary: null, path: dic, problem: `${dic}: ${(error as Error).message}` };
  }
}

/** The dictionary, loaded on first use; null when there is none (the Arabic spelling check then finds nothing). */
export function arabicDictionary(): HunspellLookup | null {
  loaded ??= load();
  return loaded.dictionary;
}

/** Where the dictionary came from, or why there is none. */
export function arabicDictionaryStatus(): { path: string | null; problem: string | null } {
  loaded ??= load();
  return { path: loaded.path, problem: loaded.problem };
}
