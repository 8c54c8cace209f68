/**
 * `mizan backup PATH` and `mizan restore PATH`: SQLite's online backup (consistent while the
 * server runs), and a restore that is refused while a server runs and checks and migrates a copy
 * of the backup before it replaces the database (server/store/restore-database.ts), so a failed
 * restore leaves the database exactly as it was. Messages in the user's language.
 */
import { openDatabase } from "../store/open-database.js";
import { restoreDatabase, RestoreError } from "../store/restore-database.js";
import { translatorFor } from "../i18n/translate.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";
import { isPostgresLocation } from "../store/open-store.js";

/** SQLite's backup and restore work on files; a PostgreSQL database is PostgreSQL's to back up. */
function refusePostgres(dbPath: string): void {
  if (isPostgresLocation(dbPath)) throw new CliError(translatorFor(cliLanguage())("cli.backup.postgres", { db: dbPath }));
}

export async function backupCommand(dbPath: string, target: string): Promise<string> {
  refusePostgres(dbPath);
  const db = openDatabase(dbPath);
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return translatorFor(cliLanguage())("cli.backup.done", { db: dbPath, path: target });
}

export function restoreCommand(dbPath: string, source: string): string {
  refusePostgres(dbPath);
  const t = translatorFor(cliLanguage());
  try {
    restoreDatabase(dbPath, source);
  } catch (error) {
    if (error instanceof RestoreError) throw new CliError(t(`cli.restore.${error.code}`, { ...error.params, db: dbPath }));
    throw error;
  }
  return t("cli.restore.done", { db: dbPath, path: source });
}
