/**
 * Filters the corpus list: a title search (either edition's title, Arabic folded for matching),
 * a status, and a date range on the publication date (or the import date when there is none).
 * The page and the JSON API read the corpus list here.
 */
import type { DocumentSummary, Store } from "../store/types.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";

export type CorpusFilter = { q?: string; status?: string; from?: string; to?: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

export function filterDocuments(documents: DocumentSummary[], filter: CorpusFilter): DocumentSummary[] {
  const needle = normaliseArabic(filter.q?.trim() ?? "").toLowerCase();
  return documents.filter((d) => {
    if (needle && !normaliseArabic(`${d.title} ${d.titleAr ?? ""}`).toLowerCase().includes(needle)) return false;
    if (filter.status && d.status !== filter.status) return false;
    const date = d.publishedEn ?? d.publishedAr ?? d.createdAt.slice(0, 10);
    if (filter.from && DATE.test(filter.from) && date < filter.from) return false;
    if (filter.to && DATE.test(filter.to) && date > filter.to) return false;
    return true;
  });
}

/** Every document with its progress counts. */
export function listCorpus(store: Store): DocumentSummary[] {
  return store.listDocuments();
}

/** The corpus page's list: the documents that pass the filter. */
export function findDocuments(store: Store, filter: CorpusFilter): DocumentSummary[] {
  return filterDocuments(store.listDocuments(), filter);
}
