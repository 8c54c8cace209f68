/**
 * SQLite: the change history. Every change to a document is one row: who, when, which action on
 * what, and the values before and after (JSON), so the editor can show it as a diff and undo it.
 */
import type { SqliteDatabase } from "./open-database.js";
import { statement } from "./statements.js";
import { writeHistory } from "./history-writer.js";
import { UNDOABLE_KINDS, type HistoryEntry } from "./types.js";

type HistoryRow = {
  id: number; document_id: number | null; user_name: string; at: string; action: string; target: string;
  before_value: string | null; after_value: string | null; kind: string; undo_state: string; group_id: number | null;
};

/** An event that changes no document data (kind "other"): written by the one history writer. */
export function recordHistory(
  db: SqliteDatabase, entry: { documentId: number | null; user: string; action: string; target?: string; before?: unknown; after?: unknown },
): void {
  writeHistory(db, entry);
}

export function readHistory(db: SqliteDatabase, documentId: number): HistoryEntry[] {
  return toEntries(statement(db, "SELECT * FROM history WHERE document_id = ? ORDER BY id").all(documentId) as HistoryRow[]);
}

/** One page of a document's history, newest first: at most `limit` entries older than `before`. */
export function readHistoryPage(db: SqliteDatabase, documentId: number, before: number | null, limit: number): HistoryEntry[] {
  const rows = before === null
    ? statement(db, "SELECT * FROM history WHERE document_id = ? ORDER BY id DESC LIMIT ?").all(documentId, limit)
    : statement(db, "SELECT * FROM history WHERE document_id = ? AND id < ? ORDER BY id DESC LIMIT ?").all(documentId, before, limit);
  return toEntries(rows as HistoryRow[]);
}

/** One entry of a document's history, or null. */
export function readHistoryEntry(db: SqliteDatabase, documentId: number, id: number): HistoryEntry | null {
  return toEntries(statement(db, "SELECT * FROM history WHERE document_id = ? AND id = ?").all(documentId, id) as HistoryRow[])[0] ?? null;
}

/** The change undo (the latest still done) or redo (the one undone last) would act on. */
export function nextToTravel(db: SqliteDatabase, documentId: number, direction: "undo" | "redo"): HistoryEntry | null {
  const kinds = UNDOABLE_KINDS.map((k) => `'${k}'`).join(", ");
  const sql = direction === "undo"
    ? `SELECT * FROM history WHERE document_id = ? AND undo_state = 'done' AND kind IN (${kinds}) ORDER BY id DESC LIMIT 1`
    : `SELECT * FROM history WHERE document_id = ? AND undo_state = 'undone' ORDER BY id ASC LIMIT 1`;
  return toEntries(statement(db, sql).all(documentId) as HistoryRow[])[0] ?? null;
}

/** Every change of one bulk change's group, in the order they were made (every document). */
export function readGroup(db: SqliteDatabase, groupId: number): HistoryEntry[] {
  return toEntries(statement(db, "SELECT * FROM history WHERE group_id = ? ORDER BY id").all(groupId) as HistoryRow[]);
}

/**
 * Whether `entry` is what undo (or redo) in its document would move now: no later change still
 * done (for undo), no earlier change still undone (for redo), outside its own group.
 */
export function isNextToTravel(db: SqliteDatabase, entry: HistoryEntry, direction: "undo" | "redo"): boolean {
  const kinds = UNDOABLE_KINDS.map((k) => `'${k}'`).join(", ");
  const sql = direction === "undo"
    ? `SELECT COUNT(*) AS n FROM history WHERE document_id = ? AND undo_state = 'done' AND kind IN (${kinds}) AND id > ? AND group_id IS NOT ?`
    : `SELECT COUNT(*) AS n FROM history WHERE document_id = ? AND undo_state = 'undone' AND id < ? AND group_id IS NOT ?`;
  return (statement(db, sql).get(entry.documentId, entry.id, entry.groupId) as { n: number }).n === 0;
}

/** The audit log, newest first: by document, by user, or everything. */
export function readAudit(db: SqliteDatabase, filter: { documentId?: number; user?: string; limit?: number }): HistoryEntry[] {
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
  const sql = `SELECT * FROM history ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
  return toEntries(statement(db, sql).all(...params, filter.limit ?? 500) as HistoryRow[]);
}

function toEntries(rows: HistoryRow[]): HistoryEntry[] {
  return rows.map((r) => ({
    id: r.id, documentId: r.document_id, user: r.user_name, at: r.at, action: r.action, target: r.target,
    before: r.before_value === null ? null : (JSON.parse(r.before_value) as unknown),
    after: r.after_value === null ? null : (JSON.parse(r.after_value) as unknown),
    kind: r.kind, undoState: r.undo_state, groupId: r.group_id ?? null,
  }));
}
