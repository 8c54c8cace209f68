/**
 * PostgreSQL's schema against SQLite's: the same tables with the same columns (one code base runs
 * on both), and mizan_fold in SQL folding exactly as the JavaScript folding for matching does, so
 * a title search finds on PostgreSQL what it finds on SQLite.
 */
import { expect } from "chai";
import { openDatabase } from "../../../server/store/open-database.js";
import { openPostgresStore } from "../../../server/store/postgres/pg-store.js";
import type { PgDatabase } from "../../../server/store/postgres/pg-database.js";
import { PG_MIGRATIONS } from "../../../server/store/postgres/pg-migrations.js";
import { normaliseArabic } from "../../../server/domain/segment/normalise-arabic.js";
import { tempDbPath } from "../../helpers/temp.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../../helpers/test-store.js";

describe("store/postgres/pg-migrations (real PostgreSQL)", function () {
  before(function () {
    skipWithoutPostgres(this);
  });

  it("has every SQLite table with the same columns, and nothing else of mizan's", () => {
    const sqlite = openDatabase(tempDbPath());
    const sqliteTables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const sqliteShape = Object.fromEntries(sqliteTables.map((t) => [t, (sqlite.prepare(`SELECT name FROM pragma_table_info('${t}') ORDER BY name`).all() as { name: string }[]).map((c) => c.name)]));
    sqlite.close();
    const store = openPostgresStore(freshPostgresUrl());
    const db = store.db as PgDatabase;
    const columns = db.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'mizan_schema_version' ORDER BY table_name, column_name",
    );
    const pgShape: Record<string, string[]> = {};
    for (const c of columns) (pgShape[c.table_name] ??= []).push(c.column_name);
    store.close();
    expect(pgShape).to.deep.equal(sqliteShape);
    expect(sqliteTables.length).to.be.greaterThan(20);
  });

  it("records the version it reached, and folds Arabic in SQL exactly as the JavaScript folding does", () => {
    const store = openPostgresStore(freshPostgresUrl());
    const db = store.db as PgDatabase;
    expect(db.query<{ version: number }>("SELECT MAX(version) AS version FROM mizan_schema_version")[0]?.version).to.equal(PG_MIGRATIONS.length);
    const samples = [
      "مُحَادَثَاتٌ في حِمْص", "أحرار الشام", "إدلب ـــ آمنة", "مؤتمر ومسؤول", "رئيسة الهيئة", "مستشفى", "٢٠٢٤ و۱۴۰۳",
      "کتاب یک", "الـمـدرسـة", "ٱلرحمن", "Talks in HOMS", "Émile ZOLA", "", "ء", "ﻻ", "ا\u0653",
    ];
    for (let c = 0x0600; c <= 0x06ff; c++) samples.push(`x${String.fromCharCode(c)}Y`);
    const folded = samples.map((t) => db.query<{ f: string }>("SELECT mizan_fold($1) AS f", [t])[0]?.f);
    store.close();
    expect(folded).to.deep.equal(samples.map((t) => normaliseArabic(t).toLowerCase()));
  });
});
