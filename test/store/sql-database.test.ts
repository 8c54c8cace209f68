/**
 * The engine-neutral connection: which engine a connection talks to, and the statement text a
 * repository picks for it, on a real SQLite file and (when the run has one) a real PostgreSQL.
 */
import { expect } from "chai";
import { bySql, engineOf } from "../../server/store/sql-database.js";
import { openDatabase } from "../../server/store/open-database.js";
import { openPostgresStore } from "../../server/store/postgres/pg-store.js";
import { tempDbPath } from "../helpers/temp.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";

const PICK = { sqlite: "SELECT sqlite_version() AS v", postgres: "SELECT current_setting('server_version') AS v" };

describe("store/sql-database (real SQLite file, real PostgreSQL)", () => {
  it("tells a SQLite connection from a PostgreSQL one and runs the statement written for it", function () {
    const sqlite = openDatabase(tempDbPath());
    expect(engineOf(sqlite)).to.equal("sqlite");
    expect((sqlite.prepare(bySql(sqlite, PICK)).get() as { v: string }).v).to.match(/^3\.\d+/u);
    sqlite.close();
    skipWithoutPostgres(this);
    const store = openPostgresStore(freshPostgresUrl());
    expect(engineOf(store.db)).to.equal("postgres");
    expect((store.db.prepare(bySql(store.db, PICK)).get() as { v: string }).v).to.match(/^\d{2}\.\d+/u);
    store.close();
  });
});
