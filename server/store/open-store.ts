/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL, any
 * other location a SQLite file (the default, data/mizan.db). Everything that opens a store from a
 * location (the server, its worker threads, the commands) goes through here, so MIZAN_DB chooses
 * the engine for all of them.
 */
import { openSqliteStore } from "./sqlite-store.js";
import { openPostgresStore } from "./postgres/pg-store.js";
import type { SqlDatabase } from "./sql-database.js";
import type { Store } from "./types.js";

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export function openStore(location: string): Store & { db: SqlDatabase } {
  return isPostgresLocation(location) ? openPostgresStore(location) : openSqliteStore(location);
}
