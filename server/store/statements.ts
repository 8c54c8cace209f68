/**
 * Prepared statements, prepared once per database connection and reused: preparing costs more
 * than running most of mizan's queries, and the editor runs the same few on every operation.
 */
import type Database from "better-sqlite3";
import type { SqliteDatabase } from "./open-database.js";

const CACHE = new WeakMap<SqliteDatabase, Map<string, Database.Statement>>();

export function statement(db: SqliteDatabase, sql: string): Database.Statement {
  let byText = CACHE.get(db);
  if (!byText) CACHE.set(db, (byText = new Map()));
  let prepared = byText.get(sql);
  if (!prepared) byText.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
