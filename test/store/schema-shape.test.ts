/**
 * Schema shapes (server/store/schema-shape.ts): a database migrated on disk has the shape of a
 * fresh one in memory; a table of another shape, a missing index or an extra table is named.
 */
import { expect } from "chai";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../../server/store/migrations.js";
import { migrate } from "../../server/store/open-database.js";
import { freshSchemaShape, missingFromShape, schemaShapeOf, shapeDifferences } from "../../server/store/schema-shape.js";
import { tempDbPath } from "../helpers/temp.js";

describe("schema shape", () => {
  it("is the same for a database migrated on disk and a fresh one in memory, at every version", () => {
    for (let version = 1; version <= MIGRATIONS.length; version++) {
      const db = new Database(tempDbPath());
      try {
        migrate(db, version);
        expect(db.pragma("user_version", { simple: true })).to.equal(version);
        expect(shapeDifferences(schemaShapeOf(db), freshSchemaShape(version)), `version ${version}`).to.deep.equal([]);
      } finally {
        db.close();
      }
    }
  });

  it("differs between versions", () => {
    expect(shapeDifferences(freshSchemaShape(1), freshSchemaShape(MIGRATIONS.length))).to.not.deep.equal([]);
  });

  it("names a table of another shape, a missing index and an extra table", () => {
    const db = new Database(":memory:");
    try {
      migrate(db);
      db.exec("DROP TABLE glossary; CREATE TABLE glossary (id INTEGER PRIMARY KEY, ar TEXT, en TEXT); DROP INDEX beads_by_document; CREATE TABLE notes (body TEXT)");
      const actual = schemaShapeOf(db);
      const expected = freshSchemaShape(MIGRATIONS.length);
      const missing = missingFromShape(actual, expected);
      expect(missing).to.include("table glossary").and.include("index beads_by_document").and.not.include("table documents");
      expect(shapeDifferences(actual, expected)).to.include("table notes");
      expect(missingFromShape(actual, expected)).to.not.include("table notes");
    } finally {
      db.close();
    }
  });

  it("tells a column's type, default and NOT NULL apart", () => {
    const shapeOf = (sql: string) => {
      const db = new Database(":memory:");
      try {
        db.exec(sql);
        return schemaShapeOf(db).get("table t");
      } finally {
        db.close();
      }
    };
    const base = shapeOf("CREATE TABLE t (a TEXT NOT NULL DEFAULT '')");
    expect(shapeOf("CREATE TABLE t (a INTEGER NOT NULL DEFAULT '')")).to.not.equal(base);
    expect(shapeOf("CREATE TABLE t (a TEXT DEFAULT '')")).to.not.equal(base);
    expect(shapeOf("CREATE TABLE t (a TEXT NOT NULL DEFAULT 'x')")).to.not.equal(base);
    expect(shapeOf("CREATE TABLE t (a TEXT NOT NULL DEFAULT '')")).to.equal(base);
  });
});
