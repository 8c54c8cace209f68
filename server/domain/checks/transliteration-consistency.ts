/**
 * One name spelt two ways in a document (al-Dar al-Kabira / al-Dar al-Kabirah, Bin Ladin / Bin
 * Laden, Qaeda / Qa'ida, al-Hazmi / Alhazmi). The document's name words (name-occurrences.ts) are
 * clustered by the transliteration-aware key (name-key.ts) and judged by name-variants.ts: the
 * glossary's spelling or the document's majority wins and the slips get it as their fix; a tie
 * between two spellings is a question, with no fix (the message asks which spelling is right).
 */
import { tokeniseEnglish } from "../segment/tokenise.js";
import { nameOccurrences } from "./name-occurrences.js";
import { nameVerdicts } from "./name-variants.js";
import type { Check, PreparedDocument, RawFinding } from "./types.js";

export { MAX_SPELLINGS } from "./name-variants.js";

/** The glossary's English words that look like names, and its whole one-word entries. */
export function glossaryNames(doc: PreparedDocument): { words: Set<string>; entries: Set<string> } {
  const words = new Set<string>();
  const entries = new Set<string>();
  for (const entry of doc.glossary) {
    const tokens = tokeniseEnglish(entry.en).filter((t) => /\p{Lu}/u.test(t.text));
    for (const t of tokens) words.add(t.text.replace(/^(?:al|el|Al|El)-/u, ""));
    const all = tokeniseEnglish(entry.en);
    if (all.length === 1 && all[0]) entries.add(all[0].text.replace(/^(?:al|el|Al|El)-/u, ""));
  }
  return { words, entries };
}

export const transliterationConsistency: Check = {
  id: "transliteration-consistency", severity: "warning", side: "document",
  run: (doc) => {
    const { words, entries } = glossaryNames(doc);
    return nameVerdicts(nameOccurrences(doc.en), words, entries).map((v): RawFinding => {
      const word = (doc.en.texts[v.occurrence.paragraph] ?? "").slice(v.start, v.end);
      return {
        lang: "en", paragraph: v.occurrence.paragraph, start: v.start, end: v.end,
        params: v.suggestion === null ? { word, canonical: v.canonical, context: "question" } as Record<string, string> : { word, canonical: v.canonical },
        suggestion: v.suggestion,
      };
    });
  },
};
