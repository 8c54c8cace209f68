/**
 * The tables of a mizan database as read from the schema (server/store/database-tables.ts): on a
 * real SQLite file every table has its columns, primary key and the parents its foreign keys name;
 * on the real PostgreSQL cluster (when the run has one) the same tables with no difference, plus
 * the identity columns whose sequences a copy moves; parents always come before their children;
 * a cycle is refused; and every kind of difference between two schemas is named.
 */
import { expect } from "chai";
import { openDatabase } from "../../server/store/open-database.js";
import { openPostgresStore } from "../../server/store/postgres/pg-store.js";
import { parentsFirst, readDatabaseTables, schemaDifferences, type DatabaseTable } from "../../server/store/database-tables.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath } from "../helpers/temp.js";

const table = (name: string, parents: string[] = [], extra: Partial<DatabaseTable> = {}): DatabaseTable => ({
  name, columns: [{ name: "id", order: "number" }], primaryKey: ["id"], identity: [], parents, ...extra,
});

describe("database tables", () => {
  describe("read from a SQLite schema", () => {
    let tables: DatabaseTable[];
    before(() => {
      const db = openDatabase(tempDbPath());
      try {
        tables = readDatabaseTables(db);
      } finally {
        db.close();
      }
    });
    const named = (name: string) => tables.find((t) => t.name === name) as DatabaseTable;

    it("lists every table of mizan's data, each with a primary key", () => {
      expect(tables.map((t) => t.name)).to.include.members(["documents", "paragraphs", "beads", "bead_paragraphs", "history", "users", "sessions", "jobs", "job_files", "settings", "archive_candidates"]);
      expect(tables.filter((t) => t.primaryKey.length === 0).map((t) => t.name)).to.deep.equal([]);
      expect(tables.some((t) => t.name.startsWith("sqlite_"))).to.equal(false);
    });

    it("knows each table's key, how its key orders and which tables it refers to", () => {
      expect(named("bead_paragraphs").primaryKey).to.deep.equal(["bead_id", "paragraph_id"]);
      expect(named("bead_paragraphs").parents).to.deep.equal(["beads", "paragraphs"]);
      expect(named("sessions").parents).to.deep.equal(["users"]);
      expect(named("settings").primaryKey).to.deep.equal(["key"]);
      expect(named("settings").columns.find((c) => c.name === "key")?.order).to.equal("text");
      expect(named("documents").columns.find((c) => c.name === "id")?.order).to.equal("number");
      expect(named("job_files").columns.map((c) => c.name)).to.have.members(["job_id", "role", "name", "bytes"]);
    });

    it("puts every table after the tables it refers to", () => {
      const order = parentsFirst(tables).map((t) => t.name);
      expect(order).to.have.length(tables.length);
      for (const t of tables) for (const parent of t.parents) expect(order.indexOf(parent), `${parent} before ${t.name}`).to.be.lessThan(order.indexOf(t.name));
    });
  });

  describe("read from a PostgreSQL schema", function () {
    before(function () {
      skipWithoutPostgres(this);
    });

    it("has the same tables, columns, keys and references as SQLite's, and its identity columns", () => {
      const sqlite = openDatabase(tempDbPath());
      const pg = openPostgresStore(freshPostgresUrl());
      try {
        const theirs = readDatabaseTables(pg.db);
        expect(schemaDifferences(readDatabaseTables(sqlite), theirs)).to.deep.equal([]);
        expect(theirs.some((t) => t.name === "mizan_schema_version")).to.equal(false);
        expect(theirs.find((t) => t.name === "documents")?.identity).to.deep.equal(["id"]);
        expect(theirs.find((t) => t.name === "sessions")?.identity).to.deep.equal([]);
        expect(theirs.find((t) => t.name === "sessions")?.columns.find((c) => c.name === "id")?.order).to.equal("text");
        expect(theirs.find((t) => t.name === "archive_candidates")?.primaryKey).to.deep.equal(["archive_id", "pass", "en_article", "ar_article"]);
      } finally {
        sqlite.close();
        pg.close();
      }
    });
  });

  describe("order and differences", () => {
    it("orders parents first, ties by name, and ignores references to itself", () => {
      const order = parentsFirst([table("c", ["b"]), table("b", ["a", "b"]), table("z"), table("a")]).map((t) => t.name);
      expect(order).to.deep.equal(["a", "b", "c", "z"]);
    });

    it("refuses foreign keys that go round in a cycle", () => {
      expect(() => parentsFirst([table("a", ["b"]), table("b", ["a"])])).to.throw(/cycle/u);
    });

    it("names every kind of difference, and none between equal schemas", () => {
      const source = [table("a"), table("b", ["a"]), table("c", [], { columns: [{ name: "id", order: "number" }, { name: "x", order: "text" }] }), table("only")];
      const target = [table("a", [], { primaryKey: ["id", "x"] }), table("b"), table("c", [], { columns: [{ name: "id", order: "number" }, { name: "y", order: "text" }] }), table("extra")];
      expect(schemaDifferences(source, target)).to.deep.equal([
        { kind: "primary-key", table: "a" },
        { kind: "references", table: "b" },
        { kind: "column-only-in-source", table: "c", column: "x" },
        { kind: "column-only-in-target", table: "c", column: "y" },
        { kind: "table-only-in-source", table: "only" },
        { kind: "table-only-in-target", table: "extra" },
      ]);
      expect(schemaDifferences(source, source)).to.deep.equal([]);
    });
  });
});
