/**
 * SQLite: archives (issue 14) — the two editions' articles as read, the files that could not be
 * read, the pairs proposed between them and the documents confirmed pairs became. Every write is
 * small and runs inside the caller's transaction when there is one (better-sqlite3 nests it as a
 * savepoint), so the archive job commits its work with its progress. Proposed pairs are replaced
 * as a whole, never touching a reviewer's decision (confirmed, rejected, manual) nor breaking the
 * one-live-pair-per-article indexes of migration 18.
 *
 * The last section stands in for the jobs helper's jobs-repository (createJob … dropJobFiles, the
 * contract's names and shapes) until theirs lands on main; it goes then.
 */
import type { SqlDatabase } from "./sql-database.js";
import type {
  ArchiveCounts, ArchiveEdition, ArchiveRecord, JobState, NewArchivePair, StoredArchiveArticle, StoredArchiveFileError, WaitingArchivePair,
} from "./types.js";
import { statement } from "./statements.js";
import { recordHistory } from "./history-repository.js";

type ArchiveRow = { id: number; name: string; job_id: number | null; window_days: number; threshold: number; created_by: string; created_at: string; paired_at: string | null };
type ArticleRow = { article_id: string; date: string; title: string; url: string | null; paragraphs: string };

const articleOf = (row: ArticleRow): StoredArchiveArticle => ({ id: row.article_id, date: row.date, title: row.title, url: row.url, paragraphs: JSON.parse(row.paragraphs) as string[] });

