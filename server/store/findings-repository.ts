/**
 * SQLite: the checks' findings per document, recomputed when the document has changed since they
 * were computed (documents.findings_version), and the editors' dismissals, which outlive every
 * recomputation and lapse only when the paragraph's text changes (they name its text hash).
 */
import type { SqlDatabase } from "./sql-database.js";
import type { DismissalInput, DismissalRecord, FindingInput, FindingRecord, FindingsFilter } from "./types.js";

type FindingRow = {
  id: number; document_id: number; bead_id: number | null; paragraph_id: number | null; check_id: string; severity: FindingRecord["severity"];
  side: string; start_offset: number; end_offset: number; params: string; suggestion: string | null; text_hash: string; status: string;
  excerpt: string; title?: string; lang?: "en" | "ar"; position?: number;
};

/** The most characters of its paragraph a finding keeps (what it is about, for lists and fixes). */
export const EXCERPT_LIMIT = 200;

function toRecord(r: FindingRow): FindingRecord {
  return {
    id: r.id, documentId: r.document_id, beadId: r.bead_id, paragraphId: r.paragraph_id, checkId: r.check_id, severity: r.severity, side: r.side,
    start: r.start_offset, end: r.end_offset, params: JSON.parse(r.params) as Record<string, string>, suggestion: r.suggestion, textHash: r.text_hash,
    excerpt: r.excerpt, documentTitle: r.title, lang: r.lang, position: r.position,
  };
}

/**
 * Replaces a document's findings with a fresh computation made at document version `version`;
 * false (and nothing written) when the document changed meanwhile: the findings would point at
 * rows and text that are gone, and the next computation will catch up. With `seenFindingsVersion`
 * (the document's findings_version when the computation began), also false when the findings were
 * marked stale again meanwhile (a glossary change, an ignore rule, a restored dismissal …): the
 * computation did not see that change, and the next one will.
 */
