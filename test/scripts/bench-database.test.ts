/**
 * The benchmarks' databases (scripts/bench-database.ts): a SQLite file in a temporary folder that
 * the store can open and that is gone after remove(); on a PostgreSQL cluster (when the run has
 * one, MIZAN_TEST_PG), a new database of its own name that the store migrates and that remove()
 * drops.
 */
import { expect } from "chai";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { databaseUrl, freshBenchDatabase } from "../../scripts/bench-database.js";
import { openStore } from "../../server/store/open-store.js";
import { testPostgresAdminUrl } from "../helpers/test-store.js";

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe("benchmark databases (scripts/bench-database.ts)", () => {
  it("makes a SQLite file in a folder of its own by default, and removes the folder", async () => {
    const database = await freshBenchDatabase(undefined, "unit");
    expect(database.engine).to.equal("sqlite");
    const store = openStore(database.location);
    store.close();
    expect(existsSync(database.location)).to.equal(true);
    await database.remove();
    expect(existsSync(dirname(database.location))).to.equal(false);
  });

  it("names a database on the same cluster, keeping user, host, port and parameters", () => {
    expect(databaseUrl("postgresql://mizan@127.0.0.1:5432/postgres?sslmode=disable", "pgbench_x")).to.equal("postgresql://mizan@127.0.0.1:5432/pgbench_x?sslmode=disable");
  });

  it("makes a fresh PostgreSQL database on the cluster, which the store migrates, and drops it", async function () {
    const adminUrl = testPostgresAdminUrl();
    if (!adminUrl) this.skip();
    this.timeout(60000);
    const database = await freshBenchDatabase(adminUrl ?? "", "unit");
    const name = new URL(database.location).pathname.slice(1);
    expect(database.engine).to.equal("postgres");
    expect(name).to.match(/^pgbench_unit_\d+_\d+$/u);
    const store = openStore(database.location);
    expect(store.countDocuments()).to.equal(0);
    store.close();
    expect(await databaseExists(adminUrl ?? "", name)).to.equal(true);
    await database.remove();
    expect(await databaseExists(adminUrl ?? "", name)).to.equal(false);
  });
});
