/**
 * SQLite: imports waiting between their preview and "Save". Each holds what was read from the two
 * files (paragraphs, boilerplate marks, dates, as JSON; never the files' bytes), its owner and its
 * expiry, so any instance of the app can show or save it and none keeps it on its disk or in its
 * memory. Expired ones are removed lazily, whenever a new one is stored. Once saved, the row keeps
 * the document's id (and drops its content), so a second "Save" finds the document, not a copy.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { PendingImportInput, PendingImportRecord } from "./types.js";
import { statement } from "./statements.js";

type PendingRow = { id: string; user_name: string; created_at: string; expires_at: string; content: string; document_id: number | null };

/** Stores a pending import, and removes those expired before `input.createdAt`. */
export function createPendingImport(db: SqlDatabase, input: PendingImportInput): void {
  db.transaction(() => {
    statement(db, "DELETE FROM pending_imports WHERE expires_at < ?").run(input.createdAt);
    statement(db, "INSERT INTO pending_imports (id, user_name, created_at, expires_at, content) VALUES (?, ?, ?, ?, ?)")
      .run(input.id, input.user, input.createdAt, input.expiresAt, JSON.stringify(input.content));
  }).immediate();
}

export function getPendingImport(db: SqlDatabase, id: string): PendingImportRecord | null {
  const row = statement(db, "SELECT * FROM pending_imports WHERE id = ?").get(id) as PendingRow | undefined;
  if (!row) return null;
  return {
    id: row.id, user: row.user_name, createdAt: row.created_at, expiresAt: row.expires_at,
    content: row.document_id === null ? (JSON.parse(row.content) as Record<string, unknown>) : null, documentId: row.document_id,
  };
}

/** Records the document a pending import became; false (nothing written) when it was saved already. */
export function settlePendingImport(db: SqlDatabase, id: string, documentId: number): boolean {
  return statement(db, "UPDATE pending_imports SET document_id = ?, content = 'null' WHERE id = ? AND document_id IS NULL").run(documentId, id).changes === 1;
}
