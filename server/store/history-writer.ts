/**
 * SQLite: the one place that writes history rows. An undoable change (`recordChange`) also ends
 * the document's redo chain and raises the document's version; an event that changes no document
 * data (an import's summary, a dismissal, a login, an export, an undo's own log line) is written
 * with kind "other" and undoes nothing. The changes one bulk change makes (store/bulk-repository.ts)
 * share a group (the bulk change's id), which undo and redo move together (travel.ts).
 */
import type { SqliteDatabase } from "./open-database.js";
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
export function writeHistory(db: SqliteDatabase, entry: HistoryRowInput): number {
  const result = statement(db,
    "INSERT INTO history (document_id, user_name, at, action, target, before_value, after_value, kind, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    entry.documentId, entry.user, new Date().toISOString(), entry.action, entry.target ?? "",
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
    entry.kind ?? "other",
    entry.groupId ?? null,
  );
  return Number(result.lastInsertRowid);
}

/** Records one undoable change (ending the redo chain) and raises the document's version. */
export function recordChange(
  db: SqliteDatabase, documentId: number, user: string, kind: HistoryKind, action: string, target: string, before: unknown, after: unknown, groupId: number | null = null,
): number {
  statement(db, "UPDATE history SET undo_state = 'discarded' WHERE document_id = ? AND undo_state = 'undone'").run(documentId);
  const id = writeHistory(db, { documentId, user, kind, action, target, before, after, groupId });
  touchDocument(db, documentId, user);
  return id;
}
