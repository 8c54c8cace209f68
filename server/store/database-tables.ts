/**
 * The tables of a mizan database as `mizan db copy` and `mizan db check` need them, read from the
 * schema itself on either engine (SQLite: sqlite_master and its PRAGMAs; PostgreSQL: the catalog),
 * never listed by hand, so a table a later migration adds is copied without anyone remembering to:
 * each table's columns, primary key, identity columns and the tables its foreign keys point at;
 * the order that puts every parent before its children; and what differs between two schemas.
 */
import { engineOf, type SqlDatabase } from "./sql-database.js";
import type { PgDatabase } from "./postgres/pg-database.js";

export type TableColumn = {
  name: string;
  /** How rows are ordered on this column: as numbers, or as text byte by byte (UTF-8, as SQLite's BINARY). */
  order: "number" | "text";
  /** On PostgreSQL, the column's type as the catalog names it (int8, text, float8, bytea, citext). */
  postgresType?: string;
};

export type DatabaseTable = {
  name: string;
  /** In the schema's order. */
  columns: TableColumn[];
  /** The primary key's columns, in the key's order (every mizan table has one). */
  primaryKey: string[];
  /** Columns whose values the database generates (PostgreSQL's identities; SQLite's rowid needs nothing). */
  identity: string[];
  /** The tables this one's foreign keys point at (itself left out). */
  parents: string[];
};

/** The schema's own bookkeeping, not mizan's data: never copied or compared. */
const BOOKKEEPING = new Set(["mizan_schema_version"]);
/** Names the copy writes into SQL unquoted-safe: mizan's are all snake_case. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/u;

export class SchemaNameError extends Error {
  constructor(readonly table: string) {
    super(`unexpected table or column name ${JSON.stringify(table)}`);
    this.name = "SchemaNameError";
  }
}

function checkedName(name: string): string {
  if (!PLAIN_NAME.test(name)) throw new SchemaNameError(name);
  return name;
}

function sqliteTables(db: SqlDatabase): DatabaseTable[] {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((name) => !BOOKKEEPING.has(name));
  return names.map((name) => {
    checkedName(name);
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string; pk: number }[];
    const keys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as { table: string }[];
    return {
      name,
      columns: info.map((c) => ({ name: checkedName(c.name), order: /INT|REAL|FLOA|DOUB|NUM/iu.test(c.type) ? "number" : "text" })),
      primaryKey: info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      identity: [],
      parents: [...new Set(keys.map((k) => k.table))].filter((parent) => parent !== name).sort(),
    };
  });
}

const PG_NUMBER_TYPES = new Set(["smallint", "integer", "bigint", "real", "double precision", "numeric"]);

function postgresTables(db: PgDatabase): DatabaseTable[] {
  const columns = db.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_identity: string }>(
    `SELECT table_name, column_name, data_type, udt_name, is_identity FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const tables = db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  ).map((r) => r.table_name).filter((name) => !BOOKKEEPING.has(name));
  const keys = db.query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, n) ON true
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
      WHERE k.contype = 'p' AND k.connamespace = current_schema()::regnamespace ORDER BY c.relname, u.n`,
  );
  const references = db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
  );
  return tables.map((name) => {
    checkedName(name);
    const own = columns.filter((c) => c.table_name === name);
    return {
      name,
      columns: own.map((c) => ({ name: checkedName(c.column_name), order: PG_NUMBER_TYPES.has(c.data_type) ? "number" : "text", postgresType: checkedName(c.udt_name) })),
      primaryKey: keys.filter((k) => k.table_name === name).map((k) => k.column_name),
      identity: own.filter((c) => c.is_identity === "YES").map((c) => c.column_name),
      parents: [...new Set(references.filter((r) => r.child === name).map((r) => r.parent))].filter((parent) => parent !== name).sort(),
    };
  });
}

/** Every table of mizan's data in the database, by name. */
export function readDatabaseTables(db: SqlDatabase): DatabaseTable[] {
  return engineOf(db) === "postgres" ? postgresTables(db as PgDatabase) : sqliteTables(db);
}

/**
 * The tables with every parent before its children (a foreign key can then be checked as each row
 * arrives), ties by name. Throws on a cycle of foreign keys between tables, which mizan's schema
 * does not have.
 */
export function parentsFirst(tables: readonly DatabaseTable[]): DatabaseTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const order: DatabaseTable[] = [];
  const place = (table: DatabaseTable) => {
    if (placed.has(table.name)) return;
    if (visiting.has(table.name)) throw new Error(`foreign keys form a cycle through table ${table.name}`);
    visiting.add(table.name);
    for (const parent of table.parents) {
      if (parent === table.name) continue;
      const found = byName.get(parent);
      if (found) place(found);
    }
    visiting.delete(table.name);
    placed.add(table.name);
    order.push(table);
  };
  for (const table of [...tables].sort((a, b) => (a.name < b.name ? -1 : 1))) place(table);
  return order;
}

export type SchemaDifference = {
  kind: "table-only-in-source" | "table-only-in-target" | "column-only-in-source" | "column-only-in-target" | "primary-key" | "references";
  table: string;
  column?: string;
};

/**
 * What keeps two schemas from holding the same data; empty when they match. Column order and
 * types may differ (each engine has its own DDL); table and column names, primary keys and the
 * tables referenced may not.
 */
export function schemaDifferences(source: readonly DatabaseTable[], target: readonly DatabaseTable[]): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  const targetByName = new Map(target.map((t) => [t.name, t]));
  const sourceNames = new Set(source.map((t) => t.name));
  for (const table of source) {
    const other = targetByName.get(table.name);
    if (!other) { out.push({ kind: "table-only-in-source", table: table.name }); continue; }
    const theirs = new Set(other.columns.map((c) => c.name));
    const ours = new Set(table.columns.map((c) => c.name));
    for (const column of ours) if (!theirs.has(column)) out.push({ kind: "column-only-in-source", table: table.name, column });
    for (const column of theirs) if (!ours.has(column)) out.push({ kind: "column-only-in-target", table: table.name, column });
    if (table.primaryKey.join(",") !== other.primaryKey.join(",")) out.push({ kind: "primary-key", table: table.name });
    if (table.parents.join(",") !== other.parents.join(",")) out.push({ kind: "references", table: table.name });
  }
  for (const table of target) if (!sourceNames.has(table.name)) out.push({ kind: "table-only-in-target", table: table.name });
  return out;
}
