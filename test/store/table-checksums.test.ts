/**
 * Counts and checksums per table (server/store/table-checksums.ts) on real databases: a row's
 * canonical form for every kind of value; the same rows written in another order give the same
 * checksum, on SQLite and on PostgreSQL alike (text keys ordered byte by byte on both, whatever the
 * cluster's locale), and reals come back exactly; any one change (a character, text for bytes,
 * NULL for empty text, a real for an integer) gives another checksum; and a comparison of two
 * databases names the one table that differs.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";
import { readDatabaseTables, type DatabaseTable } from "../../server/store/database-tables.js";
import { canonicalRow, compareDatabases, tableChecksum } from "../../server/store/table-checksums.js";
import { openPgDatabase } from "../../server/store/postgres/pg-database.js";
import { freshPostgresUrl, testPostgresAdminUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath } from "../helpers/temp.js";

/** Keys whose byte order differs from most locales' order: capitals, accents, Arabic, digits. */
const SETTINGS: [string, string][] = [["b", "1"], ["B", "2"], ["a", "3"], ["ب", "4"], ["Z", "5"], ["é", "6"], ["10", "7"], ["9", "8"], ["a b", "9"]];
/** Reals that a careless trip through text would change. */
const REALS = [0.1 + 0.2, 5e-324, 1.7976931348623157e308, -2.5e-10, 1 / 3, 0.57];

function tableOf(db: SqlDatabase, name: string): DatabaseTable {
  return readDatabaseTables(db).find((t) => t.name === name) as DatabaseTable;
}

function writeRows(db: SqlDatabase, order: "forward" | "backward"): void {
  const settings = order === "forward" ? SETTINGS : [...SETTINGS].reverse();
  const insert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
  const archive = db.prepare("INSERT INTO archives (id, name, window_days, threshold, created_by, created_at) VALUES (?, ?, 7, ?, 'me', '2026-01-01')");
  db.transaction(() => {
    for (const [key, value] of settings) insert.run(key, value);
    const reals = REALS.map((x, k) => [k + 1, x] as const);
    for (const [id, x] of order === "forward" ? reals : [...reals].reverse()) archive.run(id, `archive ${id}`, x);
  }).immediate();
}

/** Checksums of settings and archives in a new database at `location` written in `order`. */
function checksumsAt(location: string, order: "forward" | "backward"): { settings: string; archives: string; reals: number[] } {
  const store = openStore(location);
  try {
    writeRows(store.db, order);
    const reals = (store.db.prepare("SELECT threshold FROM archives ORDER BY id").all() as { threshold: number }[]).map((r) => r.threshold);
    return { settings: tableChecksum(store.db, tableOf(store.db, "settings")).checksum, archives: tableChecksum(store.db, tableOf(store.db, "archives")).checksum, reals };
  } finally {
    store.close();
  }
}

describe("table checksums", () => {
  it("writes every kind of value in one canonical form", () => {
    const cases: [unknown[], string][] = [
      [[null, undefined], "[null,null]"],
      [[1, -0, 2.5, 5e-324], "[1,0,2.5,5e-324]"],
      [["a \"quoted\" ب\n"], '["a \\"quoted\\" ب\\n"]'],
      [[Buffer.from([0, 1, 254, 255])], '[{"bytes":"0001feff"}]'],
      [[new Uint8Array([16, 32])], '[{"bytes":"1020"}]'],
      [[true, false, 7n, 2n ** 64n], '[1,0,7,"18446744073709551616"]'],
      [[Infinity], '["Infinity"]'],
    ];
    for (const [values, expected] of cases) expect(canonicalRow(values), JSON.stringify(String(values))).to.equal(expected);
    expect(canonicalRow(["ab"])).not.to.equal(canonicalRow([Buffer.from("ab")]));
    expect(canonicalRow([""])).not.to.equal(canonicalRow([null]));
  });

  it("gives the same checksum for the same rows written in any order", () => {
    const forward = checksumsAt(tempDbPath(), "forward");
    const backward = checksumsAt(tempDbPath(), "backward");
    expect(backward).to.deep.equal(forward);
    expect(forward.reals).to.deep.equal(REALS);
  });

  it("gives the same checksums on PostgreSQL as on SQLite, and the reals exactly", function () {
    skipWithoutPostgres(this);
    const sqlite = checksumsAt(tempDbPath(), "forward");
    expect(checksumsAt(freshPostgresUrl(), "backward")).to.deep.equal(sqlite);
  });

  it("orders text keys byte by byte on a PostgreSQL database whose collation orders them otherwise", function () {
    const adminUrl = testPostgresAdminUrl();
    if (!adminUrl) this.skip(); // no PostgreSQL for this run: MIZAN_TEST_PG is not set (the test command starts one)
    const admin = openPgDatabase(adminUrl as string);
    const name = `mizan_test_icu_${process.pid}`;
    try {
      admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      admin.exec(`CREATE DATABASE ${name} LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' TEMPLATE template0`);
      const url = new URL(adminUrl as string);
      url.pathname = `/${name}`;
      const store = openStore(url.toString());
      try {
        const order = (store.db.prepare("SELECT string_agg(k, ',' ORDER BY k) AS keys FROM (VALUES ('b'), ('B'), ('a')) AS v(k)").get() as { keys: string }).keys;
        expect(order, "this database's own collation").to.equal("a,b,B");
      } finally {
        store.close();
      }
      expect(checksumsAt(url.toString(), "backward")).to.deep.equal(checksumsAt(tempDbPath(), "forward"));
    } finally {
      admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      admin.close();
    }
  });

  it("changes with any one change of a row, and the comparison names that table alone", () => {
    const a = tempDbPath();
    const b = tempDbPath();
    for (const path of [a, b]) {
      const store = openStore(path);
      writeRows(store.db, "forward");
      store.close();
    }
    const changes = [
      "UPDATE settings SET value = '10' WHERE key = 'ب'",
      "UPDATE settings SET value = CAST('9' AS BLOB) WHERE key = 'a b'",
      "UPDATE settings SET value = '' WHERE key = 'Z'",
      "UPDATE archives SET window_days = 7.5 WHERE id = 2",
      "DELETE FROM settings WHERE key = 'B'",
    ];
    for (const change of changes) {
      const store = openStore(b);
      const other = openStore(a);
      try {
        store.db.exec(change);
        const comparison = compareDatabases(other.db, store.db);
        expect(comparison.ok, change).to.equal(false);
        const table = change.includes("archives") ? "archives" : "settings";
        expect(comparison.tables.filter((t) => !t.ok).map((t) => t.table), change).to.deep.equal([table]);
        const bad = comparison.tables.find((t) => t.table === table);
        expect(bad?.source.checksum, change).not.to.equal(bad?.target.checksum);
        store.db.exec(`DELETE FROM settings; DELETE FROM archives`);
        writeRows(store.db, "backward");
        expect(compareDatabases(other.db, store.db).ok, `${change}, then written again`).to.equal(true);
      } finally {
        store.close();
        other.close();
      }
    }
  });
});
