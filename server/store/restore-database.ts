/**
 * Replaces a database file with a backup without ever destroying it: under the exclusive lock
 * (refused while a server runs), the backup is copied to a temporary file beside the database and
 * checked there (SQLite's integrity check; a mizan schema version this code knows; every table,
 * column and index that version's migrations create, in the same shape); the copy is migrated to
 * the current version and checked again (integrity, and a schema equal to a fresh database's).
 * Only then is the live database's WAL folded in and the copy renamed over it. On any refusal
 * the live file is untouched and the temporary file is removed. Refusals are RestoreErrors: a
 * code and parameters, turned into a sentence by the command line.
 */
import Database from "better-sqlite3";
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { CodedError } from "../domain/coded-error.js";
import { lockDatabaseExclusively } from "./database-lock.js";
import { MIGRATIONS } from "./migrations.js";
import { migrate, type SqliteDatabase } from "./open-database.js";
import { freshSchemaShape, missingFromShape, schemaShapeOf, shapeDifferences } from "./schema-shape.js";

export type RestoreErrorCode =
  | "missing" | "in-use" | "not-sqlite" | "damaged" | "not-mizan" | "newer" | "wrong-shape" | "migration-failed" | "migrated-wrong";

export class RestoreError extends CodedError<RestoreErrorCode> {
  override readonly name = "RestoreError";
}

const SIDECARS = ["-wal", "-shm", "-journal"];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** SQLite's integrity check; a file that is not SQLite or cannot be read says so. */
function checkIntegrity(db: SqliteDatabase, path: string): void {
  let result: unknown;
  try {
    result = db.pragma("integrity_check", { simple: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_NOTADB") throw new RestoreError("not-sqlite", { path });
    throw new RestoreError("damaged", { path, detail: messageOf(error) });
  }
  if (result !== "ok") throw new RestoreError("damaged", { path, detail: String(result) });
}

/** The backup (as its copy) before migration: sound, a known version, the shape of that version. */
function checkBackup(db: SqliteDatabase, path: string): number {
  checkIntegrity(db, path);
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === 0) throw new RestoreError("not-mizan", { path });
  if (version > MIGRATIONS.length) throw new RestoreError("newer", { path, version, known: MIGRATIONS.length });
  const missing = missingFromShape(schemaShapeOf(db), freshSchemaShape(version));
  if (missing.length > 0) throw new RestoreError("wrong-shape", { path, version, objects: missing.join(", ") });
  return version;
}

/** Migrates the copy to the current version and checks the result; leaves it without a WAL. */
function migrateCopy(db: SqliteDatabase, path: string, version: number): void {
  try {
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (error) {
    throw new RestoreError("migration-failed", { path, version, detail: messageOf(error) });
  }
  checkIntegrity(db, path);
  const differences = shapeDifferences(schemaShapeOf(db), freshSchemaShape(MIGRATIONS.length));
  if (differences.length > 0) throw new RestoreError("migrated-wrong", { path, objects: differences.join(", ") });
  // One self-contained file to rename: its WAL (if any) folded in; the next opener turns WAL on again.
  if (db.pragma("journal_mode = DELETE", { simple: true }) !== "delete") throw new RestoreError("migrated-wrong", { path, objects: "journal_mode" });
}

/** Folds the live database's WAL into it and removes its sidecars, then renames the copy over it. */
function replaceLive(dbPath: string, copy: string): void {
  if (existsSync(dbPath)) {
    try {
      const live = new Database(dbPath, { fileMustExist: true });
      try {
        live.pragma("wal_checkpoint(TRUNCATE)");
      } finally {
        live.close();
      }
    } catch {
      // A live database that cannot even be opened is what a restore is for: it is replaced as it is.
    }
  }
  for (const suffix of SIDECARS) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(copy, dbPath);
  const dir = openSync(dirname(dbPath), "r");
  try {
    fsyncSync(dir); // the rename itself survives a power cut
  } finally {
    closeSync(dir);
  }
}

export function restoreDatabase(dbPath: string, source: string): void {
  if (!existsSync(source) || !statSync(source).isFile()) throw new RestoreError("missing", { path: source });
  mkdirSync(dirname(dbPath), { recursive: true });
  const lock = lockDatabaseExclusively(dbPath);
  if (!lock) throw new RestoreError("in-use", { path: dbPath });
  const copy = `${dbPath}.restore-${process.pid}`;
  try {
    copyFileSync(source, copy);
    const db = new Database(copy, { fileMustExist: true });
    try {
      const version = checkBackup(db, source);
      migrateCopy(db, source, version);
    } finally {
      db.close();
    }
    replaceLive(dbPath, copy);
  } finally {
    for (const suffix of ["", ...SIDECARS]) rmSync(`${copy}${suffix}`, { force: true });
    lock.release();
  }
}
