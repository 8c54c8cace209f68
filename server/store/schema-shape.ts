/**
 * The shape of a database's schema as plain data (tables with their columns and foreign keys,
 * indexes with their columns, views and triggers), and its comparison with the shape of a fresh
 * database migrated to the same version. A restore uses it to tell a mizan backup from any other
 * SQLite file before anything is replaced, and to check the result of its migrations.
 */
import Database from "better-sqlite3";
import { migrate, type SqliteDatabase } from "./open-database.js";

/** One schema object by name: its description as a string, comparable with ===. */
export type SchemaShape = Map<string, string>;

type Column = { name: string; type: string; notnull: number; dflt_value: unknown; pk: number; hidden: number };
type ForeignKey = { table: string; from: string; to: string | null; on_update: string; on_delete: string };
type IndexColumn = { seqno: number; name: string | null; desc: number; coll: string; key: number };
type IndexInfo = { name: string; unique: number; partial: number };

function tableShape(db: SqliteDatabase, table: string): string {
  const quoted = JSON.stringify(table);
  const columns = (db.prepare(`PRAGMA table_xinfo(${quoted})`).all() as Column[])
    .map((c) => [c.name, c.type.toUpperCase(), c.notnull, c.dflt_value, c.pk, c.hidden]);
  const keys = (db.prepare(`PRAGMA foreign_key_list(${quoted})`).all() as ForeignKey[])
    .map((k) => [k.table, k.from, k.to, k.on_update, k.on_delete])
    .sort();
  return JSON.stringify({ columns, keys });
}

function indexShape(db: SqliteDatabase, table: string, index: IndexInfo): string {
  const columns = (db.prepare(`PRAGMA index_xinfo(${JSON.stringify(index.name)})`).all() as IndexColumn[])
    .filter((c) => c.key === 1)
    .map((c) => [c.name, c.desc, c.coll]);
  return JSON.stringify({ table, unique: index.unique, partial: index.partial, columns });
}

/** Every object of the schema but SQLite's own (sqlite_sequence, sqlite_stat1 …). */
export function schemaShapeOf(db: SqliteDatabase): SchemaShape {
  const shape: SchemaShape = new Map();
  const objects = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  for (const object of objects) {
    if (object.type === "table") {
      shape.set(`table ${object.name}`, tableShape(db, object.name));
      for (const index of db.prepare(`PRAGMA index_list(${JSON.stringify(object.name)})`).all() as IndexInfo[]) {
        shape.set(`index ${index.name}`, indexShape(db, object.name, index));
      }
    } else if (object.type === "view" || object.type === "trigger") {
      shape.set(`${object.type} ${object.name}`, JSON.stringify({ table: object.tbl_name, sql: (object.sql ?? "").replace(/\s+/gu, " ") }));
    }
  }
  return shape;
}

/** The shape of a new database after the first `version` migrations, built in memory. */
export function freshSchemaShape(version: number): SchemaShape {
  const db = new Database(":memory:");
  try {
    migrate(db, version);
    return schemaShapeOf(db);
  } finally {
    db.close();
  }
}

/** The objects of `expected` that `actual` lacks or has in another shape (by name). */
export function missingFromShape(actual: SchemaShape, expected: SchemaShape): string[] {
  return [...expected].filter(([name, description]) => actual.get(name) !== description).map(([name]) => name);
}

/** The objects that differ between the two shapes, either way (empty when they are equal). */
export function shapeDifferences(actual: SchemaShape, expected: SchemaShape): string[] {
  const extra = [...actual.keys()].filter((name) => !expected.has(name));
  return [...missingFromShape(actual, expected), ...extra];
}
