/**
 * The audit log: every change, export, login and failed login, newest first, AUDIT_PAGE entries a
 * page, each said in words in the reader's language (services/history-words.ts: the check's name,
 * the document's title as it is now, the row numbers), filtered by date range, action, user and
 * document; and the same filtered log as CSV (RFC 4180, formulas defused), written in batches.
 *
 * Paging is by key (`before`: the last id shown), never by OFFSET, and nothing counts the whole
 * log: a deep page costs what the first does, and each filter has its index (store/migrations.ts).
 * Dates are whole days in UTC; "until" includes its day.
 */
import type { Writable } from "node:stream";
import type { AuditFilter, HistoryEntry, Store } from "../store/types.js";
import { delimitedField } from "../domain/export/escape.js";
import { describeEntries, rememberingTranslator, type EntryWords } from "./history-words.js";

type Translate = (key: string, params?: Record<string, unknown>) => string;

export const AUDIT_PAGE = 100;

/** The actions the filter offers, in the order the select lists them (ids as stored, "fix" also meaning "fix:<check>"). */
export const AUDIT_ACTIONS = [
  "import", "edit-text", "fix", "revert", "split-paragraph", "join-paragraphs",
  "confirm", "unconfirm", "reject", "confirm-above", "merge", "split", "shift", "gap", "detach", "realign",
  "undo", "redo", "status", "dismiss", "export",
  "glossary-save", "glossary-edit", "glossary-remove", "glossary-import",
  "dismissal-restore", "ignore-rule-add", "ignore-rule-remove",
  "accepted-word-save", "accepted-word-edit", "accepted-word-remove", "accepted-words-import",
  "login", "login-failed", "logout", "user-add", "user-update", "user-remove",
  "archive-confirm", "archive-reject", "archive-repair",
] as const;

/** What the audit page's query asks for, checked: anything malformed is left out (no filter). */
export type AuditQuery = { documentId?: number; user?: string; action?: string; from?: string; until?: string; before?: number };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

