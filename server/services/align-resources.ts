/**
 * The lexicon the aligner uses for a corpus: Debian's FreeDict English–Arabic dictionary when it
 * is installed, plus the corpus glossary on top. Rebuilt only when the glossary changes.
 */
import { Lexicon } from "../domain/align/lexicon.js";
import { loadFreedict } from "./freedict.js";
import type { GlossaryEntry } from "../store/types.js";

let cached: { key: string; lexicon: Lexicon } | null = null;

export function lexiconFor(glossary: GlossaryEntry[], options: { dictionary?: boolean } = {}): Lexicon {
  const useDictionary = options.dictionary ?? true;
  const key = `${useDictionary}|${glossary.map((e) => `${e.ar}\u0001${e.en}`).join("\u0002")}`;
  if (cached?.key === key) return cached.lexicon;
  const base = (useDictionary ? loadFreedict() : null) ?? new Lexicon();
  const lexicon = base.withEntries(glossary);
  cached = { key, lexicon };
  return lexicon;
}