export function createArchive(db: SqlDatabase, input: { name: string; windowDays: number; threshold: number; createdBy: string }, now = new Date().toISOString()): number {
  return db.transaction(() => {
    const id = Number(statement(db, "INSERT INTO archives (name, window_days, threshold, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(input.name, input.windowDays, input.threshold, input.createdBy, now).lastInsertRowid);
    recordHistory(db, { documentId: null, user: input.createdBy, action: "archive-create", target: `archive:${id}`, after: { name: input.name, windowDays: input.windowDays, threshold: input.threshold } });
    return id;
  }).immediate();
}

export function getArchive(db: SqlDatabase, id: number): ArchiveRecord | null {
  const row = statement(db, "SELECT * FROM archives WHERE id = ?").get(id) as ArchiveRow | undefined;
  if (!row) return null;
  return { id: row.id, name: row.name, jobId: row.job_id, windowDays: row.window_days, threshold: row.threshold, createdBy: row.created_by, createdAt: row.created_at, pairedAt: row.paired_at };
}

export function setArchiveJob(db: SqlDatabase, archiveId: number, jobId: number): void {
  statement(db, "UPDATE archives SET job_id = ? WHERE id = ?").run(jobId, archiveId);
}

export function storeArchiveBatch(
  db: SqlDatabase, archiveId: number, edition: ArchiveEdition, firstSeq: number, articles: readonly StoredArchiveArticle[], errors: readonly StoredArchiveFileError[],
): number {
  return db.transaction(() => {
    const insert = statement(db, "INSERT OR IGNORE INTO archive_articles (archive_id, edition, article_id, seq, date, title, url, paragraphs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    let added = 0;
    articles.forEach((a, k) => {
      added += insert.run(archiveId, edition, a.id, firstSeq + k, a.date, a.title, a.url, JSON.stringify(a.paragraphs)).changes;
    });
    const fileError = statement(db, "INSERT OR IGNORE INTO archive_file_errors (archive_id, edition, name, code, params) VALUES (?, ?, ?, ?, ?)");
    for (const e of errors) fileError.run(archiveId, edition, e.name, e.code, JSON.stringify(e.params));
    return added;
  }).immediate();
}

export function readArchiveArticles(db: SqlDatabase, archiveId: number, edition: ArchiveEdition): StoredArchiveArticle[] {
  const rows = statement(db, "SELECT article_id, date, title, url, paragraphs FROM archive_articles WHERE archive_id = ? AND edition = ? ORDER BY seq").all(archiveId, edition) as ArticleRow[];
  return rows.map(articleOf);
}

export function readArchiveArticle(db: SqlDatabase, archiveId: number, edition: ArchiveEdition, articleId: string): StoredArchiveArticle | null {
  const row = statement(db, "SELECT article_id, date, title, url, paragraphs FROM archive_articles WHERE archive_id = ? AND edition = ? AND article_id = ?").get(archiveId, edition, articleId) as ArticleRow | undefined;
  return row ? articleOf(row) : null;
}

export function replaceProposedPairs(db: SqlDatabase, archiveId: number, pairs: readonly NewArchivePair[], decidedBy: string, at: string): { proposed: number; confirmed: number } {
  return db.transaction(() => {
    statement(db, "DELETE FROM archive_pairs WHERE archive_id = ? AND status = 'proposed' AND origin = 'proposed' AND document_id IS NULL").run(archiveId);
    const rejected = statement(db, "SELECT 1 FROM archive_pairs WHERE archive_id = ? AND en_article = ? AND ar_article = ? AND status = 'rejected'");
    // OR IGNORE: an article already in a live (confirmed or manual) pair keeps it.
    const insert = statement(db,
      "INSERT OR IGNORE INTO archive_pairs (archive_id, en_article, ar_article, score, evidence, origin, status, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?, ?)");
    const written = { proposed: 0, confirmed: 0 };
    for (const p of pairs) {
      if (rejected.get(archiveId, p.en, p.ar)) continue;
      const confirmed = p.status === "confirmed";
      const changes = insert.run(archiveId, p.en, p.ar, p.score, JSON.stringify(p.evidence ?? {}), p.status, confirmed ? decidedBy : null, confirmed ? at : null).changes;
      if (changes === 1) written[p.status] += 1;
    }
    statement(db, "UPDATE archives SET paired_at = ? WHERE id = ?").run(at, archiveId);
    return written;
  }).immediate();
}

export function listWaitingPairs(db: SqlDatabase, archiveId: number, limit: number): WaitingArchivePair[] {
  const rows = statement(db,
    "SELECT id, en_article, ar_article, score, decided_by FROM archive_pairs WHERE archive_id = ? AND status = 'confirmed' AND document_id IS NULL ORDER BY id LIMIT ?")
    .all(archiveId, limit) as { id: number; en_article: string; ar_article: string; score: number; decided_by: string | null }[];
  return rows.map((r) => ({ id: r.id, en: r.en_article, ar: r.ar_article, score: r.score, decidedBy: r.decided_by }));
}

export function markPairDocument(db: SqlDatabase, pairId: number, documentId: number): boolean {
  return statement(db, "UPDATE archive_pairs SET document_id = ?, version = version + 1 WHERE id = ? AND status = 'confirmed' AND document_id IS NULL").run(documentId, pairId).changes === 1;
}

export function listUncheckedArchiveDocuments(db: SqlDatabase, archiveId: number, limit: number): number[] {
  const rows = statement(db,
    "SELECT d.id FROM archive_pairs p JOIN documents d ON d.id = p.document_id WHERE p.archive_id = ? AND d.deleted_at IS NULL AND d.findings_version <> d.version ORDER BY p.id LIMIT ?")
    .all(archiveId, limit) as { id: number }[];
  return rows.map((r) => r.id);
}

export function archiveCounts(db: SqlDatabase, archiveId: number): ArchiveCounts {
  const counts: ArchiveCounts = { articles: { en: 0, ar: 0 }, fileErrors: { en: 0, ar: 0 }, pairs: { proposed: 0, confirmed: 0, rejected: 0 }, documents: 0 };
  for (const r of statement(db, "SELECT edition, COUNT(*) AS n FROM archive_articles WHERE archive_id = ? GROUP BY edition").all(archiveId) as { edition: ArchiveEdition; n: number }[]) counts.articles[r.edition] = r.n;
  for (const r of statement(db, "SELECT edition, COUNT(*) AS n FROM archive_file_errors WHERE archive_id = ? GROUP BY edition").all(archiveId) as { edition: ArchiveEdition; n: number }[]) counts.fileErrors[r.edition] = r.n;
  for (const r of statement(db, "SELECT status, COUNT(*) AS n FROM archive_pairs WHERE archive_id = ? GROUP BY status").all(archiveId) as { status: keyof ArchiveCounts["pairs"]; n: number }[]) counts.pairs[r.status] = r.n;
  counts.documents = (statement(db, "SELECT COUNT(*) AS n FROM archive_pairs WHERE archive_id = ? AND document_id IS NOT NULL").get(archiveId) as { n: number }).n;
  return counts;
}

export function findArchiveJob(db: SqlDatabase, inputHash: string): { id: number; state: JobState } | null {
  const row = statement(db, "SELECT id, state FROM jobs WHERE kind = 'archive' AND state IN ('queued', 'running', 'done') AND json_extract(params, '$.inputHash') = ? ORDER BY id DESC LIMIT 1")
    .get(inputHash) as { id: number; state: JobState } | undefined;
  return row ?? null;
}

export function findActiveArchiveJob(db: SqlDatabase, archiveId: number): number | null {
  const row = statement(db,
    "SELECT id FROM jobs WHERE kind IN ('archive', 'archive-documents') AND state IN ('queued', 'running') AND json_extract(params, '$.archiveId') = ? ORDER BY id DESC LIMIT 1")
    .get(archiveId) as { id: number } | undefined;
  return row?.id ?? null;
}
