/**
 * copyDatabase (server/store/copy-database.ts) on real databases: SQLite files and, when the run
 * has one (MIZAN_TEST_PG), fresh databases on the real PostgreSQL cluster. A store filled through
 * its own methods goes SQLite → PostgreSQL → SQLite: every table's count and checksum equal at
 * each step, the Store reads the same documents, rows, history, users and job file from all three,
 * the source file is byte for byte as it was, and the PostgreSQL copy takes new rows (its
 * sequences were moved past the copied ids). A target that holds data, or whose schema differs,
 * is refused with nothing written; a copy that fails half-way leaves the target empty; a table
 * larger than a batch is streamed in batches.
 */
import { expect } from "chai";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { openStore } from "../../server/store/open-store.js";
import { COPY_BATCH, copyDatabase, tablesWithRows } from "../../server/store/copy-database.js";
import { readDatabaseTables } from "../../server/store/database-tables.js";
import { compareDatabases, DatabaseCopyError } from "../../server/store/table-checksums.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";
import type { Store } from "../../server/store/types.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath } from "../helpers/temp.js";
import { EVERY_BYTE, fillRichStore, storeReading } from "../helpers/rich-store.js";

type OpenStore = Store & { db: SqlDatabase };

const fileHash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Opens the stores at `locations`, runs `work`, closes them all. */
async function withStores<T>(locations: string[], work: (...stores: OpenStore[]) => T | Promise<T>): Promise<T> {
  const stores = locations.map((l) => openStore(l));
  try {
    return await work(...stores);
  } finally {
    for (const s of stores) s.close();
  }
}

/** A closed SQLite file filled by fillRichStore; its path and the job's id. */
async function richSqlite(): Promise<{ path: string; jobId: number }> {
  const path = tempDbPath();
  const { jobId } = await withStores([path], (store) => fillRichStore(store));
  return { path, jobId };
}

function expectRefused(run: () => unknown, code: DatabaseCopyError["code"]): DatabaseCopyError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(DatabaseCopyError);
    expect((error as DatabaseCopyError).code).to.equal(code);
    return error as DatabaseCopyError;
  }
  throw new Error(`expected the copy to be refused (${code})`);
}

