/**
 * `mizan db copy` and `mizan db check` (server/cli/db-command.ts) through the real command line on
 * real SQLite files and, when the run has one (MIZAN_TEST_PG), the real PostgreSQL cluster: a copy
 * prints a table of every table with its rows, checksum and "ok" (or the report as JSON), progress
 * on stderr, exit code 0; a row corrupted in the copy afterwards makes `db check` say MISMATCH for
 * that table alone and exit with 3; a target that holds data, a missing source file and the same
 * database twice are refused with a sentence (in Arabic too) and exit code 2, nothing written; a
 * password in a PostgreSQL URL is never printed.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "../../server/paths.js";
import { openStore } from "../../server/store/open-store.js";
import { openPgDatabase } from "../../server/store/postgres/pg-database.js";
import type { DbReport } from "../../server/cli/db-command.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath, tempDir } from "../helpers/temp.js";
import { fillRichStore } from "../helpers/rich-store.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function mizan(args: string[], lang = "en") {
  return spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: lang } });
}

async function richSqlite(): Promise<string> {
  const path = tempDbPath();
  const store = openStore(path);
  try {
    await fillRichStore(store);
  } finally {
    store.close();
  }
  return path;
}

function jsonReport(stdout: string): DbReport {
  return JSON.parse(stdout) as DbReport;
}

describe("mizan db copy and mizan db check", () => {
  let source: string;
  before(async () => {
    source = await richSqlite();
  });

  it("copies a SQLite file into a new one, prints every table ok, and reports progress on stderr", () => {
    const target = tempDbPath();
    const result = mizan(["db", "copy", "--from", source, "--to", target]);
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]?.split(/\s+/u)).to.deep.equal(["table", "rows", "checksum", "ok"]);
    const paragraphs = lines.find((l) => l.startsWith("paragraphs "))?.split(/\s+/u) ?? [];
    expect(Number(paragraphs[1])).to.be.greaterThan(50);
    expect(paragraphs[2]).to.match(/^[0-9a-f]{16}$/u);
    expect(paragraphs[3]).to.equal("ok");
    expect(result.stdout).to.match(/every table matches: \d+ tables, \d+ rows/u);
    expect(result.stdout).not.to.include("MISMATCH");
    expect(result.stderr).to.match(/^mizan: paragraphs: (\d+) of \1 rows copied$/mu);
    expect(result.stderr).to.match(/^mizan: copied \d+ rows of \d+ tables from .* in [\d.]+ s \(\d+ rows\/s\)$/mu);
  });

  it("prints the report as JSON with --json, and finds a corrupted row with db check (exit 3)", () => {
    const target = tempDbPath();
    const copy = mizan(["db", "copy", "--from", source, "--to", target, "--json"]);
    expect(copy.status, copy.stderr).to.equal(0);
    const report = jsonReport(copy.stdout);
    expect(report.ok).to.equal(true);
    expect(report.copied?.rows).to.equal(report.tables.reduce((sum, t) => sum + t.rows, 0));
    expect(report.tables.every((t) => t.ok && t.rows === t.targetRows && t.checksum === t.targetChecksum)).to.equal(true);

    expect(mizan(["db", "check", "--from", source, "--to", target]).status).to.equal(0);
    const db = new Database(target);
    db.prepare("UPDATE paragraphs SET text = text || '.' WHERE id = (SELECT MIN(id) FROM paragraphs)").run();
    db.close();
    const check = mizan(["db", "check", "--from", source, "--to", target, "--json"]);
    expect(check.status, check.stderr).to.equal(3);
    const checked = jsonReport(check.stdout);
    expect(checked.ok).to.equal(false);
    expect(checked.copied).to.equal(undefined);
    expect(checked.tables.filter((t) => !t.ok).map((t) => t.table)).to.deep.equal(["paragraphs"]);
    const text = mizan(["db", "check", "--from", source, "--to", target]);
    expect(text.status).to.equal(3);
    expect(text.stdout).to.match(/^paragraphs\s+\d+\s+[0-9a-f]{16} ≠ [0-9a-f]{16}\s+MISMATCH$/mu);
    expect(text.stdout).to.match(/tables that differ between .* and .* \(1\): paragraphs$/mu);
  });

  it("refuses a target that holds data, a missing source and the same database twice (exit 2), writing nothing", () => {
    const occupied = tempDbPath();
    const store = openStore(occupied);
    store.createUser("someone", "scrypt$x$y", "viewer");
    store.close();
    const refused = mizan(["db", "copy", "--from", source, "--to", occupied]);
    expect(refused.status).to.equal(2);
    expect(refused.stderr).to.match(/already holds data \(in users\).*Nothing was written/u);
    expect(refused.stdout).to.equal("");
    const after = openStore(occupied);
    expect([after.countUsers(), after.countDocuments()]).to.deep.equal([1, 0]);
    after.close();

    const missing = join(tempDir(), "no-such.db");
    const noSource = mizan(["db", "copy", "--from", missing, "--to", tempDbPath()]);
    expect(noSource.status).to.equal(2);
    expect(noSource.stderr).to.include(`there is no database file at ${missing}`);
    expect(existsSync(missing)).to.equal(false);

    const same = mizan(["db", "check", "--from", source, "--to", join(source, "..", ".", "mizan.db")]);
    expect(same.status).to.equal(2);
    expect(same.stderr).to.include("are the same database");

    const arabic = mizan(["db", "copy", "--from", source, "--to", occupied], "ar");
    expect(arabic.status).to.equal(2);
    expect(arabic.stderr).to.include("لا ينسخ الأمر mizan db copy إلا إلى قاعدة بيانات فارغة");
  });

  describe("with PostgreSQL", function () {
    before(function () {
      skipWithoutPostgres(this);
    });

    it("copies SQLite to PostgreSQL and back, every table ok, no password printed; a row changed in PostgreSQL is found", () => {
      const url = new URL(freshPostgresUrl());
      url.password = "not-to-be-printed"; // the test cluster trusts loopback: the password is never asked for
      const pg = url.toString();
      const there = mizan(["db", "copy", "--from", source, "--to", pg, "--json"]);
      expect(there.status, there.stderr).to.equal(0);
      expect(jsonReport(there.stdout).ok).to.equal(true);
      const back = tempDbPath();
      const again = mizan(["db", "copy", "--from", pg, "--to", back]);
      expect(again.status, again.stderr).to.equal(0);
      expect(mizan(["db", "check", "--from", source, "--to", back]).status).to.equal(0);
      for (const output of [there.stdout, there.stderr, again.stdout, again.stderr]) expect(output).not.to.include("not-to-be-printed");
      expect(again.stdout).to.include(":***@");

      const refused = mizan(["db", "copy", "--from", source, "--to", pg]);
      expect(refused.status).to.equal(2);
      expect(refused.stderr).to.match(/already holds data \(in [a-z_, ]+\)/u);

      const db = openPgDatabase(pg);
      db.query("UPDATE job_files SET bytes = bytes || '\\x00'::bytea");
      db.close();
      const check = mizan(["db", "check", "--from", back, "--to", pg, "--json"]);
      expect(check.status, check.stderr).to.equal(3);
      expect(jsonReport(check.stdout).tables.filter((t) => !t.ok).map((t) => t.table)).to.deep.equal(["job_files"]);
    });
  });
});
