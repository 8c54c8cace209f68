/**
 * The Store on PostgreSQL: the synchronous connection (pg-database.ts), its schema brought up to
 * date (pg-migrations.ts), and the same composition of repositories as SQLite's (composeStore).
 * Several app instances and worker processes may open the same database at once: migrations take
 * the writers' advisory lock, so only the first applies them.
 */
import { composeStore } from "../sqlite-store.js";
import type { SqlDatabase } from "../sql-database.js";
import type { Store } from "../types.js";
import { openPgDatabase, type PgDatabase } from "./pg-database.js";
import { PG_MIGRATIONS } from "./pg-migrations.js";

export function openPostgresStore(url: string): Store & { db: SqlDatabase } {
  const db = openPgDatabase(url);
  try {
    migratePostgres(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return composeStore(db, url);
}

/** The schema version applied to this database (0: none yet). */
export function postgresSchemaVersion(db: PgDatabase): number {
  const table = db.query<{ present: number }>("SELECT to_regclass('mizan_schema_version') IS NOT NULL AS present")[0];
  if (!table?.present) return 0;
  return db.query<{ version: number }>("SELECT COALESCE(MAX(version), 0) AS version FROM mizan_schema_version")[0]?.version ?? 0;
}

/** Applies the migrations after the database's version, up to `upTo` (all by default), each in its own transaction. */
export function migratePostgres(db: PgDatabase, upTo: number = PG_MIGRATIONS.length): void {
  db.transaction(() => {
    db.exec("CREATE TABLE IF NOT EXISTS mizan_schema_version (version BIGINT NOT NULL)");
  }).immediate();
  for (;;) {
    const applied = db.transaction(() => {
      const version = postgresSchemaVersion(db);
      if (version >= Math.min(upTo, PG_MIGRATIONS.length)) return false;
      db.exec(PG_MIGRATIONS[version] ?? "");
      db.query("INSERT INTO mizan_schema_version (version) VALUES ($1)", [version + 1]);
      return true;
    }).immediate();
    if (!applied) break;
  }
  db.refreshTables();
}
