/**
 * SQLite: the findings page as a grid (services/findings-view.ts). One page of findings at a time,
 * filtered and sorted in SQL with an indexed ORDER BY and OFFSET (migration 11's indexes), counted
 * with the same filter; open findings come from `findings`, fixed and dismissed ones from
 * `finding_outcomes` (written when an editor fixes or dismisses one; a dismissal counts only while
 * it stands in `dismissals`, so a restored one leaves the list). The text around each shown
 * finding is read in one query per page, for the shown rows only, as bounded windows of their
 * paragraphs (never a paragraph whole, never the corpus).
 */
import type { SqlDatabase } from "./sql-database.js";
import type { FindingRecord, GridContextParagraph, GridQuery, GridRow } from "./types.js";

/** Severities in the order an editor reads them: errors first. */
const SEVERITY_RANK = (column: string) => `(CASE ${column} WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END)`;
/** A document's date: its publication (either edition), else the day it was imported. */
const DOCUMENT_DATE = "COALESCE(d.published_en, d.published_ar, substr(d.created_at, 1, 10))";

/** Characters read on each side of a finding's span, and of each paragraph of its row. */
export const CONTEXT_WINDOW = 300;
export const ROW_TEXT_LIMIT = 400;

type GridRowSql = {
  id: number; document_id: number; bead_id: number | null; paragraph_id: number | null; check_id: string; severity: GridRow["severity"]; side: string;
  start_offset: number; end_offset: number; params: string; suggestion: string | null; text_hash: string; excerpt: string;
  title: string; title_ar: string; document_date: string; user_name: string | null; at: string | null;
};

/** FROM and WHERE of a grid query, with its parameters; `f` is the finding (or outcome) table. */
function source(query: GridQuery): { from: string; where: string[]; params: unknown[]; extra: string } {
  // A deleted document's findings are never on the grid (store/document-lifecycle.ts); the
  // subquery reads the few deleted ids from their partial index, with or without the join.
  const where: string[] = ["f.document_id NOT IN (SELECT id FROM documents WHERE deleted_at IS NOT NULL)"];
  const params: unknown[] = [];
  let from: string;
  let extra: string;
  if (query.status === "open") {
    from = "findings f JOIN documents d ON d.id = f.document_id";
    extra = "NULL AS user_name, NULL AS at";
  } else {
    from = "finding_outcomes f JOIN documents d ON d.id = f.document_id";
    extra = "f.user_name, f.at";
    where.push("f.outcome = ?");
    params.push(query.status);
    if (query.status === "dismissed") {
      where.push(`EXISTS (SELECT 1 FROM dismissals x WHERE x.document_id = f.document_id AND x.side = f.side AND x.check_id = f.check_id
        AND x.text_hash = f.text_hash AND x.start_offset = f.start_offset AND x.end_offset = f.end_offset)`);
    }
  }
  if (query.documentId !== undefined) {
    where.push("f.document_id = ?");
    params.push(query.documentId);
  }
  if (query.checkId) {
    where.push("f.check_id = ?");
    params.push(query.checkId);
  }
  if (query.severity) {
    where.push("f.severity = ?");
    params.push(query.severity);
  }
  if (query.from) {
    where.push(`${DOCUMENT_DATE} >= ?`);
    params.push(query.from);
  }
  if (query.to) {
    where.push(`${DOCUMENT_DATE} <= ?`);
    params.push(query.to);
  }
  return { from, where, params, extra };
}

function orderBy(sort: GridQuery["sort"]): string {
  switch (sort) {
    case "check": return "f.check_id, f.document_id, f.id";
    case "severity": return `${SEVERITY_RANK("f.severity")}, f.document_id, f.id`;
    case "date": return `${DOCUMENT_DATE} DESC, f.document_id, f.id`;
    case "recent": return "f.id DESC";
    default: return "f.document_id, f.id";
  }
}

const whereOf = (where: string[]) => (where.length ? `WHERE ${where.join(" AND ")}` : "");

/** One page of the grid: `limit` rows after `offset`, in the order asked for. */
export function listGridFindings(db: SqlDatabase, query: GridQuery): GridRow[] {
  const { from, where, params, extra } = source(query);
  const sql = `SELECT f.id, f.document_id, f.bead_id, f.paragraph_id, f.check_id, f.severity, f.side, f.start_offset, f.end_offset, f.params, f.suggestion,
      f.text_hash, f.excerpt, d.title, d.title_ar, ${DOCUMENT_DATE} AS document_date, ${extra}
    FROM ${from} ${whereOf(where)} ORDER BY ${orderBy(query.sort)} LIMIT ? OFFSET ?`;
  const rows = db.prepare(sql).all(...params, query.limit, query.offset) as GridRowSql[];
  return rows.map((r) => ({
    id: r.id, documentId: r.document_id, beadId: r.bead_id, paragraphId: r.paragraph_id, checkId: r.check_id, severity: r.severity, side: r.side,
    start: r.start_offset, end: r.end_offset, params: JSON.parse(r.params) as Record<string, string>, suggestion: r.suggestion, textHash: r.text_hash,
    excerpt: r.excerpt, documentTitle: r.title, documentTitleAr: r.title_ar, documentDate: r.document_date, status: query.status,
    user: r.user_name, at: r.at,
  }));
}

