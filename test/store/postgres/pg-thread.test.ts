/**
 * The connection's thread (pg-thread.ts) through the connection it serves: a connection the server
 * cuts (a restart, an administrator) is opened again on the next query outside a transaction, and
 * inside one the transaction fails as a whole instead of half-committing on a new connection.
 */
import { expect } from "chai";
import { openPgDatabase } from "../../../server/store/postgres/pg-database.js";
import { freshPostgresUrl, testPostgresAdminUrl } from "../../helpers/test-store.js";

describe("store/postgres/pg-thread (real PostgreSQL)", function () {
  before(function () {
    if (!testPostgresAdminUrl()) this.skip(); // no PostgreSQL in this run (the test command starts one)
  });

  it("opens a cut connection again outside a transaction, and fails a transaction it cut", () => {
    const url = freshPostgresUrl();
    const db = openPgDatabase(url);
    const admin = openPgDatabase(url);
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