function dayOf(value: unknown): string | undefined {
  if (typeof value !== "string" || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

export function readAuditQuery(query: Record<string, unknown>): AuditQuery {
  const out: AuditQuery = {};
  if (typeof query.document === "string" && /^\d{1,12}$/u.test(query.document)) out.documentId = Number(query.document);
  if (typeof query.user === "string" && query.user !== "") out.user = query.user.slice(0, 100);
  if (typeof query.action === "string" && (AUDIT_ACTIONS as readonly string[]).includes(query.action)) out.action = query.action;
  const from = dayOf(query.from);
  const until = dayOf(query.until);
  if (from) out.from = from;
  if (until) out.until = until;
  if (typeof query.before === "string" && /^\d{1,12}$/u.test(query.before)) out.before = Number(query.before);
  return out;
}

/** The store's filter for a query: days become ISO instants (until: the start of the next day). */
function storeFilter(query: AuditQuery): AuditFilter {
  const filter: AuditFilter = { documentId: query.documentId, user: query.user, action: query.action, before: query.before };
  if (query.from) filter.from = `${query.from}T00:00:00.000Z`;
  if (query.until) filter.until = new Date(Date.parse(`${query.until}T00:00:00.000Z`) + 86_400_000).toISOString();
  return filter;
}

/** The query string of a filter (and optionally a page), for links that keep the filters. */
export function auditQueryString(query: AuditQuery, before?: number): string {
  const params = new URLSearchParams();
  if (query.from) params.set("from", query.from);
  if (query.until) params.set("until", query.until);
  if (query.action) params.set("action", query.action);
  if (query.user) params.set("user", query.user);
  if (query.documentId !== undefined) params.set("document", String(query.documentId));
  if (before !== undefined) params.set("before", String(before));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type AuditItem = HistoryEntry & { words: EntryWords; actionName: string };

export type AuditView = {
  entries: AuditItem[];
  olderHref: string | null;
  newestHref: string | null;
  csvHref: string;
  filter: { from: string; until: string; action: string; user: string; document: string };
  actions: { id: string; label: string; selected: boolean }[];
  documents: { id: number; title: string; selected: boolean }[];
  users: string[];
};

function actionLabel(t: Translate, action: string): string {
  const id = action.split(":")[0] ?? "";
  const key = `history.actions.${id}`;
  const label = /^[\w-]+$/u.test(id) ? t(key) : key;
  return label === key ? action : label;
}

/** One page of the audit log, in words, with what the filter form offers. */
export function buildAuditView(store: Store, query: AuditQuery, translate: Translate, lang: string): AuditView {
  const t = rememberingTranslator(translate, lang);
  const page = store.listAudit({ ...storeFilter(query), limit: AUDIT_PAGE + 1 });
  const shown = page.slice(0, AUDIT_PAGE);
  const words = describeEntries(store, shown, t, lang);
  const last = shown[shown.length - 1];
  const filtersOnly: AuditQuery = { ...query, before: undefined };
  return {
    entries: shown.map((entry) => ({ ...entry, words: words.get(entry.id) as EntryWords, actionName: actionLabel(t, entry.action) })),
    olderHref: page.length > AUDIT_PAGE && last ? `/audit${auditQueryString(filtersOnly, last.id)}` : null,
    newestHref: query.before !== undefined ? `/audit${auditQueryString(filtersOnly)}` : null,
    csvHref: `/audit.csv${auditQueryString(filtersOnly)}`,
    filter: { from: query.from ?? "", until: query.until ?? "", action: query.action ?? "", user: query.user ?? "", document: query.documentId === undefined ? "" : String(query.documentId) },
    actions: AUDIT_ACTIONS.map((id) => ({ id, label: actionLabel(t, id), selected: id === query.action })),
    documents: store.listDocumentTitles().map((d) => ({ id: d.id, title: lang === "ar" && d.titleAr ? d.titleAr : d.title, selected: d.id === query.documentId })),
    users: store.listUsers().map((u) => u.name),
  };
}

/** Entries read per batch of the CSV: each batch is one query and one look-up of what it names. */
const CSV_BATCH = 1000;

function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => delimitedField(cell, ",")).join(",")}\r\n`;
}

/** Waits until `out` takes more (backpressure), or is closed (then the caller sees `destroyed`). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    out.on("error", done);
  });
}

/**
 * The filtered audit log as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted; a cell starting with = + - @ gets a leading apostrophe), newest first, a UTF-8 byte
 * order mark first so spreadsheets read the Arabic right. Written a batch at a time, waiting for
 * `out` to drain and letting other requests in between batches; stops when `out` is destroyed
 * (the client went away).
 */
export async function writeAuditCsv(store: Store, query: AuditQuery, translate: Translate, lang: string, out: Writable): Promise<number> {
  const t = rememberingTranslator(translate, lang);
  const filter = storeFilter({ ...query, before: undefined });
  out.write("\uFEFF");
  out.write(csvLine(["id", "at", "user", "action", "actionName", "documentId", "document", "description", "rows"].map((k) => t(`audit.csvHeader.${k}`))));
  let before: number | undefined;
  let written = 0;
  for (;;) {
    if (out.destroyed) return written;
    const batch = store.listAudit({ ...filter, before, limit: CSV_BATCH });
    if (batch.length === 0) return written;
    const words = describeEntries(store, batch, t, lang);
    let text = "";
    for (const entry of batch) {
      const said = words.get(entry.id) as EntryWords;
      text += csvLine([
        String(entry.id), entry.at, entry.user, entry.action, actionLabel(t, entry.action),
        entry.documentId === null ? "" : String(entry.documentId), said.document?.title ?? "", said.sentence, said.rows.map((r) => r.label).join("; "),
      ]);
    }
    written += batch.length;
    before = (batch[batch.length - 1] as HistoryEntry).id;
    if (!out.write(text)) await drained(out);
    // Other requests go between two batches, however fast this client reads: a long log never holds the server.
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