describe("copyDatabase", () => {
  describe("SQLite to SQLite", () => {
    it("copies every table with the same counts and checksums, and the copy reads the same", async () => {
      const { path, jobId } = await richSqlite();
      const before = fileHash(path);
      const target = tempDbPath();
      await withStores([path, target], (source, copy) => {
        const copied = copyDatabase(source.db, copy.db);
        expect(copied.map((c) => c.table)).to.have.members(readDatabaseTables(source.db).map((t) => t.name));
        expect(copied.find((c) => c.table === "paragraphs")?.rows).to.be.greaterThan(50);
        const comparison = compareDatabases(source.db, copy.db);
        expect(comparison.tables.filter((t) => !t.ok)).to.deep.equal([]);
        expect(comparison.ok).to.equal(true);
        expect(storeReading(copy, jobId)).to.deep.equal(storeReading(source, jobId));
        expect(Buffer.from(copy.jobFile(jobId, "en")?.bytes ?? [])).to.deep.equal(EVERY_BYTE);
      });
      expect(fileHash(path)).to.equal(before);
    });

    it("refuses a target that holds any row, and writes nothing into it", async () => {
      const { path } = await richSqlite();
      const target = tempDbPath();
      await withStores([path, target], (source, copy) => {
        copy.setting("already", () => "here");
        const error = expectRefused(() => copyDatabase(source.db, copy.db), "target-not-empty");
        expect(error.details.tables).to.deep.equal(["settings"]);
        expect(tablesWithRows(copy.db, readDatabaseTables(copy.db))).to.deep.equal(["settings"]);
        expect(copy.countDocuments()).to.equal(0);
      });
    });

    it("refuses a target whose schema differs, naming the difference", async () => {
      const { path } = await richSqlite();
      const target = tempDbPath();
      await withStores([path, target], (source, copy) => {
        copy.db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        copy.db.exec("ALTER TABLE jobs DROP COLUMN heartbeat_at");
        const error = expectRefused(() => copyDatabase(source.db, copy.db), "schema-differs");
        expect(error.details.differences).to.deep.include.members([
          { kind: "table-only-in-target", table: "notes" },
          { kind: "column-only-in-source", table: "jobs", column: "heartbeat_at" },
        ]);
        expect(copy.countDocuments()).to.equal(0);
      });
    });

    it("streams a table larger than a batch in batches, reporting each", async () => {
      const path = tempDbPath();
      const rows = COPY_BATCH * 2 + 17;
      await withStores([path], (store) => {
        const insert = store.db.prepare("INSERT INTO glossary (ar, en, kind, note) VALUES (?, ?, 'term', ?)");
        store.db.transaction(() => { for (let k = 0; k < rows; k++) insert.run(`مصطلح ${k}`, `term ${k}`, k % 3 === 0 ? "" : `note ${k}`); }).immediate();
      });
      const reports: number[] = [];
      await withStores([path, tempDbPath()], (source, copy) => {
        copyDatabase(source.db, copy.db, (table, copied, total) => {
          if (table !== "glossary") return;
          expect(total).to.equal(rows);
          reports.push(copied);
        });
        expect(compareDatabases(source.db, copy.db).ok).to.equal(true);
      });
      expect(reports).to.deep.equal([0, COPY_BATCH, COPY_BATCH * 2, rows]);
    });
  });

  describe("SQLite → PostgreSQL → SQLite", function () {
    before(function () {
      skipWithoutPostgres(this);
    });

    it("keeps every table's count and checksum, what the Store reads, and the source file as it was", async () => {
      const { path, jobId } = await richSqlite();
      const before = fileHash(path);
      const pg = freshPostgresUrl();
      const back = tempDbPath();
      await withStores([path, pg, back], (source, postgres, returned) => {
        copyDatabase(source.db, postgres.db);
        copyDatabase(postgres.db, returned.db);
        const there = compareDatabases(source.db, postgres.db);
        const again = compareDatabases(postgres.db, returned.db);
        expect(there.tables.filter((t) => !t.ok).map((t) => t.table)).to.deep.equal([]);
        expect(again.tables.filter((t) => !t.ok).map((t) => t.table)).to.deep.equal([]);
        expect(there.tables.map((t) => t.source.checksum)).to.deep.equal(again.tables.map((t) => t.target.checksum));
        expect(there.tables.filter((t) => t.source.rows > 0).map((t) => t.table)).to.include.members(["documents", "paragraphs", "beads", "history", "users", "sessions", "jobs", "job_files", "findings", "dismissals", "settings"]);
        const reading = storeReading(source, jobId);
        expect(storeReading(postgres, jobId)).to.deep.equal(reading);
        expect(storeReading(returned, jobId)).to.deep.equal(reading);
        expect(Buffer.from(postgres.jobFile(jobId, "en")?.bytes ?? [])).to.deep.equal(EVERY_BYTE);
        expect(Buffer.from(returned.jobFile(jobId, "en")?.bytes ?? [])).to.deep.equal(EVERY_BYTE);
      });
      expect(fileHash(path)).to.equal(before);
    });

    it("leaves the PostgreSQL copy taking new rows after the copied ids", async () => {
      const { path, jobId } = await richSqlite();
      const pg = freshPostgresUrl();
      await withStores([path, pg], async (source, postgres) => {
        copyDatabase(source.db, postgres.db);
        const maxId = (table: string) => (source.db.prepare(`SELECT MAX(id) AS id FROM ${table}`).get() as { id: number }).id;
        const user = postgres.createUser("newcomer", "scrypt$x$y", "viewer");
        expect(user.id).to.be.greaterThan(maxId("users"));
        const job = postgres.createJob({ kind: "archive", params: {}, createdBy: "newcomer" });
        expect(job).to.be.greaterThan(jobId);
        const documentId = postgres.createDocument({
          title: "After the copy", en: [{ text: "One.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }],
          beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }],
        }, "newcomer");
        expect(documentId).to.be.greaterThan(maxId("documents"));
        expect(postgres.getBeads(documentId)).to.have.length(1);
        expect(postgres.getHistory(documentId)[0]?.id).to.be.greaterThan(maxId("history"));
      });
    });

    it("refuses a PostgreSQL target that holds data", async () => {
      const { path } = await richSqlite();
      const pg = freshPostgresUrl();
      await withStores([path, pg], (source, postgres) => {
        postgres.createUser("someone", "scrypt$x$y", "viewer");
        const error = expectRefused(() => copyDatabase(source.db, postgres.db), "target-not-empty");
        expect(error.details.tables).to.deep.equal(["users"]);
        expect(postgres.countDocuments()).to.equal(0);
      });
    });

    it("leaves the target empty when a row cannot be written half-way through", async () => {
      const path = tempDbPath();
      await withStores([path], async (store) => {
        await fillRichStore(store);
        // PostgreSQL's text cannot hold NUL, which SQLite's can: the settings table, copied late, fails.
        store.setting("nul", () => "before\u0000after");
      });
      const pg = freshPostgresUrl();
      await withStores([path, pg], (source, postgres) => {
        expect(() => copyDatabase(source.db, postgres.db)).to.throw(/0x00|null character|invalid byte sequence/iu);
        expect(tablesWithRows(postgres.db, readDatabaseTables(postgres.db))).to.deep.equal([]);
      });
    });
  });
});
