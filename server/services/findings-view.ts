/**
 * The corpus-wide findings page as a QA grid (like Xbench's or Verifika's): one line per finding
 * with the sentence it is in (its span marked), both sides of its row, its document and row number
 * (linked to that row in the alignment view), severity, check name and status, PAGE_SIZE lines a
 * page. Filters (status, check, severity, document, document dates) and the order are GET
 * parameters, read by `readGridFilter` and written back into every pager, export and print link.
 * It only reads: pages never run checks. The rows come from store/findings-grid-repository.ts;
 * their text from one bounded query per page. The CSV report and the printable page reuse
 * `gridRows` (services/findings-report.ts).
 */
import type { GridQuery, GridRow, GridSort, GridStatus, Store } from "../store/types.js";
import { CONSISTENCY_CHECKS } from "./document-checks.js";
import { CHECKS } from "../domain/checks/registry.js";
import { findingContext, shortenText, type FindingContext } from "../domain/review/finding-context.js";
import { findingMessage } from "../i18n/finding-message.js";

export const PAGE_SIZE = 50;
/** Pages past this are not offered (OFFSET grows with the page; a narrower filter is the way on). */
export const MAX_PAGE = 10_000;

type Translate = (key: string, params?: Record<string, unknown>) => string;

export const GRID_STATUSES: readonly GridStatus[] = ["open", "fixed", "dismissed"];
export const GRID_SORTS: readonly GridSort[] = ["document", "check", "severity", "date", "recent"];
const SEVERITIES = ["error", "warning", "info"] as const;

/** What the grid's query string asks for; anything unknown reads as the default. */
export type GridFilter = {
  status: GridStatus; check: string; severity: string; document: number | null; from: string; to: string; sort: GridSort; page: number;
};

const one = (value: unknown): string => (typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "");
const day = (value: string): string => (/^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : "");

export function readGridFilter(query: Record<string, unknown>): GridFilter {
  const status = one(query.status);
  const sort = one(query.sort);
  const check = one(query.check);
  const severity = one(query.severity);
  const document = one(query.document);
  const page = one(query.page);
  return {
    status: (GRID_STATUSES as readonly string[]).includes(status) ? (status as GridStatus) : "open",
    check: CHECKS.some((c) => c.id === check) ? check : "",
    severity: (SEVERITIES as readonly string[]).includes(severity) ? severity : "",
    document: /^\d{1,9}$/u.test(document) ? Number(document) : null,
    from: day(one(query.from)),
    to: day(one(query.to)),
    sort: (GRID_SORTS as readonly string[]).includes(sort) ? (sort as GridSort) : "document",
    page: /^\d{1,6}$/u.test(page) ? Math.min(Math.max(1, Number(page)), MAX_PAGE) : 1,
  };
}

/** The filter as a query string (defaults left out), with `page` when given. */
export function gridQueryString(filter: GridFilter, page?: number): string {
  const q = new URLSearchParams();
  if (filter.status !== "open") q.set("status", filter.status);
  if (filter.check) q.set("check", filter.check);
  if (filter.severity) q.set("severity", filter.severity);
  if (filter.document !== null) q.set("document", String(filter.document));
  if (filter.from) q.set("from", filter.from);
  if (filter.to) q.set("to", filter.to);
  if (filter.sort !== "document") q.set("sort", filter.sort);
  if (page !== undefined && page > 1) q.set("page", String(page));
  return q.toString();
}

export function storeQuery(filter: GridFilter, limit: number, offset: number): GridQuery {
  return {
    status: filter.status, checkId: filter.check || undefined, severity: filter.severity || undefined, documentId: filter.document ?? undefined,
    from: filter.from || undefined, to: filter.to || undefined, sort: filter.sort, limit, offset,
  };
}

/** One line of the grid, ready for the template (plain strings: the template escapes them). */
export type GridLine = {
  id: number; status: GridStatus; statusLabel: string; severity: string; severityLabel: string; checkId: string; checkName: string; message: string;
  side: string; dir: "ltr" | "rtl"; excerpt: string; suggestion: string | null; context: FindingContext | null;
  documentId: number; documentTitle: string; documentDate: string; row: number | null; href: string;
  en: string; ar: string; user: string | null; at: string | null; open: boolean; fixable: boolean; consistency: boolean;
};

