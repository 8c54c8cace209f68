/**
 * The Store on PostgreSQL opening a database, on the run's real cluster: an empty database gets
 * every migration once, a second open applies nothing, and two processes' worth of opens at the
 * same moment (two threads, each with its own connection) do not both apply them. Skipped, saying
 * why, when the run has no PostgreSQL.
 */
import { expect } from "chai";
import { Worker } from "node:worker_threads";
import { openPgDatabase, type PgDatabase } from "../../../server/store/postgres/pg-database.js";
import { openPostgresStore, postgresSchemaVersion } from "../../../server/store/postgres/pg-store.js";
import { PG_MIGRATIONS } from "../../../server/store/postgres/pg-migrations.js";
import { emptyPostgresUrl, skipWithoutPostgres } from "../../helpers/test-store.js";

/** Each applied version and how many times it was recorded. */
function versionsOf(db: PgDatabase): { version: number; times: number }[] {
  return db.query<{ version: number; times: number }>("SELECT version, count(*) AS times FROM mizan_schema_version GROUP BY version ORDER BY version");
}

const ALL_ONCE = PG_MIGRATIONS.map((_, k) => ({ version: k + 1, times: 1 }));

describe("store/postgres/pg-store: migrations on a real PostgreSQL", function () {
  this.timeout(120_000);
  before(function () {
    skipWithoutPostgres(this);
  });

  it("applies every migration once to an empty database, and nothing on the next open", () => {
    const url = emptyPostgresUrl();
    const check = openPgDatabase(url);
    try {
      expect(postgresSchemaVersion(check)).to.equal(0);
      const store = openPostgresStore(url);
      expect(store.listDocuments()).to.deep.equal([]);
      store.close();
      expect(postgresSchemaVersion(check)).to.equal(PG_MIGRATIONS.length);
      expect(versionsOf(check)).to.deep.equal(ALL_ONCE);
      const tables = check.query<{ n: number }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()")[0]?.n;
      expect(tables, "the schema's tables").to.be.greaterThan(10);

      const again = openPostgresStore(url);
      again.close();
      expect(versionsOf(check), "a second open applies nothing").to.deep.equal(ALL_ONCE);
      const sameTables = check.query<{ n: number }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()")[0]?.n;
      expect(sameTables).to.equal(tables);
    } finally {
      check.close();
    }
  });

  it("lets two opens at the same moment on an empty database apply the migrations once between them", async () => {
    const url = emptyPostgresUrl();
    // go[0]: the signal to open; go[1]: how many threads are ready and waiting for it.
    const go = new Int32Array(new SharedArrayBuffer(8));
    const opener = () =>
      new Promise<{ ok?: boolean; error?: string }>((resolve, reject) => {
        const worker = new Worker(
          `const { workerData, parentPort } = require("node:worker_threads");
           import(workerData.store).then(({ openPostgresStore }) => {
             Atomics.add(workerData.go, 1, 1);
             Atomics.wait(workerData.go, 0, 0);
             const store = openPostgresStore(workerData.url);
             store.close();
             parentPort.postMessage({ ok: true });
           }).catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));`,
          { eval: true, workerData: { store: new URL("../../../server/store/postgres/pg-store.js", import.meta.url).href, url, go } },
        );
        worker.once("message", (message: { ok?: boolean; error?: string }) => {
          void worker.terminate();
          resolve(message);
        });
        worker.once("error", reject);
      });
    const both = Promise.all([opener(), opener()]);
    // Once both threads have loaded the store and wait on the flag, release them together.
    while (Atomics.load(go, 1) < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
    const results = await both;
    expect(results).to.deep.equal([{ ok: true }, { ok: true }]);
    const check = openPgDatabase(url);
    try {
      expect(versionsOf(check)).to.deep.equal(ALL_ONCE);
    } finally {
      check.close();
    }
  });
});
