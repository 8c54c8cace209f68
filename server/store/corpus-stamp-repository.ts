/**
 * A cheap stamp of which documents the corpus holds, for caches kept in one process's memory
 * (services/corpus-stats.ts): the live documents' count, the sum of their ids and the highest id,
 * read in one pass over the documents' primary key. Any import, deletion or restore, by this
 * process or by another app instance on the same database, changes it, where the count alone
 * misses one document deleted and another imported in between.
 */
import type { SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";

export function corpusStamp(db: SqlDatabase): string {
  const row = statement(db, "SELECT COUNT(*) AS n, COALESCE(SUM(id), 0) AS ids, COALESCE(MAX(id), 0) AS last FROM documents WHERE deleted_at IS NULL").get() as {
    n: number; ids: number; last: number;
  };
  return `${row.n}:${row.ids}:${row.last}`;
}
