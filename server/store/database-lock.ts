/**
 * Who is using a database file, told through a sidecar `<db>.lock`: a running server holds a
 * SHARED lock on it for its whole life (several servers may share a database), and `mizan
 * restore` takes an EXCLUSIVE lock without waiting, so it is refused while any server runs and no
 * server starts in the middle of a restore. The locks are SQLite's own on an empty SQLite file
 * (an open read transaction, or BEGIN EXCLUSIVE): POSIX locks that the system drops when the
 * process dies, even by SIGKILL, and that SQLite tracks correctly between connections of one
 * process. Nothing is ever written to the file.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { isPostgresLocation } from "./open-store.js";

export type DatabaseLock = { release(): void };

/** The server still holds the lock after this long: a restore in progress, or a stuck one. */
export class DatabaseBusyError extends Error {
  override readonly name = "DatabaseBusyError";
}

export function lockPathOf(dbPath: string): string {
  return `${dbPath}.lock`;
}

function isBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_BUSY");
}

function openLockFile(dbPath: string, waitMs: number): Database.Database {
  mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(lockPathOf(dbPath));
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
  return db;
}

function lockOf(db: Database.Database): DatabaseLock {
  let held = true;
  return {
    release: () => {
      if (!held) return;
      held = false;
      db.close(); // closing ends the transaction and drops the lock
    },
  };
}

/**
 * The server's hold on the database, for as long as the process lives: waits up to `waitMs` for
 * a restore to finish, then throws DatabaseBusyError. An in-memory database needs no lock, and
 * neither does PostgreSQL (a restore there is PostgreSQL's own business, not a file of ours).
 */
export function holdDatabase(dbPath: string, options: { waitMs?: number } = {}): DatabaseLock {
  if (dbPath === ":memory:" || isPostgresLocation(dbPath)) return { release: () => undefined };
  const db = openLockFile(dbPath, options.waitMs ?? 10000);
  try {
    db.exec("BEGIN");
    db.prepare("SELECT COUNT(*) FROM sqlite_master").get(); // the read takes the SHARED lock
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new DatabaseBusyError(`the database ${dbPath} is being restored; start the server again when the restore has finished`);
    throw error;
  }
  return lockOf(db);
}

/** The whole database for one process (a restore), without waiting; null while anyone holds it. */
export function lockDatabaseExclusively(dbPath: string): DatabaseLock | null {
  const db = openLockFile(dbPath, 0);
  try {
    db.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    db.close();
    if (isBusy(error)) return null;
    throw error;
  }
  return lockOf(db);
}
