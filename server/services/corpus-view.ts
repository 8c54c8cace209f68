/**
 * Filters the corpus list: a title search (either edition's title, Arabic folded for matching),
 * a status, and a date range on the publication date (or the import date when there is none);
 * sorts it by a column (title, either edition's publication date, import date, status, open
 * findings, last change) and cuts it in pages whose links keep the filter and the sort.
 * The page and the JSON API read the corpus list here; deleted documents are never in it (the store).
 */
import type { DocumentSummary, Store } from "../store/types.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";

export type CorpusFilter = { q?: string; status?: string; from?: string; to?: string };

/** The columns the corpus can be sorted by (GET parameter `sort`), and the direction (`dir`). */
export const CORPUS_SORTS = ["title", "published-en", "published-ar", "imported", "status", "findings", "updated"] as const;
export type CorpusSort = (typeof CORPUS_SORTS)[number];
export type SortDirection = "asc" | "desc";
export type CorpusQuery = CorpusFilter & { sort?: string; dir?: string; page?: string };

/** Documents on one page of the corpus table. */
export const CORPUS_PAGE_SIZE = 100;

const STATUS_ORDER: Record<string, number> = { open: 0, finished: 1, locked: 2 };
const TITLES = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The value a column sorts by; null (no date) always sorts last. */
function sortValue(d: DocumentSummary, sort: CorpusSort): string | number | null {
  switch (sort) {
    case "title": return d.title;
    case "published-en": return d.publishedEn ?? null;
    case "published-ar": return d.publishedAr ?? null;
    case "imported": return d.createdAt;
    case "status": return STATUS_ORDER[d.status] ?? 3;
    case "findings": return d.findings;
    case "updated": return d.updatedAt;
  }
}

/** A sorted copy: by the column in the direction, documents without the value last, ties by id (import order, in the same direction). */
export function sortDocuments(documents: readonly DocumentSummary[], sort: CorpusSort, dir: SortDirection): DocumentSummary[] {
  const sign = dir === "asc" ? 1 : -1;
  return documents.map((d) => ({ d, v: sortValue(d, sort) })).sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? sign * (a.d.id - b.d.id) : a.v === null ? 1 : -1;
    const order = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : sort === "title" ? TITLES.compare(String(a.v), String(b.v)) : String(a.v) < String(b.v) ? -1 : String(a.v) > String(b.v) ? 1 : 0;
    return sign * (order !== 0 ? order : a.d.id - b.d.id);
  }).map(({ d }) => d);
}

/** The direction a column starts in when first chosen: dates and counts newest or largest first, words A to Z. */
const FIRST_DIRECTION: Record<CorpusSort, SortDirection> = {
  title: "asc", "published-en": "desc", "published-ar": "desc", imported: "desc", status: "asc", findings: "desc", updated: "desc",
};

export type CorpusColumn = { key: CorpusSort; href: string; current: SortDirection | null };
export type CorpusPage = {
  documents: DocumentSummary[];
  filter: CorpusFilter;
  sort: CorpusSort;
  /** The sort's direction (not `dir`: pages already use that name for the text direction). */
  direction: SortDirection;
  /** Per sortable column: the link that sorts by it (the other way round when it is the current one). */
  columns: Record<CorpusSort, CorpusColumn>;
  paging: { page: number; pages: number; total: number; prevHref: string | null; nextHref: string | null; several: boolean };
};

/** The corpus page's URL for a filter, sort and page (only what differs from the defaults). */
export function corpusHref(filter: CorpusFilter, sort: CorpusSort, dir: SortDirection, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "from", "to"] as const) if (filter[key]) params.set(key, filter[key] ?? "");
  if (sort !== "updated" || dir !== "desc") {
    params.set("sort", sort);
    params.set("dir", dir);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/** The corpus table: filtered, sorted, one page of it, with the links of its column heads and pager. */
export function corpusPage(store: Store, query: CorpusQuery): CorpusPage {
  const filter: CorpusFilter = { q: query.q, status: query.status, from: query.from, to: query.to };
  const sort: CorpusSort = (CORPUS_SORTS as readonly string[]).includes(query.sort ?? "") ? (query.sort as CorpusSort) : "updated";
  const dir: SortDirection = query.dir === "asc" || query.dir === "desc" ? query.dir : query.sort === sort ? FIRST_DIRECTION[sort] : "desc";
  const sorted = sortDocuments(findDocuments(store, filter), sort, dir);
  const pages = Math.max(1, Math.ceil(sorted.length / CORPUS_PAGE_SIZE));
  const asked = /^\d{1,9}$/u.test(query.page ?? "") ? Number(query.page) : 1;
  const page = Math.min(Math.max(1, asked), pages);
  const columns = Object.fromEntries(CORPUS_SORTS.map((key) => {
    const current = key === sort ? dir : null;
    const next: SortDirection = current ? (current === "asc" ? "desc" : "asc") : FIRST_DIRECTION[key];
    return [key, { key, current, href: corpusHref(filter, key, next, 1) }];
  })) as Record<CorpusSort, CorpusColumn>;
  return {
    documents: sorted.slice((page - 1) * CORPUS_PAGE_SIZE, page * CORPUS_PAGE_SIZE),
    filter, sort, direction: dir, columns,
    paging: {
      page, pages, total: sorted.length, several: pages > 1,
      prevHref: page > 1 ? corpusHref(filter, sort, dir, page - 1) : null,
      nextHref: page < pages ? corpusHref(filter, sort, dir, page + 1) : null,
    },
  };
}

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