export function replaceFindings(db: SqlDatabase, documentId: number, findings: FindingInput[], version: number, seenFindingsVersion?: number): boolean {
  return db.transaction(() => {
    const current = db.prepare("SELECT version, findings_version FROM documents WHERE id = ?").get(documentId) as { version: number; findings_version: number } | undefined;
    if (current?.version !== version) return false;
    if (seenFindingsVersion !== undefined && current.findings_version !== seenFindingsVersion) return false;
    db.prepare("DELETE FROM findings WHERE document_id = ?").run(documentId);
    const insert = db.prepare(
      `INSERT INTO findings (document_id, bead_id, paragraph_id, check_id, severity, side, start_offset, end_offset, params, suggestion, text_hash, excerpt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of findings) {
      insert.run(documentId, f.beadId, f.paragraphId, f.checkId, f.severity, f.side, f.start, f.end, JSON.stringify(f.params), f.suggestion, f.textHash, f.excerpt.slice(0, EXCERPT_LIMIT));
    }
    db.prepare("UPDATE documents SET findings_version = ? WHERE id = ?").run(version, documentId);
    return true;
  }).immediate();
}

// The paragraph's side and position, never its text: a finding list costs the same for a short
// paragraph and a huge one.
const WITH_PARAGRAPH = `
  SELECT f.*, d.title, p.side AS lang, p.position
  FROM findings f JOIN documents d ON d.id = f.document_id LEFT JOIN paragraphs p ON p.id = f.paragraph_id`;

export function listFindings(db: SqlDatabase, filter: FindingsFilter): FindingRecord[] {
  // A deleted document's findings are kept with it (a restore needs no recomputation) but never listed.
  const where: string[] = ["d.deleted_at IS NULL"];
  const params: unknown[] = [];
  if (filter.documentId !== undefined) {
    where.push("f.document_id = ?");
    params.push(filter.documentId);
  }
  if (filter.checkId) {
    where.push("f.check_id = ?");
    params.push(filter.checkId);
  }
  if (filter.severity) {
    where.push("f.severity = ?");
    params.push(filter.severity);
  }
  const sql = `${WITH_PARAGRAPH} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY f.document_id, p.side, p.position, f.start_offset LIMIT ?`;
  return (db.prepare(sql).all(...params, filter.limit ?? 5000) as FindingRow[]).map(toRecord);
}

export function getFinding(db: SqlDatabase, id: number): FindingRecord | null {
  const row = db.prepare(`${WITH_PARAGRAPH} WHERE f.id = ? AND d.deleted_at IS NULL`).get(id) as FindingRow | undefined;
  return row ? toRecord(row) : null;
}

/** Open findings per check across the corpus (or one document), for the findings page. */
export function countFindings(db: SqlDatabase, documentId?: number): { checkId: string; severity: string; count: number }[] {
  const live = "document_id IN (SELECT id FROM documents WHERE deleted_at IS NULL)";
  const sql = `SELECT check_id AS checkId, severity, COUNT(*) AS count FROM findings WHERE ${live}${documentId !== undefined ? " AND document_id = ?" : ""} GROUP BY check_id, severity ORDER BY count DESC`;
  return (documentId !== undefined ? db.prepare(sql).all(documentId) : db.prepare(sql).all()) as { checkId: string; severity: string; count: number }[];
}

/** Documents whose findings were computed at another version than theirs (or never), oldest change first. */
export function staleFindings(db: SqlDatabase, limit: number): { id: number; version: number }[] {
  return db.prepare("SELECT id, version FROM documents WHERE findings_version <> version AND deleted_at IS NULL ORDER BY updated_at LIMIT ?").all(limit) as { id: number; version: number }[];
}

// A stale mark is a negative findings_version below every one in use, so that a computation that
// began before the mark can tell (replaceFindings' seenFindingsVersion), even when the document was
// stale already. The subquery is not correlated: SQLite computes it once per statement.
const NEXT_STALE_MARK = "(SELECT CASE WHEN MIN(findings_version) < -1 THEN MIN(findings_version) ELSE -1 END - 1 FROM documents)";

/** Marks the findings of every document stale (the glossary changed, so every check may answer otherwise). */
export function markAllFindingsStale(db: SqlDatabase): void {
  db.prepare(`UPDATE documents SET findings_version = ${NEXT_STALE_MARK}`).run();
}

/** Marks one document's findings stale (a dismissal of it was restored). */
export function markFindingsStale(db: SqlDatabase, documentId: number): void {
  db.prepare(`UPDATE documents SET findings_version = ${NEXT_STALE_MARK} WHERE id = ?`).run(documentId);
}

/**
 * What changes whenever a document's stored findings do (the largest finding id: every computation
 * writes new rows, a dismissal deletes one), for caches of pages that show them: a computation at
 * the same document version after a rule or a restored dismissal gives the same findings_version.
 */
export function findingsStamp(db: SqlDatabase, documentId: number): number {
  return (db.prepare("SELECT COALESCE(MAX(id), 0) AS stamp FROM findings WHERE document_id = ?").get(documentId) as { stamp: number }).stamp;
}

export function findingsVersion(db: SqlDatabase, documentId: number): number {
  return (db.prepare("SELECT findings_version FROM documents WHERE id = ?").get(documentId) as { findings_version: number } | undefined)?.findings_version ?? -1;
}

export function addDismissal(db: SqlDatabase, documentId: number, d: DismissalInput, user: string): void {
  db.prepare("INSERT INTO dismissals (document_id, side, check_id, text_hash, start_offset, end_offset, user_name, at, paragraph_id, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
    documentId, d.lang, d.checkId, d.textHash, d.start, d.end, user, new Date().toISOString(), d.paragraphId ?? null, (d.excerpt ?? "").slice(0, EXCERPT_LIMIT),
  );
}

export function listDismissals(db: SqlDatabase, documentId: number): DismissalRecord[] {
  return db.prepare("SELECT document_id AS documentId, side AS lang, check_id AS checkId, text_hash AS textHash, start_offset AS start, end_offset AS end FROM dismissals WHERE document_id = ?").all(documentId) as DismissalRecord[];
}
