/**
 * The connection's thread (pg-thread.ts) through the connection it serves, on the run's real
 * cluster: values come back as SQLite gives them (bigint and numeric as numbers, booleans as 1/0,
 * NULL as null), an error answers the waiting call rather than stopping the thread, a cursor runs
 * on a second session of its own and closing ends both; a connection the server cuts (a restart,
 * an administrator) is opened again on the next query outside a transaction, and inside one the
 * transaction fails as a whole instead of half-committing on a new connection. Skipped, saying
 * why, without a cluster.
 */
import { expect } from "chai";
import { openPgDatabase, type PgDatabase } from "../../../server/store/postgres/pg-database.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../../helpers/test-store.js";

describe("store/postgres/pg-thread: the connection's thread on a real PostgreSQL", function () {
  let url = "";
  let watcher: PgDatabase;
  const sessions = () =>
    (watcher.query<{ n: number }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")[0]?.n ?? -1);

  before(function () {
    skipWithoutPostgres(this);
    url = freshPostgresUrl();
    watcher = openPgDatabase(url);
  });
  after(() => watcher?.close());

  it("gives bigint, numeric and boolean values as SQLite would, and NULL as null", () => {
    const db = openPgDatabase(url);
    try {
      const row = db.prepare("SELECT CAST(9007199254740991 AS BIGINT) AS big, CAST(2.5 AS NUMERIC) AS dec, count(*) AS n, true AS yes, false AS no, NULL AS nothing, 'نص' AS text FROM generate_series(1, 3)").get();
      expect(row).to.deep.equal({ big: 9007199254740991, dec: 2.5, n: 3, yes: 1, no: 0, nothing: null, text: "نص" });
    } finally {
      db.close();
    }
  });

  it("answers an error to the waiting call and goes on serving the connection", () => {
    const db = openPgDatabase(url);
    try {
      expect(() => db.prepare("SELECT * FROM no_such_table").all()).to.throw(/no_such_table/u);
      expect(db.prepare("SELECT 1 AS one").get()).to.deep.equal({ one: 1 });
    } finally {
      db.close();
    }
  });

  it("runs a cursor on a second session, and closing ends both", () => {
    const before = sessions();
    const db = openPgDatabase(url);
    db.prepare("SELECT 1").get();
    expect(sessions(), "one session for the connection").to.equal(before + 1);
    const rows = db.prepare("SELECT g FROM generate_series(1, 10) AS g").iterate();
    expect(rows.next().value).to.deep.equal({ g: 1 });
    expect(sessions(), "and one more for its cursor").to.equal(before + 2);
    expect([...rows].length).to.equal(9);
    db.close();
    let left = sessions();
    for (let tries = 0; tries < 50 && left !== before; tries++) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      left = sessions();
    }
    expect(left, "both sessions gone once closed").to.equal(before);
    expect(() => db.prepare("SELECT 1").get()).to.throw(/closed/u);
  });

  it("opens a cut connection again outside a transaction, and fails a transaction it cut", () => {
    const cutUrl = freshPostgresUrl();
    const db = openPgDatabase(cutUrl);
    const admin = openPgDatabase(cutUrl);
    const pid = () => db.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")[0]?.pid;
    const first = pid();
    admin.query("SELECT pg_terminate_backend($1)", [first]);
    const second = pid();
    expect(second).to.be.a("number").and.not.equal(first);
    db.exec("CREATE TABLE kept (n BIGINT)");
    expect(() => db.transaction(() => {
      db.prepare("INSERT INTO kept (n) VALUES (?)").run(1);
      admin.query("SELECT pg_terminate_backend($1)", [second]);
      db.prepare("INSERT INTO kept (n) VALUES (?)").run(2);
    }).immediate()).to.throw();
    expect(db.query<{ n: number }>("SELECT COUNT(*) AS n FROM kept")[0]?.n).to.equal(0);
    db.close();
    admin.close();
  });
});
