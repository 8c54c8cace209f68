/**
 * A count and a checksum per table, computed the same way on SQLite and on PostgreSQL, so that
 * `mizan db copy` can prove that what arrived is what left, and `mizan db check` can say so later.
 *
 * The checksum is SHA-256 over the table's rows in primary-key order, one line per row: the JSON
 * array of its values in column-name order, with integers and reals as JSON numbers (both engines
 * give JavaScript the same double), text as JSON strings, bytes as {"bytes": hex} and NULL as null.
 * Text keys are ordered byte by byte on both engines (SQLite's BINARY, PostgreSQL's "C"), so the
 * two read the rows in the same order whatever the PostgreSQL cluster's locale. Rows are streamed
 * (iterate), never loaded whole.
 */
import { createHash } from "node:crypto";
import { engineOf, type SqlDatabase } from "./sql-database.js";
import { parentsFirst, readDatabaseTables, schemaDifferences, type DatabaseTable, type SchemaDifference } from "./database-tables.js";

export type TableChecksum = { table: string; rows: number; checksum: string };

export type TableComparison = { table: string; source: TableChecksum; target: TableChecksum; ok: boolean };

/** Why two databases cannot be copied into one another or compared; the command line words it. */
export class DatabaseCopyError extends Error {
  constructor(
    readonly code: "schema-differs" | "target-not-empty" | "same-database",
    readonly details: { differences?: SchemaDifference[]; tables?: string[] } = {},
  ) {
    super(code);
    this.name = "DatabaseCopyError";
  }
}

/** The columns in the order both the copy and the checksum read them: by name. */
export function columnsByName(table: DatabaseTable): string[] {
  return table.columns.map((c) => c.name).sort();
}

/** SELECT of every column, by name, in primary-key order, text keys byte by byte, on this engine. */
export function orderedSelect(db: SqlDatabase, table: DatabaseTable): string {
  const postgres = engineOf(db) === "postgres";
  const orderOf = new Map(table.columns.map((c) => [c.name, c.order]));
  const key = (table.primaryKey.length > 0 ? table.primaryKey : columnsByName(table)).map((name) =>
    orderOf.get(name) === "number" ? name : postgres ? `CAST(${name} AS TEXT) COLLATE "C"` : `${name} COLLATE BINARY`);
  return `SELECT ${columnsByName(table).join(", ")} FROM ${table.name} ORDER BY ${key.join(", ")}`;
}

/** One value as the checksum sees it. */
function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex") };
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}

/** One row as the checksum hashes it (values in column-name order). */
export function canonicalRow(values: readonly unknown[]): string {
  return JSON.stringify(values.map(canonicalValue));
}

export function tableChecksum(db: SqlDatabase, table: DatabaseTable): TableChecksum {
  const hash = createHash("sha256");
  let rows = 0;
  for (const values of db.prepare(orderedSelect(db, table)).raw().iterate() as IterableIterator<unknown[]>) {
    hash.update(canonicalRow(values));
    hash.update("\n");
    rows++;
  }
  return { table: table.name, rows, checksum: hash.digest("hex") };
}

/** The tables two databases share, parents first; throws DatabaseCopyError when their schemas differ. */
export function matchingTables(source: SqlDatabase, target: SqlDatabase): { source: DatabaseTable[]; target: DatabaseTable[] } {
  const sourceTables = readDatabaseTables(source);
  const targetTables = readDatabaseTables(target);
  const differences = schemaDifferences(sourceTables, targetTables);
  if (differences.length > 0) throw new DatabaseCopyError("schema-differs", { differences });
  const targetByName = new Map(targetTables.map((t) => [t.name, t]));
  const ordered = parentsFirst(sourceTables);
  return { source: ordered, target: ordered.map((t) => targetByName.get(t.name) as DatabaseTable) };
}

/** Every table's count and checksum on both sides, parents first; `ok` when all of them agree. */
export function compareDatabases(source: SqlDatabase, target: SqlDatabase): { tables: TableComparison[]; ok: boolean } {
  const tables = matchingTables(source, target);
  const comparisons = tables.source.map((table, k) => {
    const ours = tableChecksum(source, table);
    const theirs = tableChecksum(target, tables.target[k] as DatabaseTable);
    return { table: table.name, source: ours, target: theirs, ok: ours.rows === theirs.rows && ours.checksum === theirs.checksum };
  });
  return { tables: comparisons, ok: comparisons.every((c) => c.ok) };
}
