/**
 * SQLite: the archive job's scored candidate pairs (issue 14, migration 19), kept only while its
 * pair stage runs. A pair step stores the candidates of a batch of English articles inside the
 * caller's transaction, with the job's progress; the last step reads them all back for the 1-1
 * assignment and drops them. Keyed by pass and pair, so storing a batch again changes nothing.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { ScoredArchiveCandidate } from "./types.js";
import { statement } from "./statements.js";

export function storeArchiveCandidates(db: SqlDatabase, archiveId: number, pass: 1 | 2, candidates: readonly ScoredArchiveCandidate[]): void {
  db.transaction(() => {
    const insert = statement(db, "INSERT INTO archive_candidates (archive_id, pass, en_article, ar_article, score, evidence) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (archive_id, pass, en_article, ar_article) DO UPDATE SET score = excluded.score, evidence = excluded.evidence");
    for (const c of candidates) insert.run(archiveId, pass, c.en, c.ar, c.score, JSON.stringify(c.evidence ?? {}));
  }).immediate();
}

export function readArchiveCandidates(db: SqlDatabase, archiveId: number, pass: 1 | 2): ScoredArchiveCandidate[] {
  const rows = statement(db, "SELECT en_article, ar_article, score, evidence FROM archive_candidates WHERE archive_id = ? AND pass = ? ORDER BY en_article, ar_article")
    .all(archiveId, pass) as { en_article: string; ar_article: string; score: number; evidence: string }[];
  return rows.map((r) => ({ en: r.en_article, ar: r.ar_article, score: r.score, evidence: JSON.parse(r.evidence) as unknown }));
}

export function dropArchiveCandidates(db: SqlDatabase, archiveId: number): void {
  statement(db, "DELETE FROM archive_candidates WHERE archive_id = ?").run(archiveId);
}
