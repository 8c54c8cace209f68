/**
 * `mizan backup PATH` and `mizan restore PATH`: SQLite's online backup (consistent while the
 * server runs) and a restore that checks the backup's integrity before it replaces the database,
 * through a temporary file and an atomic rename, so a failed restore leaves the old database.
 */
import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { openDatabase } from "../store/open-database.js";
import { CliError } from "./cli-error.js";

export async function backupCommand(dbPath: string, target: string): Promise<string> {
  const db = openDatabase(dbPath);
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return `backed up ${dbPath} to ${target}`;
}

/** Opens a backup read-only and checks it is a sound mizan database; says why not otherwise. */
function checkBackup(source: string): void {
  let check: Database.Database | null = null;
  try {
    check = new Database(source, { readonly: true, fileMustExist: true });
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new CliError(`the backup ${source} is damaged (${String(result)}); the database was not changed`);
    check.prepare("SELECT COUNT(*) FROM documents").get();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`the backup ${source} is not a readable mizan database (${error instanceof Error ? error.message : String(error)}); the database was not changed`);
  } finally {
    check?.close();
  }
}

export function restoreCommand(dbPath: string, source: string): string {
  if (!existsSync(source)) throw new CliError(`no backup at ${source}`);
  checkBackup(source);
  const temporary = `${dbPath}.restore-${process.pid}`;
  copyFileSync(source, temporary);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(temporary, dbPath);
  openDatabase(dbPath).close(); // applies any newer migrations to an older backup
  return `restored ${dbPath} from ${source}`;
}
