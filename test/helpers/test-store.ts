/**
 * Where a test's store lives, on the engine the run is for: one store suite, two engines. With
 * MIZAN_TEST_ENGINE=postgres (the test command sets it for its second pass over test/store), each
 * location is a new, empty database on the run's throwaway PostgreSQL cluster (MIZAN_TEST_PG, an
 * admin URL), copied from a template migrated once per process; otherwise a SQLite file in a
 * temporary folder, as before. The databases made here, and their template, are dropped when the
 * mocha run ends (a root `after` hook, as temp.ts removes its folders), so a long run does not
 * fill the cluster.
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
/** The test databases this process made on the cluster (dropped after the run, then the template). */
const made: string[] = [];

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** True when the run has a PostgreSQL (MIZAN_TEST_PG), as the test command gives it. */
export function hasTestPostgres(): boolean {
  return testPostgresAdminUrl() !== null;
}

/**
 * For tests that need the run's PostgreSQL: skips the test (or, in a hook, its suite) when there
 * is none, saying why, as when mocha is run by hand without the test command.
 */
export function skipWithoutPostgres(context: { skip(): void }): void {
  if (hasTestPostgres()) return;
  console.log("      (skipped: no PostgreSQL for this run; MIZAN_TEST_PG is not set. `npm test` starts one, see scripts/pg-cluster.sh)");
  context.skip();
}

function adminConnection(): { adminUrl: string; connection: PgDatabase } {
  const adminUrl = testPostgresAdminUrl();
  if (!adminUrl) throw new Error("No PostgreSQL for this run: MIZAN_TEST_PG is not set (the test command starts one).");
  admin ??= openPgDatabase(adminUrl);
  return { adminUrl, connection: admin };
}

/** A new PostgreSQL database on the test cluster with nothing in it, not even mizan's schema; its URL. */
export function emptyPostgresUrl(): string {
  const { adminUrl, connection } = adminConnection();
  const name = `mizan_test_${process.pid}_${made.length + 1}`;
  connection.exec(`CREATE DATABASE ${name}`);
  made.push(name);
  return withDatabase(adminUrl, name);
}

/** A new, empty, migrated PostgreSQL database on the test cluster; its URL. */
export function freshPostgresUrl(): string {
  const { adminUrl, connection } = adminConnection();
  if (!template) {
    const name = `mizan_template_${process.pid}`;
    connection.exec(`DROP DATABASE IF EXISTS ${name}`);
    connection.exec(`CREATE DATABASE ${name}`);
    openPostgresStore(withDatabase(adminUrl, name)).close();
    template = name;
  }
  const name = `mizan_test_${process.pid}_${made.length + 1}`;
  connection.exec(`CREATE DATABASE ${name} TEMPLATE ${template}${copyStrategy(connection)}`);
  made.push(name);
  return withDatabase(adminUrl, name);
}

let strategy: string | null = null;

/**
 * How a copy of the template is made: file by file where PostgreSQL lets us choose (15 and later),
 * twice as fast here as the default (copying through the WAL) on a cluster without fsync.
 */
function copyStrategy(connection: PgDatabase): string {
  strategy ??= Number(connection.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")[0]?.v) >= 150000 ? " STRATEGY FILE_COPY" : "";
  return strategy;
}

/** Where a test's store lives: a fresh PostgreSQL database or a new SQLite file, by the run's engine. */
export function testStoreLocation(): string {
  return testEngine() === "postgres" ? freshPostgresUrl() : tempDbPath();
}

/** A bare, migrated connection on the run's engine, for repository tests below the Store. */
export function openTestDatabase(): SqlDatabase {
  return testEngine() === "postgres" ? openPostgresStore(freshPostgresUrl()).db : openDatabase(tempDbPath());
}

/**
 * Drops what freshPostgresUrl made, once the run is over. A database a test left open (its store
 * never closed) cannot be dropped while its session lives, and ending that session under the
 * connection's thread makes pg's client throw there, in the middle of the run: those few are
 * dropped WITH (FORCE) as the process exits, when nothing runs any more.
 */
after(function dropTestDatabases() {
  if (!admin) return;
  const connection = admin;
  const names = [...made.splice(0), ...(template ? [template] : [])];
  admin = null;
  template = null;
  const inUse = new Set(
    connection.query<{ datname: string }>("SELECT DISTINCT datname FROM pg_stat_activity WHERE datname = ANY($1)", [names]).map((r) => r.datname),
  );
  for (const name of names) if (!inUse.has(name)) connection.exec(`DROP DATABASE IF EXISTS ${name}`);
  if (inUse.size === 0) {
    connection.close();
    return;
  }
  process.once("exit", () => {
    for (const name of names) if (inUse.has(name)) connection.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    connection.close();
  });
});
