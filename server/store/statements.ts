/**
 * Prepared statements, prepared once per database connection and reused: preparing costs more
 * than running most of mizan's queries, and the editor runs the same few on every operation.
 */
import type { SqlDatabase, SqlStatement } from "./sql-database.js";

const CACHE = new WeakMap<SqlDatabase, Map<string, SqlStatement>>();

export function statement(db: SqlDatabase, sql: string): SqlStatement {
  let byText = CACHE.get(db);
  if (!byText) CACHE.set(db, (byText = new Map()));
  let prepared = byText.get(sql);
  if (!prepared) byText.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
