/**
 * The lexicon the aligner uses for a corpus: Debian's FreeDict English–Arabic dictionary when it
 * is installed, plus the corpus glossary on top. Rebuilt only when the glossary changes. And the
 * scorer the editor's changes re-score rows with: the aligner's own costs over that lexicon, with
 * each paragraph text described once (an edited document is re-read mostly unchanged).
 */
import { Lexicon } from "../domain/align/lexicon.js";
import { documentScorer, type BeadScorer } from "../domain/align/score-beads.js";
import { describeArabicUnit, describeEnglishUnit, type ArabicUnit, type EnglishUnit } from "../domain/align/unit-features.js";
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

/** Paragraph texts described for the scorer, per lexicon; bounded, cleared when full. */
const DESCRIBED_LIMIT = 50_000;
let described: { lexicon: Lexicon; en: Map<string, EnglishUnit>; ar: Map<string, ArabicUnit> } | null = null;

function describedFor(lexicon: Lexicon) {
  if (described?.lexicon !== lexicon || described.en.size + described.ar.size >= DESCRIBED_LIMIT) described = { lexicon, en: new Map(), ar: new Map() };
  return described;
}

/**
 * Documents prepared for scoring (units described, evidence collected, the model estimated from
 * the alignment they had then), by lexicon and the key the store gives (which changes with any
 * text or boilerplate): an alignment operation leaves the texts as they were, so every operation
 * after the first scores just its own rows. A few documents, newest kept.
 */
const PREPARED_LIMIT = 8;
const prepared = new Map<string, ReturnType<typeof documentScorer>>();
let preparedLexicon: Lexicon | null = null;

/** The scorer for a corpus with this glossary (see domain/align/score-beads.ts). */
export function beadScorerFor(glossary: GlossaryEntry[], options: { dictionary?: boolean } = {}): BeadScorer {
  const lexicon = lexiconFor(glossary, options);
  const cache = describedFor(lexicon);
  if (preparedLexicon !== lexicon) {
    prepared.clear();
    preparedLexicon = lexicon;
  }
  const describeEnglish = (text: string) => {
    let unit = cache.en.get(text);
    if (!unit) cache.en.set(text, (unit = describeEnglishUnit(text, { lexicon })));
    return unit;
  };
  const describeArabic = (text: string) => {
    let unit = cache.ar.get(text);
    if (!unit) cache.ar.set(text, (unit = describeArabicUnit(text, { lexicon })));
    return unit;
  };
  return (source, targets) => {
    const key = source.key;
    let scorer = prepared.get(key);
    if (scorer) prepared.delete(key);
    else {
      const { document, beads } = source.read();
      scorer = documentScorer(document, beads, { lexicon, describeEnglish, describeArabic });
    }
    prepared.set(key, scorer);
    if (prepared.size > PREPARED_LIMIT) prepared.delete(prepared.keys().next().value as string);
    return scorer(targets);
  };
}
