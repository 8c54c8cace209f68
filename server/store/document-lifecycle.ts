/**
 * SQLite: a document's life as a newsroom manages it: renamed (version-checked), deleted (kept,
 * marked with when and by whom, recoverable until the background purges it), restored, purged for
 * good. Every step writes an audit row (history of kind "other", which undo never moves).
 */
import type { SqlDatabase } from "./sql-database.js";
import type { DeletedDocument, DocumentRecord } from "./types.js";
import { statement } from "./statements.js";
import { ConflictError, NotFoundError } from "./conflict-error.js";
import { writeHistory } from "./history-writer.js";
import { getDocument, toRecord, type DocumentRow } from "./documents-repository.js";

/**
 * Gives the document new titles (both editions) when `version` is still its version (else a
 * ConflictError with the current titles), with a history row of kind "other" (an audit event:
 * undo does not move it). The version rises so a form shown before is stale; the findings do not
 * go stale for it (no check reads a title).
 */
export function renameDocument(db: SqlDatabase, id: number, titles: { title: string; titleAr: string }, version: number, user: string): DocumentRecord {
  return db.transaction(() => {
    const before = getDocument(db, id);
    if (!before) throw new NotFoundError(`document:${id}`);
    if (before.version !== version) throw new ConflictError(`document:${id}`, { text: JSON.stringify({ title: before.title, titleAr: before.titleAr ?? "" }), version: before.version });
    statement(db,
      `UPDATE documents SET title = ?, title_ar = ?, updated_at = ?, updated_by = ?,
         findings_version = CASE WHEN findings_version = version THEN version + 1 ELSE findings_version END, version = version + 1
       WHERE id = ?`,
    ).run(titles.title, titles.titleAr, new Date().toISOString(), user, id);
    writeHistory(db, { documentId: id, user, action: "rename", target: `document:${id}`, before: { title: before.title, titleAr: before.titleAr ?? "" }, after: titles });
    return getDocument(db, id) as DocumentRecord;
  }).immediate();
}

/** Marks a live document deleted at `at` by `user` (audited); a NotFoundError when there is no live one. */
export function softDeleteDocument(db: SqlDatabase, id: number, user: string, at: string): void {
  db.transaction(() => {
    const doc = getDocument(db, id);
    if (!doc) throw new NotFoundError(`document:${id}`);
    statement(db, "UPDATE documents SET deleted_at = ?, deleted_by = ? WHERE id = ?").run(at, user, id);
    writeHistory(db, { documentId: id, user, action: "delete-document", target: `document:${id}`, after: { title: doc.title, titleAr: doc.titleAr ?? "" } });
  }).immediate();
}

/** Brings a deleted document back (audited); a NotFoundError when it is not (or no longer) deleted. */
export function restoreDocument(db: SqlDatabase, id: number, user: string): void {
  db.transaction(() => {
    const doc = getDeletedDocument(db, id);
    if (!doc) throw new NotFoundError(`document:${id}`);
    statement(db, "UPDATE documents SET deleted_at = NULL, deleted_by = NULL WHERE id = ?").run(id);
    writeHistory(db, { documentId: id, user, action: "restore-document", target: `document:${id}`, before: { deletedAt: doc.deletedAt, deletedBy: doc.deletedBy } });
  }).immediate();
}

function toDeleted(r: DocumentRow): DeletedDocument {
  return { ...toRecord(r), deletedAt: r.deleted_at ?? "", deletedBy: r.deleted_by ?? "" };
}

export function getDeletedDocument(db: SqlDatabase, id: number): DeletedDocument | null {
  const row = statement(db, "SELECT * FROM documents WHERE id = ? AND deleted_at IS NOT NULL").get(id) as DocumentRow | undefined;
  return row ? toDeleted(row) : null;
}

/** The deleted documents, the most recently deleted first. */
export function listDeletedDocuments(db: SqlDatabase): DeletedDocument[] {
  return (statement(db, "SELECT * FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC").all() as DocumentRow[]).map(toDeleted);
}

/**
 * Removes for good at most `limit` documents deleted before `cutoff` (ISO time), oldest first, each
 * in its own transaction with everything that hangs off it (paragraphs, beads, findings, its
 * history: ON DELETE CASCADE), and an audit row without a document saying what went. Returns the ids.
 */
export function purgeDeletedDocuments(db: SqlDatabase, cutoff: string, limit: number): number[] {
  const due = statement(db, "SELECT * FROM documents WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY deleted_at, id LIMIT ?").all(cutoff, limit) as DocumentRow[];
  const purged: number[] = [];
  for (const row of due) {
    db.transaction(() => {
      // Still deleted and still due (a restore may have come in between).
      const gone = statement(db, "DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL AND deleted_at < ?").run(row.id, cutoff).changes;
      if (gone === 0) return;
      statement(db, "DELETE FROM bulk_occurrences WHERE document_id = ?").run(row.id);
      writeHistory(db, { documentId: null, user: "mizan", action: "purge-document", target: `document:${row.id}`, after: { title: row.title, titleAr: row.title_ar, deletedAt: row.deleted_at, deletedBy: row.deleted_by } });
      purged.push(row.id);
    }).immediate();
  }
  return purged;
}
