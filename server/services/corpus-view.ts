/**
 * Filters the corpus list: a title search (either edition's title, Arabic folded for matching),
 * a status, and a date range on the publication date (or the import date when there is none);
 * sorts it by a column (title, either edition's publication date, import date, status, open
 * findings, last change) and cuts it in pages whose links keep the filter and the sort.
 * The page and the JSON API read the corpus list here; deleted documents are never in it (the store).
 * The filter, the order and the page are done in SQL by the store (listCorpusPage), which reads the
 * progress counts for the page's documents only; this module turns the query into that listing.
 */
import type { CorpusListing, DocumentSummary, Store } from "../store/types.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";

export type CorpusFilter = { q?: string; status?: string; from?: string; to?: string };

/** The columns the corpus can be sorted by (GET parameter `sort`), and the direction (`dir`). */
export const CORPUS_SORTS = ["title", "published-en", "published-ar", "imported", "status", "findings", "updated"] as const;
export type CorpusSort = (typeof CORPUS_SORTS)[number];
export type SortDirection = "asc" | "desc";
export type CorpusQuery = CorpusFilter & { sort?: string; dir?: string; page?: string };

/** Documents on one page of the corpus table. */
export const CORPUS_PAGE_SIZE = 100;

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
  const asked = /^\d{1,9}$/u.test(query.page ?? "") ? Number(query.page) : 1;
  const listed = store.listCorpusPage({ ...listingFilter(filter), order: sort, direction: dir, page: asked, pageSize: CORPUS_PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(listed.total / CORPUS_PAGE_SIZE));
  const page = listed.page;
  const columns = Object.fromEntries(CORPUS_SORTS.map((key) => {
    const current = key === sort ? dir : null;
    const next: SortDirection = current ? (current === "asc" ? "desc" : "asc") : FIRST_DIRECTION[key];
    return [key, { key, current, href: corpusHref(filter, key, next, 1) }];
  })) as Record<CorpusSort, CorpusColumn>;
  return {
    documents: listed.documents,
    filter, sort, direction: dir, columns,
    paging: {
      page, pages, total: listed.total, several: pages > 1,
      prevHref: page > 1 ? corpusHref(filter, sort, dir, page - 1) : null,
      nextHref: page < pages ? corpusHref(filter, sort, dir, page + 1) : null,
    },
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The store's filter for the page's: the search folded for matching, malformed dates dropped. */
function listingFilter(filter: CorpusFilter): Pick<CorpusListing, "needle" | "status" | "from" | "to"> {
  const needle = normaliseArabic(filter.q?.trim() ?? "").toLowerCase();
  return {
    needle: needle || undefined,
    status: filter.status || undefined,
    from: filter.from && DATE.test(filter.from) ? filter.from : undefined,
    to: filter.to && DATE.test(filter.to) ? filter.to : undefined,
  };
}

/** Every document with its progress counts. */
export function listCorpus(store: Store): DocumentSummary[] {
  return store.listDocuments();
}

/** The documents that pass the filter, all of them, in the page's default order (last change first). */
export function findDocuments(store: Store, filter: CorpusFilter): DocumentSummary[] {
  return store.listCorpusPage({ ...listingFilter(filter), order: "updated", direction: "desc", page: 1, pageSize: Number.MAX_SAFE_INTEGER }).documents;
}
