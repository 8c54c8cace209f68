/**
 * Corpus-wide spelling statistics for the checks ("how often does the corpus write each
 * capitalised word", "in how many documents is each word used"), so a name spelt against the
 * corpus's usual spelling is flagged and a word the corpus keeps using is no misspelling. Counting
 * reads every English paragraph, so the figures are kept: recounted at most every ten minutes or
 * when documents are removed, and documents added are added to them (a statistic a few edits old
 * is still the corpus's usage). Which documents the figures count is checked against the
 * database's corpus stamp at every call, so documents imported, deleted or restored by another app
 * instance on the same database are seen at once, as this process's own are; edits, by any
 * instance, reach the figures at the next count from nothing (MAX_AGE_MS).
 */
import type { Store } from "../store/types.js";
import type { CorpusStats } from "../domain/checks/types.js";
import { tokeniseEnglish } from "../domain/segment/tokenise.js";
import { addDocumentWords } from "../domain/checks/corpus-words.js";

const MAX_AGE_MS = 10 * 60 * 1000;

/** The figures, the documents they count (by id) and when they were counted from nothing. */
type Figures = { spellings: Map<string, number>; words: Map<string, number> };
type Counted = { stamp: string; ids: Set<number>; at: number; stats: Figures };

/** Per store (a process may hold several databases, tests do). */
const CACHE = new WeakMap<Store, Counted>();

/** Adds one document's English paragraphs (boilerplate left out) to the figures. */
function countDocument(store: Store, id: number, stats: Figures): void {
  const texts: string[] = [];
  for (const paragraph of store.getParagraphs(id, "en")) {
    if (paragraph.boilerplate) continue;
    texts.push(paragraph.text);
    for (const token of tokeniseEnglish(paragraph.text)) {
      if (token.capitalised && !token.sentenceInitial) stats.spellings.set(token.text, (stats.spellings.get(token.text) ?? 0) + 1);
    }
  }
  addDocumentWords(stats.words, texts);
}

/**
 * The corpus's figures. Documents only added since the last count (an import, an archive job
 * making thousands one after another) are added to the figures, not counted again from nothing:
 * recounting every document for every new one made an archive's documents stage quadratic. A
 * document removed, or figures older than MAX_AGE_MS, means a count from nothing.
 */
export function corpusStats(store: Store, now = Date.now()): CorpusStats {
  const stamp = store.corpusStamp();
  const cached = CACHE.get(store);
  const fresh = cached !== undefined && now - cached.at < MAX_AGE_MS;
  if (fresh && cached.stamp === stamp) return cached.stats;
  const ids = store.listDocuments().map((doc) => doc.id);
  const present = new Set(ids);
  if (fresh && [...cached.ids].every((id) => present.has(id))) {
    for (const id of ids) if (!cached.ids.has(id)) countDocument(store, id, cached.stats);
    CACHE.set(store, { stamp, ids: present, at: cached.at, stats: cached.stats });
    return cached.stats;
  }
  const stats: Figures = { spellings: new Map<string, number>(), words: new Map<string, number>() };
  for (const id of ids) countDocument(store, id, stats);
  CACHE.set(store, { stamp, ids: present, at: now, stats });
  return stats;
}
