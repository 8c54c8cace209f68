/**
 * Where a benchmark script keeps its database: `--db` names either a SQLite file (or nothing: a
 * file in a new temporary folder) or a PostgreSQL cluster by URL, on which the script creates a
 * fresh database of its own (named pgbench_<label>_<pid>_<n>) and drops it at the end. One place
 * for it, so that every script measures both engines the same way and leaves nothing behind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { isPostgresLocation } from "../server/store/open-store.js";

/** A database a script made for itself: its location (for openStore / MIZAN_DB) and how to remove it. */
export type BenchDatabase = { location: string; engine: "sqlite" | "postgres"; remove(): Promise<void> };

let made = 0;

/** The URL of database `name` on the cluster of `url` (same user, host, port and parameters). */
export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onCluster(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database for one run: on the PostgreSQL cluster `db` names, or a SQLite file
 * (`db` itself when it is a path, else one in a temporary folder). The store migrates it when opened.
 */
export async function freshBenchDatabase(db: string | undefined, label: string): Promise<BenchDatabase> {
  if (db && isPostgresLocation(db)) {
    made++;
    const name = `pgbench_${label.replace(/[^a-z0-9_]/giu, "_").toLowerCase()}_${process.pid}_${made}`;
    await onCluster(db, `CREATE DATABASE ${name}`);
    return {
      location: databaseUrl(db, name),
      engine: "postgres",
      remove: () => onCluster(db, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  if (db) return { location: db, engine: "sqlite", remove: async () => undefined };
  const dir = mkdtempSync(join(tmpdir(), `mizan-${label}-`));
  return { location: join(dir, `${label}.db`), engine: "sqlite", remove: async () => rmSync(dir, { recursive: true, force: true }) };
}