/** How many findings match the grid's filter (all statuses read the same indexes as the page). */
export function countGridFindings(db: SqlDatabase, query: Omit<GridQuery, "sort" | "limit" | "offset">): number {
  const { from, where, params } = source({ ...query, sort: "document", limit: 0, offset: 0 });
  // The join to documents is needed only for a date filter.
  const lean = query.from || query.to ? from : from.replace(/ JOIN documents d ON d\.id = f\.document_id/u, "");
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${lean} ${whereOf(where)}`).get(...params) as { n: number }).n;
}

/**
 * The text the shown rows need, in one query: for each finding, a window of its paragraph around
 * its span (`kind` "span", `key` the finding's index in `findings`), and the start of every
 * paragraph of its row (`kind` "row", `key` the bead id), with the row's number in its document as
 * the alignment view numbers it (its bead's rank by position). Offsets are those of `substr`
 * (characters); the caller checks the window against the stored excerpt.
 */
export function readGridContext(db: SqlDatabase, findings: readonly { paragraphId: number | null; start: number; end: number; beadId: number | null }[]): GridContextParagraph[] {
  const spans = findings.map((f, k) => ({ ...f, k })).filter((f) => f.paragraphId !== null);
  const beads = [...new Set(findings.map((f) => f.beadId).filter((b): b is number => b !== null))];
  if (spans.length === 0 && beads.length === 0) return [];
  const parts: string[] = [];
  const params: unknown[] = [];
  if (spans.length > 0) {
    parts.push(`SELECT 'span' AS kind, w.k AS key, p.id, p.side, p.position, CASE WHEN w.s > ${CONTEXT_WINDOW} THEN w.s - ${CONTEXT_WINDOW} ELSE 0 END AS offset,
        substr(p.text, CASE WHEN w.s > ${CONTEXT_WINDOW} THEN w.s - ${CONTEXT_WINDOW} ELSE 0 END + 1, (w.e - w.s) + ${2 * CONTEXT_WINDOW}) AS text, length(p.text) AS length, NULL AS row_number
      FROM (SELECT column1 AS k, column2 AS pid, column3 AS s, column4 AS e FROM (VALUES ${spans.map(() => "(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER))").join(", ")}) AS v) w JOIN paragraphs p ON p.id = w.pid`);
    for (const s of spans) params.push(s.k, s.paragraphId, Math.max(0, s.start), Math.max(s.start, s.end));
  }
  if (beads.length > 0) {
    parts.push(`SELECT 'row' AS kind, bp.bead_id AS key, p.id, p.side, p.position, 0 AS offset, substr(p.text, 1, ${ROW_TEXT_LIMIT}) AS text, length(p.text) AS length,
        (SELECT COUNT(*) FROM beads b2 WHERE b2.document_id = b.document_id AND b2.position <= b.position) AS row_number
      FROM beads b JOIN bead_paragraphs bp ON bp.bead_id = b.id JOIN paragraphs p ON p.id = bp.paragraph_id
      WHERE b.id IN (${beads.map(() => "?").join(", ")})`);
    params.push(...beads);
  }
  const rows = db.prepare(`${parts.join(" UNION ALL ")} ORDER BY kind, key, side, position`).all(...params) as {
    kind: "span" | "row"; key: number; id: number; side: "en" | "ar"; position: number; offset: number; text: string; length: number; row_number: number | null;
  }[];
  return rows.map((r) => ({ kind: r.kind, key: r.key, paragraphId: r.id, side: r.side, position: r.position, offset: r.offset, text: r.text, length: r.length, rowNumber: r.row_number }));
}

/**
 * Remembers what became of a finding an editor fixed or dismissed, for the grid's fixed and
 * dismissed lists; a fixed finding leaves the open list at once (its text has changed; the
 * background recomputation would drop it a moment later anyway).
 */
export function recordFindingOutcome(db: SqlDatabase, finding: FindingRecord, outcome: "fixed" | "dismissed", user: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO finding_outcomes (document_id, bead_id, paragraph_id, check_id, severity, side, start_offset, end_offset, params, suggestion, text_hash, excerpt, outcome, user_name, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(finding.documentId, finding.beadId, finding.paragraphId, finding.checkId, finding.severity, finding.side, finding.start, finding.end, JSON.stringify(finding.params),
      finding.suggestion, finding.textHash, finding.excerpt, outcome, user, new Date().toISOString());
    if (outcome === "fixed") db.prepare("DELETE FROM findings WHERE id = ?").run(finding.id);
  }).immediate();
}

/** The documents the grid's filter offers (id and both titles), by title; bounded. */
export function listGridDocuments(db: SqlDatabase, limit = 2000): { id: number; title: string; titleAr: string }[] {
  return db.prepare("SELECT id, title, title_ar AS titleAr FROM documents WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, id LIMIT ?").all(limit) as { id: number; title: string; titleAr: string }[];
}
