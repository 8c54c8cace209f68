/**
 * The SQL connection the repositories run on, whichever engine is under it: better-sqlite3's API,
 * the part of it mizan uses. SQLite gives it directly; PostgreSQL gives it through the adapter in
 * postgres/pg-database.ts, so every repository is one code base for both engines. A statement
 * that cannot be written in SQL both engines understand picks its engine's text with `bySql`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export type SqlEngine = "sqlite" | "postgres";

export type SqlRunResult = { changes: number; lastInsertRowid: number | bigint };

export interface SqlStatement {
  run(...params: any[]): SqlRunResult;
  get(...params: any[]): unknown;
  all(...params: any[]): unknown[];
  iterate(...params: any[]): IterableIterator<unknown>;
  /** Rows as arrays of values, in the order of the SELECT list. */
  raw(toggle?: boolean): SqlStatement;
}

export interface SqlTransaction<F extends (...args: any[]) => any> {
  (...args: any[]): ReturnType<F>;
  /** A write transaction: waits for, then holds, the one writer's lock until it ends. */
  immediate(...args: any[]): ReturnType<F>;
}

export interface SqlDatabase {
  prepare(sql: string): SqlStatement;
  exec(sql: string): unknown;
  transaction<F extends (...args: any[]) => any>(fn: F): SqlTransaction<F>;
  readonly inTransaction: boolean;
  /** Where it is: the SQLite file's path, or the PostgreSQL URL. */
  readonly name: string;
  close(): unknown;
}

/** Which engine a connection talks to (the PostgreSQL adapter says so; better-sqlite3 does not). */
export function engineOf(db: SqlDatabase): SqlEngine {
  return (db as { engine?: SqlEngine }).engine === "postgres" ? "postgres" : "sqlite";
}

/** The statement text for this connection's engine, for the few that differ between the two. */
export function bySql(db: SqlDatabase, texts: { sqlite: string; postgres: string }): string {
  return engineOf(db) === "postgres" ? texts.postgres : texts.sqlite;
}
