/**
 * SQLite: bulk changes awaiting the user's word. A bulk change (replace everywhere, confirm all
 * above, re-align) is stored as what was asked and the occurrences it would change, each with the
 * state it was computed from (so one changed since can be told and skipped) and whether the user
 * keeps it selected; nothing of the documents is written here. Once applied or cancelled it keeps
 * each occurrence's outcome and a summary, which its page shows. Occurrences are read a page at a
 * time: a change of thousands never sits in one page.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BulkChangeInput, BulkChangeRecord, BulkOccurrence, BulkState } from "./types.js";
import { statement } from "./statements.js";

type BulkRow = {
  id: number; kind: BulkChangeRecord["kind"]; user_name: string; document_id: number | null; created_at: string; state: BulkState;
  params: string; summary: string | null; occurrences: number; selected: number;
};
type OccurrenceRow = { ordinal: number; document_id: number; detail: string; selected: number; outcome: string | null };

function insertOccurrences(db: SqlDatabase, bulkId: number, occurrences: BulkChangeInput["occurrences"]): void {
  const insert = statement(db, "INSERT INTO bulk_occurrences (bulk_id, ordinal, document_id, detail) VALUES (?, ?, ?, ?)");
  (occurrences ?? []).forEach((o, ordinal) => insert.run(bulkId, ordinal, o.documentId, JSON.stringify(o.detail)));
}

/** Stores a bulk change: ready with its occurrences, or "computing" (a worker fills it in). */
export function createBulkChange(db: SqlDatabase, input: BulkChangeInput): number {
  return db.transaction(() => {
    const id = Number(statement(db,
      "INSERT INTO bulk_changes (kind, user_name, document_id, created_at, state, params) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(input.kind, input.user, input.documentId, new Date().toISOString(), input.occurrences ? "ready" : "computing", JSON.stringify(input.params)).lastInsertRowid);
    insertOccurrences(db, id, input.occurrences);
    return id;
  }).immediate();
}

/** A computing bulk change's occurrences are known: it becomes ready (false when it was not computing). */
export function fillBulkChange(db: SqlDatabase, id: number, occurrences: NonNullable<BulkChangeInput["occurrences"]>, params?: Record<string, unknown>): boolean {
  return db.transaction(() => {
    const moved = statement(db, "UPDATE bulk_changes SET state = 'ready', params = COALESCE(?, params) WHERE id = ? AND state = 'computing'")
      .run(params ? JSON.stringify(params) : null, id).changes;
    if (moved === 0) return false;
    insertOccurrences(db, id, occurrences);
    return true;
  }).immediate();
}

export function getBulkChange(db: SqlDatabase, id: number): BulkChangeRecord | null {
  const row = statement(db, `
    SELECT b.*, (SELECT COUNT(*) FROM bulk_occurrences o WHERE o.bulk_id = b.id) AS occurrences,
      (SELECT COUNT(*) FROM bulk_occurrences o WHERE o.bulk_id = b.id AND o.selected = 1) AS selected
    FROM bulk_changes b WHERE b.id = ?`).get(id) as BulkRow | undefined;
  if (!row) return null;
  return {
    id: row.id, kind: row.kind, user: row.user_name, documentId: row.document_id, createdAt: row.created_at, state: row.state,
    params: JSON.parse(row.params) as Record<string, unknown>, summary: row.summary === null ? null : (JSON.parse(row.summary) as Record<string, unknown>),
    occurrences: row.occurrences, selected: row.selected,
  };
}

/** Occurrences in order: a page (offset, limit), or all of them when no limit is given. */
export function listBulkOccurrences(db: SqlDatabase, id: number, page: { offset?: number; limit?: number } = {}): BulkOccurrence[] {
  const rows = statement(db, "SELECT ordinal, document_id, detail, selected, outcome FROM bulk_occurrences WHERE bulk_id = ? ORDER BY ordinal LIMIT ? OFFSET ?")
    .all(id, page.limit ?? Number.MAX_SAFE_INTEGER, page.offset ?? 0) as OccurrenceRow[];
  return rows.map((r) => ({ ordinal: r.ordinal, documentId: r.document_id, detail: JSON.parse(r.detail) as Record<string, unknown>, selected: r.selected === 1, outcome: r.outcome }));
}

/** The occurrences `shown` to the user keep their box as they left it: ticked if in `picked`. */
export function selectBulkOccurrences(db: SqlDatabase, id: number, shown: readonly number[], picked: readonly number[]): void {
  const chosen = new Set(picked);
  db.transaction(() => {
    const update = statement(db, "UPDATE bulk_occurrences SET selected = ? WHERE bulk_id = ? AND ordinal = ?");
    for (const ordinal of shown) update.run(chosen.has(ordinal) ? 1 : 0, id, ordinal);
  }).immediate();
}

/**
 * Ends a ready (or, for "failed", a computing) bulk change: its state, each occurrence's outcome and
 * the summary. False when it was no longer waiting (applied twice, cancelled meanwhile).
 */
export function settleBulkChange(
  db: SqlDatabase, id: number, state: Exclude<BulkState, "computing" | "ready">, outcomes: readonly { ordinal: number; outcome: string }[], summary: Record<string, unknown>,
): boolean {
  return db.transaction(() => {
    const from = state === "failed" ? "computing" : "ready";
    const moved = statement(db, "UPDATE bulk_changes SET state = ?, summary = ? WHERE id = ? AND state = ?").run(state, JSON.stringify(summary), id, from).changes;
    if (moved === 0) return false;
    const update = statement(db, "UPDATE bulk_occurrences SET outcome = ? WHERE bulk_id = ? AND ordinal = ?");
    for (const o of outcomes) update.run(o.outcome, id, o.ordinal);
    return true;
  }).immediate();
}
