/**
 * Document frequencies of English words for the corpus statistics: in how many documents each
 * word written in lower case (hyphenated tokens also by their parts) occurs. Counted in documents,
 * not uses, so that one article repeating a slip does not make it the corpus's usage; capitalised
 * uses are left out, so that a name (the Center for Strategic Studies) says nothing of spelling. Pure: the callers
 * (services/corpus-stats.ts, the check command) hand in each document's English paragraphs.
 */
import { tokeniseEnglish } from "../segment/tokenise.js";

/** Words longer than this are no words of any dictionary and are not counted (hostile text). */
const MAX_COUNTED = 40;

/** Adds one document's words to `counts` (word -> number of documents using it). */
export function addDocumentWords(counts: Map<string, number>, paragraphs: Iterable<string>): void {
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const token of tokeniseEnglish(paragraph)) {
      const forms = token.text.includes("-") ? [token.text, ...token.text.split("-")] : [token.text];
      for (const form of forms) {
        const word = form.replace(/[’']s?$/u, "");
        if (word !== word.toLowerCase() || word.length < 2 || word.length > MAX_COUNTED || seen.has(word)) continue;
        seen.add(word);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
}
