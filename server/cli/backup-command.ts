/**
 * `mizan backup PATH` and `mizan restore PATH`: SQLite's online backup (consistent while the
 * server runs) and a restore that checks the backup's integrity before it replaces the database,
 * through a temporary file and an atomic rename, so a failed restore leaves the old database.
 */
import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { openDatabase } from "../store/open-database.js";

export async function backupCommand(dbPath: string, target: string): Promise<string> {
  const db = openDatabase(dbPath);
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return `backed up ${dbPath} to ${target}`;
}

export function restoreCommand(dbPath: string, source: string): string {
  if (!existsSync(source)) throw new Error(`no backup at ${source}`);
  const check = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`the backup ${source} is damaged: ${String(result)}`);
    check.prepare("SELECT COUNT(*) FROM documents").get();
  } finally {
    check.close();
  }
  const temporary = `${dbPath}.restore-${process.pid}`;
  copyFileSync(source, temporary);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
  renameSync(temporary, dbPath);
  openDatabase(dbPath).close(); // applies any newer migrations to an older backup
  return `restored ${dbPath} from ${source}`;
}
