/**
 * Corpus-wide spelling statistics for the checks ("how often does the corpus write each
 * capitalised word", "in how many documents is each word used"), so a name spelt against the
 * corpus's usual spelling is flagged and a word the corpus keeps using is no misspelling. Counting
 * reads every English paragraph, so the figures are kept and recounted at most every ten minutes
 * or when documents are added or removed: a statistic a few edits old is still the corpus's usage.
 */
import type { Store } from "../store/types.js";
import type { CorpusStats } from "../domain/checks/types.js";
import { tokeniseEnglish } from "../domain/segment/tokenise.js";
import { addDocumentWords } from "../domain/checks/corpus-words.js";

const MAX_AGE_MS = 10 * 60 * 1000;

/** Per store (a process may hold several databases, tests do). */
const CACHE = new WeakMap<Store, { documents: number; at: number; stats: CorpusStats }>();

export function corpusStats(store: Store, now = Date.now()): CorpusStats {
  const documents = store.countDocuments();
  const cached = CACHE.get(store);
  if (cached && cached.documents === documents && now - cached.at < MAX_AGE_MS) return cached.stats;
  const spellings = new Map<string, number>();
  const words = new Map<string, number>();
  for (const doc of store.listDocuments()) {
    const texts: string[] = [];
    for (const paragraph of store.getParagraphs(doc.id, "en")) {
      if (paragraph.boilerplate) continue;
      texts.push(paragraph.text);
      for (const token of tokeniseEnglish(paragraph.text)) {
        if (token.capitalised && !token.sentenceInitial) spellings.set(token.text, (spellings.get(token.text) ?? 0) + 1);
      }
    }
    addDocumentWords(words, texts);
  }
  const stats = { spellings, words };
  CACHE.set(store, { documents, at: now, stats });
  return stats;
}
