/**
 * Copies every row of one mizan database into another, empty one, whichever engine each is on
 * (`mizan db copy`: SQLite to PostgreSQL and back). Both ends have the current schema (the caller
 * opens them with openStore); the tables come from the schema itself (database-tables.ts), parents
 * first so every foreign key holds as its row arrives. The source is only read. Rows are streamed
 * from it in primary-key order and written in batches (on PostgreSQL one INSERT of the batch's
 * columns as arrays, unnested; on SQLite one prepared INSERT per row), all inside one write transaction on the target: a copy that
 * fails leaves the target as empty as it was, so it can simply be run again. Ids are kept; on
 * PostgreSQL each identity's sequence is then moved past the largest id, so new rows get new ids.
 */
import { engineOf, type SqlDatabase } from "./sql-database.js";
import type { DatabaseTable } from "./database-tables.js";
import type { PgDatabase } from "./postgres/pg-database.js";
import { columnsByName, DatabaseCopyError, matchingTables, orderedSelect } from "./table-checksums.js";

/** Rows per INSERT on PostgreSQL (and per progress report). */
export const COPY_BATCH = 500;

export type CopyProgress = (table: string, copied: number, total: number) => void;

export type CopiedTable = { table: string; rows: number };

/** The tables of the database that hold at least one row. */
export function tablesWithRows(db: SqlDatabase, tables: readonly DatabaseTable[]): string[] {
  return tables.filter((t) => db.prepare(`SELECT 1 AS found FROM ${t.name} LIMIT 1`).get() !== undefined).map((t) => t.name);
}

/** Writes one batch of rows (values in `columns` order) into the target's table. */
function batchWriter(target: SqlDatabase, table: DatabaseTable, columns: readonly string[]): (rows: readonly unknown[][]) => void {
  const list = columns.join(", ");
  if (engineOf(target) === "postgres") {
    // One array per column, unnested into rows: one parameter per column whatever the batch's size,
    // about twice as fast as a multi-row VALUES list.
    const pg = target as PgDatabase;
    const typeOf = new Map(table.columns.map((c) => [c.name, c.postgresType ?? "text"]));
    const arrays = columns.map((name, c) => `$${c + 1}::${typeOf.get(name) ?? "text"}[]`).join(", ");
    const sql = `INSERT INTO ${table.name} (${list}) SELECT * FROM unnest(${arrays})`;
    return (rows) => {
      pg.query(sql, columns.map((_, c) => rows.map((row) => row[c] ?? null)));
    };
  }
  const insert = target.prepare(`INSERT INTO ${table.name} (${list}) VALUES (${columns.map(() => "?").join(", ")})`);
  return (rows) => {
    for (const row of rows) insert.run(row);
  };
}

/** On PostgreSQL: each identity column's sequence continues after the largest id copied. */
function moveSequences(target: PgDatabase, tables: readonly DatabaseTable[]): void {
  for (const table of tables) {
    for (const column of table.identity) {
      target.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${column}), 0) + 1, false) FROM ${table.name}`, [table.name, column]);
    }
  }
}

/**
 * Copies the source's rows into the target, which must hold none (DatabaseCopyError
 * "target-not-empty" otherwise; "schema-differs" when the two schemas are not the same).
 */
export function copyDatabase(source: SqlDatabase, target: SqlDatabase, onProgress: CopyProgress = () => {}): CopiedTable[] {
  const tables = matchingTables(source, target);
  const occupied = tablesWithRows(target, tables.target);
  if (occupied.length > 0) throw new DatabaseCopyError("target-not-empty", { tables: occupied });
  return target.transaction(() => {
    const copied = tables.source.map((table, k) => {
      const columns = columnsByName(table);
      const write = batchWriter(target, tables.target[k] as DatabaseTable, columns);
      const total = (source.prepare(`SELECT COUNT(*) AS n FROM ${table.name}`).get() as { n: number }).n;
      onProgress(table.name, 0, total);
      let batch: unknown[][] = [];
      let rows = 0;
      for (const values of source.prepare(orderedSelect(source, table)).raw().iterate() as IterableIterator<unknown[]>) {
        batch.push(values);
        if (batch.length < COPY_BATCH) continue;
        write(batch);
        rows += batch.length;
        batch = [];
        onProgress(table.name, rows, total);
      }
      if (batch.length > 0) {
        write(batch);
        rows += batch.length;
        onProgress(table.name, rows, total);
      }
      return { table: table.name, rows };
    });
    if (engineOf(target) === "postgres") moveSequences(target as PgDatabase, tables.target);
    return copied;
  }).immediate();
}
