/**
 * The pairing review of an archive (issue 14) over migration 18's tables: archives with their
 * counts, pages of pairs by score (keyset on the archive_pairs_by_score index), each edition's
 * articles in no live pair (by date, on archive_articles_by_date), a title search of the other
 * edition for a re-pair (folded by mizan_fold, as the corpus page's search), and the decisions:
 * confirm, reject (version-checked: a stale decision is a ConflictError), many at once, and a pair
 * made by hand. Every decision writes its audit entry in the same transaction as the change. The
 * live-pair unique indexes (one live pair per article each side) are honoured by rejecting the
 * pairs in the way before a pair is made live. A pair rejected (by itself, many at once or by a
 * re-pair) that had become a document takes its document with it: the document is deleted as an
 * admin deletes one (recoverable for 30 days, audited) and unlinked from the pair, in the same
 * transaction; confirmed again, the pair waits for the documents job to make it a new one. It also
 * lists an archive's files that could not be read, a page at a time.
 */
import { bySql, type SqlDatabase } from "./sql-database.js";
import type {
  ArchiveArticleCursor, ArchiveArticleHead, ArchiveCandidate, ArchiveDecision, ArchiveEdition, ArchiveFileErrorCursor, ArchiveFileErrorRow, ArchivePairCursor,
  ArchivePairFilter, ArchivePairRow, ArchivePairStatus, ArchiveSummary,
} from "./types.js";
import { statement } from "./statements.js";
import { writeHistory } from "./history-writer.js";
import { ConflictError, NotFoundError } from "./conflict-error.js";
import { getDocument } from "./documents-repository.js";
import { softDeleteDocument } from "./document-lifecycle.js";

type SummaryRow = {
  id: number; name: string; created_by: string; created_at: string; paired_at: string | null; job_id: number | null; window_days: number;
  en: number; ar: number; errors: number; proposed: number; confirmed: number; rejected: number; manual: number;
};

const SUMMARY = `
  SELECT a.id, a.name, a.created_by, a.created_at, a.paired_at, a.job_id, a.window_days,
    (SELECT COUNT(*) FROM archive_articles x WHERE x.archive_id = a.id AND x.edition = 'en') AS en,
    (SELECT COUNT(*) FROM archive_articles x WHERE x.archive_id = a.id AND x.edition = 'ar') AS ar,
    (SELECT COUNT(*) FROM archive_file_errors f WHERE f.archive_id = a.id) AS errors,
    (SELECT COUNT(*) FROM archive_pairs p WHERE p.archive_id = a.id AND p.status = 'proposed') AS proposed,
    (SELECT COUNT(*) FROM archive_pairs p WHERE p.archive_id = a.id AND p.status = 'confirmed') AS confirmed,
    (SELECT COUNT(*) FROM archive_pairs p WHERE p.archive_id = a.id AND p.status = 'rejected') AS rejected,
    (SELECT COUNT(*) FROM archive_pairs p WHERE p.archive_id = a.id AND p.origin = 'manual' AND p.status != 'rejected') AS manual
  FROM archives a`;

function toSummary(row: SummaryRow): ArchiveSummary {
  return {
    id: row.id, name: row.name, createdBy: row.created_by, createdAt: row.created_at, pairedAt: row.paired_at, jobId: row.job_id, windowDays: row.window_days,
    articles: { en: row.en, ar: row.ar }, errors: row.errors,
    pairs: { proposed: row.proposed, confirmed: row.confirmed, rejected: row.rejected, manual: row.manual },
  };
}

export function listArchives(db: SqlDatabase): ArchiveSummary[] {
  return (statement(db, `${SUMMARY} ORDER BY a.id DESC`).all() as SummaryRow[]).map(toSummary);
}

