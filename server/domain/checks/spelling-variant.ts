/**
 * American and British spellings both pass the spelling check; once the corpus settles on one,
 * the other is a consistency slip. A word whose counterpart in the other spelling system
 * (word-list.ts, pairs derived from SCOWL's lists: colour/color, programme/program) is used in at
 * least MIN_DOCUMENTS documents and DOMINANCE times as many as the word's own spelling is flagged,
 * with the corpus's spelling (in the word's case) as the fix. Without corpus statistics or the
 * word list the check is silent.
 */
import type { Check, RawFinding } from "./types.js";

/** Documents that must use the corpus's spelling before it counts as settled, and by how much it must lead. */
const MIN_DOCUMENTS = 3;
const DOMINANCE = 3;

/** The replacement in the case of the word as written (Colour -> Color, COLOUR -> COLOR). */
function inCaseOf(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return replacement.toUpperCase();
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export const spellingVariant: Check = {
  id: "spelling-variant", severity: "info", side: "corpus",
  run: (doc) => {
    const counts = doc.corpus?.words;
    const variants = doc.words?.variants;
    if (!counts || !variants || variants.size === 0) return [];
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
        if (!variants.has(word)) continue;
        const other = preferred(word);
        if (other !== null) out.push({ lang: "en", paragraph, start: t.start, end: t.end, params: { word: t.text, preferred: inCaseOf(t.text, other) }, suggestion: inCaseOf(t.text, other) });
      }
    });
    return out;
  },
};
