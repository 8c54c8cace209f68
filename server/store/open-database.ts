/**
 * Opens (creating if needed) the SQLite database file: WAL journal so readers never wait for the
 * writer and a killed process loses nothing committed, foreign keys on, a busy timeout for
 * concurrent command-line and server use, and every pending migration applied. Every write
 * transaction in the store starts with BEGIN IMMEDIATE (`.immediate()`): worker threads and
 * commands write beside the server, and a deferred transaction that read before it wrote would
 * fail at once with SQLITE_BUSY when another connection committed meanwhile, instead of waiting.
 * It also registers mizan_fold(text), the folding for matching, for searches done in SQL.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MIGRATIONS } from "./migrations.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";

export type SqliteDatabase = Database.Database;

export function openDatabase(path: string): SqliteDatabase {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Text folded for matching, as searches in JavaScript fold it (Arabic variants, lower case): the
  // corpus table's title search runs in SQL and must find exactly what it found before.
  db.function("mizan_fold", { deterministic: true }, (text: unknown) => normaliseArabic(String(text ?? "")).toLowerCase());
  migrate(db);
  return db;
}

/** Applies the migrations after the database's user_version, up to `upTo` (all of them by default). */
export function migrate(db: SqliteDatabase, upTo: number = MIGRATIONS.length): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let k = current; k < Math.min(upTo, MIGRATIONS.length); k++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[k] ?? "");
      db.pragma(`user_version = ${k + 1}`);
    }).immediate();
  }
}