export function getArchiveSummary(db: SqlDatabase, id: number): ArchiveSummary | null {
  const row = statement(db, `${SUMMARY} WHERE a.id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

type PairRowDb = {
  id: number; archive_id: number; score: number; evidence: string; origin: "proposed" | "manual"; status: ArchivePairStatus;
  decided_by: string | null; decided_at: string | null; document_id: number | null; version: number;
  en_article: string; en_date: string | null; en_title: string | null; ar_article: string; ar_date: string | null; ar_title: string | null;
};

const PAIR = `
  SELECT p.id, p.archive_id, p.score, p.evidence, p.origin, p.status, p.decided_by, p.decided_at, p.document_id, p.version,
    p.en_article, e.date AS en_date, e.title AS en_title, p.ar_article, r.date AS ar_date, r.title AS ar_title
  FROM archive_pairs p
  LEFT JOIN archive_articles e ON e.archive_id = p.archive_id AND e.edition = 'en' AND e.article_id = p.en_article
  LEFT JOIN archive_articles r ON r.archive_id = p.archive_id AND r.edition = 'ar' AND r.article_id = p.ar_article`;

function parseEvidence(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

function toPair(row: PairRowDb): ArchivePairRow {
  return {
    id: row.id, archiveId: row.archive_id, score: row.score, evidence: parseEvidence(row.evidence), origin: row.origin, status: row.status,
    decidedBy: row.decided_by, decidedAt: row.decided_at, documentId: row.document_id, version: row.version,
    en: { id: row.en_article, date: row.en_date ?? "", title: row.en_title ?? "" },
    ar: { id: row.ar_article, date: row.ar_date ?? "", title: row.ar_title ?? "" },
  };
}

/** The condition of a filter: a status (the score index's prefix) or the pairs made by hand. */
function filterSql(filter: Exclude<ArchivePairFilter, "all">): string {
  if (filter === "manual") return " AND p.origin = 'manual'";
  return ` AND p.status = '${filter}'`;
}

/** One status's (or the manual pairs') page, one more than asked for, walking the score index. */
function pairRows(db: SqlDatabase, archiveId: number, filter: Exclude<ArchivePairFilter, "all">, after: ArchivePairCursor | null, limit: number): PairRowDb[] {
  const keyset = after ? " AND (p.score < ? OR (p.score = ? AND p.id > ?))" : "";
  const params: unknown[] = [archiveId, ...(after ? [after.score, after.score, after.id] : []), limit + 1];
  return statement(db, `${PAIR} WHERE p.archive_id = ?${filterSql(filter)}${keyset} ORDER BY p.score DESC, p.id LIMIT ?`).all(...params) as PairRowDb[];
}

/**
 * "All" is the three statuses' pages merged (score descending, then id): the index leads with the
 * status, so each is an index walk, where one query over all statuses would sort the archive's pairs.
 */
export function listArchivePairs(db: SqlDatabase, archiveId: number, filter: ArchivePairFilter, after: ArchivePairCursor | null, limit: number): { pairs: ArchivePairRow[]; more: boolean } {
  const rows = filter === "all"
    ? (["proposed", "confirmed", "rejected"] as const).flatMap((status) => pairRows(db, archiveId, status, after, limit)).sort((a, b) => b.score - a.score || a.id - b.id)
    : pairRows(db, archiveId, filter, after, limit);
  return { pairs: rows.slice(0, limit).map(toPair), more: rows.length > limit };
}

export function getArchivePair(db: SqlDatabase, archiveId: number, pairId: number): ArchivePairRow | null {
  const row = statement(db, `${PAIR} WHERE p.archive_id = ? AND p.id = ?`).get(archiveId, pairId) as PairRowDb | undefined;
  return row ? toPair(row) : null;
}

const side = (edition: ArchiveEdition): string => (edition === "en" ? "en_article" : "ar_article");

export function liveArchivePair(db: SqlDatabase, archiveId: number, edition: ArchiveEdition, articleId: string): ArchivePairRow | null {
  const row = statement(db, `${PAIR} WHERE p.archive_id = ? AND p.${side(edition)} = ? AND p.status != 'rejected'`).get(archiveId, articleId) as PairRowDb | undefined;
  return row ? toPair(row) : null;
}

export function getArchiveArticle(db: SqlDatabase, archiveId: number, edition: ArchiveEdition, articleId: string): ArchiveArticleHead | null {
  return (statement(db, "SELECT article_id AS id, date, title FROM archive_articles WHERE archive_id = ? AND edition = ? AND article_id = ?")
    .get(archiveId, edition, articleId) as ArchiveArticleHead | undefined) ?? null;
}

/** "No live pair" for an article row `a` of `edition`, answered by the live-pair unique index. */
const unpaired = (edition: ArchiveEdition): string =>
  `NOT EXISTS (SELECT 1 FROM archive_pairs p WHERE p.archive_id = a.archive_id AND p.${side(edition)} = a.article_id AND p.status != 'rejected')`;

export function listUnpairedArticles(
  db: SqlDatabase, archiveId: number, edition: ArchiveEdition, after: ArchiveArticleCursor | null, limit: number,
): { articles: ArchiveArticleHead[]; more: boolean; total: number } {
  const keyset = after ? " AND (a.date > ? OR (a.date = ? AND a.article_id > ?))" : "";
  const params: unknown[] = [archiveId, edition, ...(after ? [after.date, after.date, after.id] : []), limit + 1];
  const rows = statement(db, `SELECT a.article_id AS id, a.date, a.title FROM archive_articles a WHERE a.archive_id = ? AND a.edition = ? AND ${unpaired(edition)}${keyset} ORDER BY a.date, a.article_id LIMIT ?`)
    .all(...params) as ArchiveArticleHead[];
  const { n } = statement(db, `SELECT COUNT(*) AS n FROM archive_articles a WHERE a.archive_id = ? AND a.edition = ? AND ${unpaired(edition)}`).get(archiveId, edition) as { n: number };
  return { articles: rows.slice(0, limit), more: rows.length > limit, total: n };
}

type CandidateRow = ArchiveArticleHead & { pair_id: number | null; pair_status: ArchivePairStatus | null; pair_with: string | null };

export function searchArchiveArticles(
  db: SqlDatabase, archiveId: number, edition: ArchiveEdition, words: readonly string[], window: { from: string; to: string; around: string } | null, inside: boolean, limit: number,
): ArchiveCandidate[] {
  const other = edition === "en" ? "ar_article" : "en_article";
  const parts = ["a.archive_id = ?", "a.edition = ?"];
  const params: unknown[] = [archiveId, edition];
  for (const word of words) {
    parts.push("instr(mizan_fold(a.title), ?) > 0");
    params.push(word);
  }
  let order = "a.date, a.article_id";
  if (window) {
    // Dates are ISO days, perhaps with a time after them: "to" takes in the whole of its day.
    parts.push(inside ? "(a.date >= ? AND a.date <= ?)" : "(a.date < ? OR a.date > ?)");
    params.push(window.from, `${window.to}\uffff`);
    order = `${bySql(db, { sqlite: "abs(julianday(substr(a.date, 1, 10)) - julianday(?))", postgres: "abs(CAST(substr(a.date, 1, 10) AS date) - CAST(? AS date))" })}, a.date, a.article_id`;
  }
  const rows = db.prepare(`
    SELECT a.article_id AS id, a.date, a.title, p.id AS pair_id, p.status AS pair_status, p.${other} AS pair_with
    FROM archive_articles a
    LEFT JOIN archive_pairs p ON p.archive_id = a.archive_id AND p.${side(edition)} = a.article_id AND p.status != 'rejected'
    WHERE ${parts.join(" AND ")} ORDER BY ${order} LIMIT ?`).all(...params, ...(window ? [window.around] : []), limit) as CandidateRow[];
  return rows.map((r) => ({
    id: r.id, date: r.date, title: r.title,
    livePair: r.pair_id === null || r.pair_status === null || r.pair_with === null ? null : { id: r.pair_id, status: r.pair_status, with: r.pair_with },
  }));
}

/** The audit entry of one decision: who, what, and both articles as they were named. */
function auditDecision(db: SqlDatabase, action: string, pair: ArchivePairRow, user: string, details: Record<string, unknown> = {}): void {
  writeHistory(db, {
    documentId: null, user, action, target: `archive-pair:${pair.id}`,
    after: { archiveId: pair.archiveId, en: pair.en.id, ar: pair.ar.id, enTitle: pair.en.title, arTitle: pair.ar.title, score: pair.score, ...details },
  });
}

const SET_STATUS = "UPDATE archive_pairs SET status = ?, decided_by = ?, decided_at = ?, version = version + 1 WHERE id = ?";

/**
 * Sets a pair's status (no version check); a pair made live again must not meet another live pair
 * of either article. A rejected pair's document (still live) is deleted and unlinked: its id, else null.
 */
function setStatus(db: SqlDatabase, pair: ArchivePairRow, status: "confirmed" | "rejected", user: string, at: string): number | null {
  if (status === "confirmed" && pair.status === "rejected") {
    const clash = statement(db, "SELECT id FROM archive_pairs WHERE archive_id = ? AND id != ? AND status != 'rejected' AND (en_article = ? OR ar_article = ?) LIMIT 1")
      .get(pair.archiveId, pair.id, pair.en.id, pair.ar.id) as { id: number } | undefined;
    if (clash) throw new ConflictError(`archive-pair:${pair.id}`, { version: pair.version });
  }
  statement(db, SET_STATUS).run(status, user, at, pair.id);
  if (status !== "rejected" || pair.documentId === null) return null;
  statement(db, "UPDATE archive_pairs SET document_id = NULL WHERE id = ?").run(pair.id);
  // Deleted by an admin already (or purged): nothing more to delete, the link goes all the same.
  if (!getDocument(db, pair.documentId)) return null;
  softDeleteDocument(db, pair.documentId, user, at);
  return pair.documentId;
}

/** The deleted document's id as a list (the decisions' `deletedDocuments`). */
const listed = (id: number | null): number[] => (id === null ? [] : [id]);

const ACTION = { confirmed: "archive-confirm", rejected: "archive-reject" } as const;

export function decideArchivePair(db: SqlDatabase, archiveId: number, pairId: number, version: number, status: "confirmed" | "rejected", user: string, at: string): ArchiveDecision {
  return db.transaction(() => {
    const pair = getArchivePair(db, archiveId, pairId);
    if (!pair) throw new NotFoundError(`archive-pair:${pairId}`);
    if (pair.version !== version) throw new ConflictError(`archive-pair:${pairId}`, { version: pair.version });
    const deleted = setStatus(db, pair, status, user, at);
    auditDecision(db, ACTION[status], pair, user, { before: pair.status, ...(deleted === null ? {} : { deletedDocument: deleted }) });
    return { ...(getArchivePair(db, archiveId, pairId) as ArchivePairRow), deletedDocuments: listed(deleted) };
  }).immediate();
}

export function decideArchivePairs(
  db: SqlDatabase, archiveId: number, seen: readonly { id: number; version: number }[], status: "confirmed" | "rejected", user: string, at: string,
): { decided: number; stale: number; deletedDocuments: number[] } {
  return db.transaction(() => {
    let decided = 0;
    let stale = 0;
    const deletedDocuments: number[] = [];
    for (const { id, version } of seen) {
      const pair = getArchivePair(db, archiveId, id);
      if (!pair || pair.version !== version) {
        stale++;
        continue;
      }
      let deleted: number | null;
      try {
        deleted = setStatus(db, pair, status, user, at);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        stale++;
        continue;
      }
      auditDecision(db, ACTION[status], pair, user, { before: pair.status, many: seen.length, ...(deleted === null ? {} : { deletedDocument: deleted }) });
      deletedDocuments.push(...listed(deleted));
      decided++;
    }
    return { decided, stale, deletedDocuments };
  }).immediate();
}

export function repairArchiveArticles(db: SqlDatabase, archiveId: number, en: string, ar: string, user: string, at: string): ArchiveDecision {
  return db.transaction(() => {
    if (!getArchiveArticle(db, archiveId, "en", en)) throw new NotFoundError(`archive-article:en:${en}`);
    if (!getArchiveArticle(db, archiveId, "ar", ar)) throw new NotFoundError(`archive-article:ar:${ar}`);
    const current = liveArchivePair(db, archiveId, "en", en);
    if (current && current.ar.id === ar) {
      // Already paired with each other: making it by hand is confirming it.
      if (current.status !== "confirmed") {
        setStatus(db, current, "confirmed", user, at);
        auditDecision(db, "archive-confirm", current, user, { before: current.status });
      }
      return { ...(getArchivePair(db, archiveId, current.id) as ArchivePairRow), deletedDocuments: [] };
    }
    const replaced: number[] = [];
    const deletedDocuments: number[] = [];
    for (const inTheWay of [current, liveArchivePair(db, archiveId, "ar", ar)]) {
      if (!inTheWay) continue;
      const deleted = setStatus(db, inTheWay, "rejected", user, at);
      auditDecision(db, "archive-reject", inTheWay, user, { before: inTheWay.status, repair: { en, ar }, ...(deleted === null ? {} : { deletedDocument: deleted }) });
      replaced.push(inTheWay.id);
      deletedDocuments.push(...listed(deleted));
    }
    const { lastInsertRowid } = statement(db,
      "INSERT INTO archive_pairs (archive_id, en_article, ar_article, score, evidence, origin, status, decided_by, decided_at) VALUES (?, ?, ?, 0, '{}', 'manual', 'confirmed', ?, ?)",
    ).run(archiveId, en, ar, user, at);
    const made = getArchivePair(db, archiveId, Number(lastInsertRowid)) as ArchivePairRow;
    auditDecision(db, "archive-repair", made, user, { replaced });
    return { ...made, deletedDocuments };
  }).immediate();
}

/**
 * A page of the archive's files that could not be read, English first, then by name; `more` when
 * another follows. One walk of the primary key (archive, edition, name) per edition, no sort.
 */
export function listArchiveFileErrors(
  db: SqlDatabase, archiveId: number, after: ArchiveFileErrorCursor | null, limit: number,
): { errors: ArchiveFileErrorRow[]; more: boolean } {
  const editions: ArchiveEdition[] = after?.edition === "ar" ? ["ar"] : ["en", "ar"];
  const rows: { edition: ArchiveEdition; name: string; code: string; params: string }[] = [];
  for (const edition of editions) {
    if (rows.length > limit) break;
    const from = after && after.edition === edition ? after.name : null;
    rows.push(...(statement(db, `SELECT edition, name, code, params FROM archive_file_errors WHERE archive_id = ? AND edition = ?${from === null ? "" : " AND name > ?"} ORDER BY name LIMIT ?`)
      .all(...[archiveId, edition, ...(from === null ? [] : [from]), limit + 1 - rows.length]) as typeof rows));
  }
  return {
    errors: rows.slice(0, limit).map((r) => ({ edition: r.edition, name: r.name, code: r.code, params: parseParams(r.params) })),
    more: rows.length > limit,
  };
}

function parseParams(text: string): Record<string, string | number> {
  const parsed = parseEvidence(text);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"));
}
