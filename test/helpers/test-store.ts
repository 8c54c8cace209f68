/**
 * Where a test's store lives, on the engine the run is for: one store suite, two engines. With
 * MIZAN_TEST_ENGINE=postgres (the test command sets it for its second pass over test/store), each
 * location is a new, empty database on the run's throwaway PostgreSQL cluster (MIZAN_TEST_PG, an
 * admin URL), copied from a template migrated once per process; otherwise a SQLite file in a
 * temporary folder, as before.
 */
import { tempDbPath } from "./temp.js";
import { openPgDatabase, type PgDatabase } from "../../server/store/postgres/pg-database.js";
import { openPostgresStore } from "../../server/store/postgres/pg-store.js";
import { openDatabase } from "../../server/store/open-database.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";

export type TestEngine = "sqlite" | "postgres";

export function testEngine(): TestEngine {
  return process.env.MIZAN_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";
}

/** The admin URL of the run's PostgreSQL cluster, or null when the run has none. */
export function testPostgresAdminUrl(): string | null {
  return process.env.MIZAN_TEST_PG || null;
}

let admin: PgDatabase | null = null;
let template: string | null = null;
let made = 0;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A new, empty, migrated PostgreSQL database on the test cluster; its URL. */
export function freshPostgresUrl(): string {
  const adminUrl = testPostgresAdminUrl();
  if (!adminUrl) throw new Error("No PostgreSQL for this run: MIZAN_TEST_PG is not set (the test command starts one).");
  admin ??= openPgDatabase(adminUrl);
  if (!template) {
    const name = `mizan_template_${process.pid}`;
    admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    admin.exec(`CREATE DATABASE ${name}`);
    openPostgresStore(withDatabase(adminUrl, name)).close();
    template = name;
  }
  const name = `mizan_test_${process.pid}_${++made}`;
  admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return withDatabase(adminUrl, name);
}

/** Where a test's store lives: a fresh PostgreSQL database or a new SQLite file, by the run's engine. */
export function testStoreLocation(): string {
  return testEngine() === "postgres" ? freshPostgresUrl() : tempDbPath();
}

/** A bare, migrated connection on the run's engine, for repository tests below the Store. */
export function openTestDatabase(): SqlDatabase {
  return testEngine() === "postgres" ? openPostgresStore(freshPostgresUrl()).db : openDatabase(tempDbPath());
}
