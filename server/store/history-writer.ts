/**
 * SQLite: the one place that writes history rows. An undoable change (`recordChange`) also ends
 * the document's redo chain and raises the document's version; an event that changes no document
 * data (an import's summary, a dismissal, a login, an export, an undo's own log line) is written
 * with kind "other" and undoes nothing. The changes one bulk change makes (store/bulk-repository.ts)
 * share a group (the bulk change's id), which undo and redo move together (travel.ts). A change
 * aimed at one row (`bead:<id>`) or one paragraph (`paragraph:<id>`) keeps the row's position at
 * the time (`row_at`), so the history page can name the row as it was numbered then.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { HistoryKind } from "./types.js";
import { statement } from "./statements.js";
import { touchDocument } from "./documents-repository.js";

export type HistoryRowInput = {
  documentId: number | null; user: string; action: string; target?: string;
  before?: unknown; after?: unknown; kind?: HistoryKind | "other";
  /** The bulk change this row is part of, if any. */
  groupId?: number | null;
};

/** Inserts one history row; returns its id. */
export function writeHistory(db: SqlDatabase, entry: HistoryRowInput): number {
  const result = statement(db,
    "INSERT INTO history (document_id, user_name, at, action, target, before_value, after_value, kind, group_id, row_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    entry.documentId, entry.user, new Date().toISOString(), entry.action, entry.target ?? "",
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.kind ?? "other",
    entry.groupId ?? null,
    entry.documentId === null ? null : rowPositionOf(db, entry.documentId, entry.target ?? ""),
  );
  return Number(result.lastInsertRowid);
}

/** The 0-based position of the row a target names (a row, or the row holding a paragraph) in its document now, or null. */
function rowPositionOf(db: SqlDatabase, documentId: number, target: string): number | null {
  const match = /^(bead|paragraph):(\d+)$/u.exec(target);
  if (!match) return null;
  const row = match[1] === "bead"
    ? statement(db, "SELECT position FROM beads WHERE id = ? AND document_id = ?").get(Number(match[2]), documentId)
    : statement(db, "SELECT b.position FROM bead_paragraphs bp JOIN beads b ON b.id = bp.bead_id WHERE bp.paragraph_id = ? AND b.document_id = ?").get(Number(match[2]), documentId);
  return (row as { position: number } | undefined)?.position ?? null;
}

/** Records one undoable change (ending the redo chain) and raises the document's version. */
export function recordChange(
  db: SqlDatabase, documentId: number, user: string, kind: HistoryKind, action: string, target: string, before: unknown, after: unknown, groupId: number | null = null,
): number {
  statement(db, "UPDATE history SET undo_state = 'discarded' WHERE document_id = ? AND undo_state = 'undone'").run(documentId);
  const id = writeHistory(db, { documentId, user, kind, action, target, before, after, groupId });
  touchDocument(db, documentId, user);
  return id;
}
