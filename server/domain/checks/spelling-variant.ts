/**
 * American and British spellings both pass the spelling check; once the corpus settles on one,
 * the other is a consistency slip. A word whose counterpart in the other spelling system
 * (word-list.ts, pairs derived from SCOWL's lists: colour/color, programme/program) is used in at
 * least MIN_DOCUMENTS documents and DOMINANCE times as many as the word's own spelling is flagged,
 * with the corpus's spelling (in the word's case) as the fix. A corpus can also mix the systems
 * (outlets, or Wikipedia's one-variety-per-article rule): when the other system's spellings are
 * more than a SYSTEM_DOMINANCE-th of all (document counts summed over every pair), a document that
 * writes one system throughout keeps it, and only a document that mixes the two is judged word by
 * word. Without corpus statistics or the word list the check is silent.
 */
import type { Check, PreparedDocument, RawFinding } from "./types.js";

/** Documents that must use the corpus's spelling before it counts as settled, and by how much it must lead. */
const MIN_DOCUMENTS = 3;
const DOMINANCE = 3;

/**
 * How much more the corpus must use one spelling system than the other (document counts summed
 * over every pair) before a document written wholly in the other counts as a slip. Measured on the
 * clean text of measure-false-alarms: one outlet's articles lean 6 to 1 or more (11 of 12 outlets
 * write one system only; rt.com 6 American to 1 British), the outlets pooled with the Wikipedia
 * articles 2.8 to 1 (112 American, 40 British); 4 lies between (about their geometric mean).
 */
const SYSTEM_DOMINANCE = 4;

type Corpus = ReadonlyMap<string, number>;
type WordList = NonNullable<PreparedDocument["words"]>;

/** The system the corpus has settled on ("british", "american"), or null while it mixes them; cached per corpus. */
const settledSystems = new WeakMap<Corpus, "british" | "american" | null>();
function settledSystem(counts: Corpus, words: WordList): "british" | "american" | null {
  const cached = settledSystems.get(counts);
  if (cached !== undefined) return cached;
  let british = 0;
  let american = 0;
  for (const w of words.variants.keys()) {
    const n = counts.get(w) ?? 0;
    if (words.british.has(w)) british += n;
    else american += n;
  }
  const system = american >= SYSTEM_DOMINANCE * Math.max(1, british) ? "american" : british >= SYSTEM_DOMINANCE * Math.max(1, american) ? "british" : null;
  settledSystems.set(counts, system);
  return system;
}

/** The replacement in the case of the word as written (Colour -> Color, COLOUR -> COLOR). */
function inCaseOf(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return replacement.toUpperCase();
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export const spellingVariant: Check = {
  id: "spelling-variant", severity: "info", side: "corpus",
  run: (doc) => {
    const counts = doc.corpus?.words;
    const words = doc.words;
    const variants = words?.variants;
    if (!counts || !words || !variants || variants.size === 0) return [];
    // The document's own variant spellings by system; in a mixed corpus a document of one system throughout is left alone.
    const written = { british: 0, american: 0 };
    for (const tokens of doc.en.tokens) for (const t of tokens) {
      const word = t.text.toLowerCase();
      if (variants.has(word)) written[words.british.has(word) ? "british" : "american"]++;
    }
    const corpusSystem = settledSystem(counts, words);
    const keeps = (word: string) => {
      const system = words.british.has(word) ? "british" : "american";
      return corpusSystem !== null ? corpusSystem === system : written[system === "british" ? "american" : "british"] === 0;
    };
    const settled = new Map<string, string | null>();
    const preferred = (word: string): string | null => {
      let answer = settled.get(word);
      if (answer === undefined) {
        const other = variants.get(word);
        const rival = other === undefined ? 0 : counts.get(other) ?? 0;
        answer = other !== undefined && rival >= MIN_DOCUMENTS && rival >= DOMINANCE * Math.max(1, counts.get(word) ?? 0) ? other : null;
        settled.set(word, answer);
      }
      return answer;
    };
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      for (const t of tokens) {
        const word = t.text.toLowerCase();
        if (!variants.has(word) || keeps(word)) continue;
        const other = preferred(word);
        if (other !== null) out.push({ lang: "en", paragraph, start: t.start, end: t.end, params: { word: t.text, preferred: inCaseOf(t.text, other) }, suggestion: inCaseOf(t.text, other) });
      }
    });
    return out;
  },
};