/** The lines of these stored rows: their context and row text read in one query. */
export function gridLines(store: Store, rows: readonly GridRow[], t: Translate, lang: string): GridLine[] {
  // A page repeats the same few names and messages: each is translated once (i18next costs tens of
  // microseconds a call, which the CSV report of 50,000 findings would pay several times a line).
  const names = new Map<string, string>();
  const label = (key: string) => names.get(key) ?? names.set(key, t(key)).get(key)!;
  const messages = new Map<string, string>();
  const message = (checkId: string, params: Record<string, string>) => {
    const key = `${checkId}\u0000${JSON.stringify(params)}`;
    return messages.get(key) ?? messages.set(key, findingMessage(t, checkId, params)).get(key)!;
  };
  const context = store.readGridContext(rows);
  const span = new Map<number, (typeof context)[number]>();
  const rowText = new Map<number, { en: string[]; ar: string[]; number: number | null }>();
  for (const c of context) {
    if (c.kind === "span") span.set(c.key, c);
    else {
      const entry = rowText.get(c.key) ?? { en: [], ar: [], number: c.rowNumber };
      entry[c.side].push(shortenText(c.text, c.length));
      rowText.set(c.key, entry);
    }
  }
  return rows.map((r, k) => {
    const window = span.get(k);
    const side = r.side === "ar" ? "ar" : "en";
    // A fixed finding's text now holds its suggestion at the span.
    const expected = r.status === "fixed" ? (r.suggestion ?? "") : r.excerpt;
    const end = r.status === "fixed" ? r.start + expected.length : r.end;
    const text = r.beadId === null ? undefined : rowText.get(r.beadId);
    const row = text?.number ?? null;
    return {
      id: r.id, status: r.status, statusLabel: label(`grid.statuses.${r.status}`), severity: r.severity, severityLabel: label(`findings.severities.${r.severity}`),
      checkId: r.checkId, checkName: label(`checks.${r.checkId}.name`), message: message(r.checkId, r.params), side, dir: side === "ar" ? "rtl" : "ltr",
      excerpt: r.excerpt, suggestion: r.suggestion, context: window ? findingContext(window, side, r.start, end, expected) : null,
      documentId: r.documentId, documentTitle: lang === "ar" && r.documentTitleAr ? r.documentTitleAr : r.documentTitle, documentDate: r.documentDate,
      row, href: row === null ? `/documents/${r.documentId}` : `/documents/${r.documentId}?row=${row}#row-${row}`,
      en: (text?.en ?? []).join(" ¶ "), ar: (text?.ar ?? []).join(" ¶ "), user: r.user, at: r.at,
      open: r.status === "open", fixable: r.status === "open" && r.suggestion !== null, consistency: CONSISTENCY_CHECKS.includes(r.checkId),
    };
  });
}

export type FindingsGrid = {
  filter: GridFilter;
  lines: GridLine[];
  total: number;
  paging: { page: number; pages: number; first: number; last: number; prevHref: string | null; nextHref: string | null; firstHref: string | null; lastHref: string | null };
  checks: { id: string; name: string; selected: boolean }[];
  documents: { id: number; title: string; selected: boolean }[];
  statuses: { id: string; name: string; selected: boolean }[];
  sorts: { id: string; name: string; selected: boolean }[];
  severities: { id: string; name: string; selected: boolean }[];
  /** The filter as a query string, for the export and print links and the bulk form's way back. */
  query: string;
  /** True while some document's findings are older than its text. */
  pending: boolean;
};

export function buildFindingsGrid(store: Store, filter: GridFilter, t: Translate, lang: string): FindingsGrid {
  const total = store.countGridFindings(storeQuery(filter, 0, 0));
  const pages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE)));
  const page = Math.min(filter.page, pages);
  const rows = store.listGridFindings(storeQuery(filter, PAGE_SIZE, (page - 1) * PAGE_SIZE));
  const href = (p: number) => `/findings?${gridQueryString(filter, p)}`;
  const lines = gridLines(store, rows, t, lang);
  const sorted = <T extends { name: string }>(list: T[]) => list.sort((a, b) => a.name.localeCompare(b.name, lang));
  return {
    filter: { ...filter, page },
    lines,
    total,
    paging: {
      page, pages, first: total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1, last: (page - 1) * PAGE_SIZE + lines.length,
      prevHref: page > 1 ? href(page - 1) : null, nextHref: page < pages ? href(page + 1) : null,
      firstHref: page > 1 ? href(1) : null, lastHref: page < pages ? href(pages) : null,
    },
    checks: sorted(CHECKS.map((c) => ({ id: c.id, name: t(`checks.${c.id}.name`), selected: c.id === filter.check }))),
    documents: store.listGridDocuments().map((d) => ({ id: d.id, title: lang === "ar" && d.titleAr ? d.titleAr : d.title, selected: d.id === filter.document })),
    statuses: GRID_STATUSES.map((s) => ({ id: s, name: t(`grid.statuses.${s}`), selected: s === filter.status })),
    sorts: GRID_SORTS.map((s) => ({ id: s, name: t(`grid.sorts.${s}`), selected: s === filter.sort })),
    severities: SEVERITIES.map((s) => ({ id: s, name: t(`findings.severities.${s}`), selected: s === filter.severity })),
    query: gridQueryString(filter, page),
    pending: store.staleFindings(1).length > 0,
  };
}
