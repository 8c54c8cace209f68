/**
 * SQLite: the change history. Every change to a document is one row: who, when, which action on
 * what, and the values before and after (JSON), so the editor can show it as a diff and undo it.
 */
import { engineOf, type SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";
import { writeHistory } from "./history-writer.js";
import { UNDOABLE_KINDS, type AuditFilter, type HistoryEntry, type HistoryRefs } from "./types.js";

type HistoryRow = {
  id: number; document_id: number | null; user_name: string; at: string; action: string; target: string;
  before_value: string | null; after_value: string | null; kind: string; undo_state: string; group_id: number | null; row_at: number | null;
};

/** An event that changes no document data (kind "other"): written by the one history writer. */
export function recordHistory(
  db: SqlDatabase, entry: { documentId: number | null; user: string; action: string; target?: string; before?: unknown; after?: unknown },
): void {
  writeHistory(db, entry);
}

export function readHistory(db: SqlDatabase, documentId: number): HistoryEntry[] {
  return toEntries(statement(db, "SELECT * FROM history WHERE document_id = ? ORDER BY id").all(documentId) as HistoryRow[]);
}

/** One page of a document's history, newest first: at most `limit` entries older than `before`. */
export function readHistoryPage(db: SqlDatabase, documentId: number, before: number | null, limit: number): HistoryEntry[] {
  const rows = before === null
    ? statement(db, "SELECT * FROM history WHERE document_id = ? ORDER BY id DESC LIMIT ?").all(documentId, limit)
    : statement(db, "SELECT * FROM history WHERE document_id = ? AND id < ? ORDER BY id DESC LIMIT ?").all(documentId, before, limit);
  return toEntries(rows as HistoryRow[]);
}

/** One entry of a document's history, or null. */
export function readHistoryEntry(db: SqlDatabase, documentId: number, id: number): HistoryEntry | null {
  return toEntries(statement(db, "SELECT * FROM history WHERE document_id = ? AND id = ?").all(documentId, id) as HistoryRow[])[0] ?? null;
}

/** The change undo (the latest still done) or redo (the one undone last) would act on. */
export function nextToTravel(db: SqlDatabase, documentId: number, direction: "undo" | "redo"): HistoryEntry | null {
  const kinds = UNDOABLE_KINDS.map((k) => `'${k}'`).join(", ");
  const sql = direction === "undo"
    ? `SELECT * FROM history WHERE document_id = ? AND undo_state = 'done' AND kind IN (${kinds}) ORDER BY id DESC LIMIT 1`
    : `SELECT * FROM history WHERE document_id = ? AND undo_state = 'undone' ORDER BY id ASC LIMIT 1`;
  return toEntries(statement(db, sql).all(documentId) as HistoryRow[])[0] ?? null;
}

/** Every change of one bulk change's group, in the order they were made (every document). */
export function readGroup(db: SqlDatabase, groupId: number): HistoryEntry[] {
  return toEntries(statement(db, "SELECT * FROM history WHERE group_id = ? ORDER BY id").all(groupId) as HistoryRow[]);
}

/**
 * Whether `entry` is what undo (or redo) in its document would move now: no later change still
 * done (for undo), no earlier change still undone (for redo), outside its own group.
 */
export function isNextToTravel(db: SqlDatabase, entry: HistoryEntry, direction: "undo" | "redo"): boolean {
  const kinds = UNDOABLE_KINDS.map((k) => `'${k}'`).join(", ");
  const sql = direction === "undo"
    ? `SELECT COUNT(*) AS n FROM history WHERE document_id = ? AND undo_state = 'done' AND kind IN (${kinds}) AND id > ? AND group_id IS DISTINCT FROM ?`
    : `SELECT COUNT(*) AS n FROM history WHERE document_id = ? AND undo_state = 'undone' AND id < ? AND group_id IS DISTINCT FROM ?`;
  return (statement(db, sql).get(entry.documentId, entry.id, entry.groupId) as { n: number }).n === 0;
}

/**
 * The audit log, newest first, `limit` entries older than `before` (keyset paging on the id: a deep
 * page costs what the first does). Filters: document, user, action (the action itself or any
 * "action:…", a range on history_by_action), and a time range on `at` (ISO strings compare as times).
 */
export function readAudit(db: SqlDatabase, filter: AuditFilter): HistoryEntry[] {
  const plan = timeRangePlan(db, filter);
  const { sql, params } = auditQuery(filter, plan === "ids");
  // The page's ids first, from the filter's index alone (an action or date range is sorted as ids,
  // not as whole rows with their before and after values), then those rows.
  // (PostgreSQL has no index hints: its planner chooses between the two plans itself.)
  const page = `SELECT id FROM history${plan === "time" && engineOf(db) === "sqlite" ? " INDEXED BY history_by_time" : ""} ${sql} ORDER BY id DESC LIMIT ?`;
  return toEntries(statement(db, `SELECT * FROM history WHERE id IN (${page}) ORDER BY id DESC`).all(...params, filter.limit ?? 500) as HistoryRow[]);
}

/**
 * How to read a time range alone: by walking ids down from the newest, checking `at` ("ids":
 * about as many rows as are newer than the range), or through the time index and a sort of the ids
 * in it ("time": as many as the range holds), whichever is smaller. Both sizes are estimated from
 * the ids at the range's ends, two index look-ups; the answer is the same either way, only the
 * plan differs (SQLite alone walks the ids for a range open on one side, however far back it is).
 */
function timeRangePlan(db: SqlDatabase, filter: AuditFilter): "ids" | "time" | null {
  if (filter.from === undefined && filter.until === undefined) return null;
  if (filter.documentId !== undefined || filter.user !== undefined || filter.action !== undefined) return null;
  const idAt = (sql: string, value: string) => (statement(db, sql).get(value) as { id: number } | undefined)?.id;
  const newest = (statement(db, "SELECT MAX(id) AS id FROM history").get() as { id: number | null }).id ?? 0;
  const first = filter.from === undefined ? 0 : idAt("SELECT id FROM history WHERE at >= ? ORDER BY at, id LIMIT 1", filter.from) ?? newest;
  const last = filter.until === undefined ? newest : idAt("SELECT id FROM history WHERE at < ? ORDER BY at DESC, id DESC LIMIT 1", filter.until) ?? 0;
  const top = Math.min(newest, filter.before ?? newest);
  return top - Math.min(top, last) < Math.max(0, Math.min(top, last) - first) ? "ids" : "time";
}

function auditQuery(filter: Omit<AuditFilter, "limit">, byIds = false): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.documentId !== undefined) {
    where.push("document_id = ?");
    params.push(filter.documentId);
  }
  if (filter.user !== undefined) {
    where.push("user_name = ?");
    params.push(filter.user);
  }
  if (filter.action !== undefined) {
    // "fix" is also "fix:<check>", "undo" also "undo:<action>" (";" sorts right after ":").
    where.push("(action = ? OR (action >= ? AND action < ?))");
    params.push(filter.action, `${filter.action}:`, `${filter.action};`);
  }
  // `+at` keeps the time index out of a plan that walks the ids instead (timeRangePlan).
  const at = byIds ? "+at" : "at";
  if (filter.from !== undefined) {
    where.push(`${at} >= ?`);
    params.push(filter.from);
  }
  if (filter.until !== undefined) {
    where.push(`${at} < ?`);
    params.push(filter.until);
  }
  if (filter.before !== undefined) {
    where.push("id < ?");
    params.push(filter.before);
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

/**
 * What the readable history needs to name what its entries point at, read in one go for a page:
 * each row's position now, each paragraph's side, row now and first characters, each bulk change
 * (what it asked and how many changes it made), each document's title now.
 */
export function readHistoryRefs(
  db: SqlDatabase, ids: { beads: readonly number[]; paragraphs: readonly number[]; groups: readonly number[]; documents: readonly number[] },
): HistoryRefs {
  const refs: HistoryRefs = { beads: new Map(), paragraphs: new Map(), groups: new Map(), documents: new Map() };
  for (const chunk of chunks(ids.beads)) {
    const rows = db.prepare(`SELECT id, position FROM beads WHERE id IN (${marks(chunk)})`).all(...chunk) as { id: number; position: number }[];
    for (const r of rows) refs.beads.set(r.id, r.position);
  }
  for (const chunk of chunks(ids.paragraphs)) {
    const rows = db.prepare(
      `SELECT p.id, p.document_id, p.side, substr(p.text, 1, 160) AS opening, b.position FROM paragraphs p
       LEFT JOIN bead_paragraphs bp ON bp.paragraph_id = p.id LEFT JOIN beads b ON b.id = bp.bead_id WHERE p.id IN (${marks(chunk)})`,
    ).all(...chunk) as { id: number; document_id: number; side: "en" | "ar"; opening: string; position: number | null }[];
    for (const r of rows) refs.paragraphs.set(r.id, { documentId: r.document_id, side: r.side, position: r.position, opening: r.opening });
  }
  for (const chunk of chunks(ids.groups)) {
    const rows = db.prepare(
      `SELECT c.id, c.kind, c.params, (SELECT COUNT(*) FROM history h WHERE h.group_id = c.id) AS changes FROM bulk_changes c WHERE c.id IN (${marks(chunk)})`,
    ).all(...chunk) as { id: number; kind: string; params: string; changes: number }[];
    for (const r of rows) refs.groups.set(r.id, { kind: r.kind, params: JSON.parse(r.params) as Record<string, unknown>, changes: r.changes });
  }
  for (const chunk of chunks(ids.documents)) {
    const rows = db.prepare(`SELECT id, title, title_ar FROM documents WHERE id IN (${marks(chunk)})`).all(...chunk) as { id: number; title: string; title_ar: string }[];
    for (const r of rows) refs.documents.set(r.id, { title: r.title, titleAr: r.title_ar });
  }
  return refs;
}

/** Every document's id and titles, by title (the audit log's document filter). */
export function listDocumentTitles(db: SqlDatabase): { id: number; title: string; titleAr: string }[] {
  return (statement(db, "SELECT id, title, title_ar FROM documents ORDER BY title, id").all() as { id: number; title: string; title_ar: string }[])
    .map((r) => ({ id: r.id, title: r.title, titleAr: r.title_ar }));
}

const CHUNK = 500;

function chunks(values: readonly number[]): number[][] {
  const unique = [...new Set(values)];
  const out: number[][] = [];
  for (let k = 0; k < unique.length; k += CHUNK) out.push(unique.slice(k, k + CHUNK));
  return out;
}

function marks(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}

function toEntries(rows: HistoryRow[]): HistoryEntry[] {
  return rows.map(toEntry);
}

function toEntry(r: HistoryRow): HistoryEntry {
  return {
    id: r.id, documentId: r.document_id, user: r.user_name, at: r.at, action: r.action, target: r.target,
    before: r.before_value === null ? null : (JSON.parse(r.before_value) as unknown),
    after: r.after_value === null ? null : (JSON.parse(r.after_value) as unknown),
    kind: r.kind, undoState: r.undo_state, groupId: r.group_id ?? null, rowAt: r.row_at ?? null,
  };
}
