/**
 * A synchronous PostgreSQL connection with the API the repositories already use (better-sqlite3's,
 * see ../sql-database.ts), so the one Store implementation runs on both engines.
 *
 * Why synchronous: the Store, and every route, service and job that calls it, is synchronous. The
 * `pg` client runs in a thread of its own (pg-thread.ts); each call posts the request and waits on
 * a shared flag (Atomics.wait) for the answer, about 0.3 ms a prepared query on loopback. (pg-native
 * would be synchronous without a thread, but its addon refuses to load in worker threads, where
 * the background pool opens the store.)
 *
 * Transactions keep SQLite's meaning: `.immediate()` takes one advisory lock, the same for every
 * instance on the database, so there is one writer at a time and the version checks work exactly
 * as on SQLite; nested transactions are savepoints. PostgreSQL's errors carry the SQLite codes the
 * code checks (a unique violation is SQLITE_CONSTRAINT_UNIQUE, a lock timeout SQLITE_BUSY).
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { SqlDatabase, SqlRunResult, SqlStatement, SqlTransaction } from "../sql-database.js";
import { translateSql, type TranslatedSql } from "./translate-sql.js";

/** The advisory lock every write transaction holds: "mizan" in ASCII, as one 64-bit key. */
const WRITER_LOCK = 0x6d697a616e;
const CURSOR_BATCH = 500;
/** Like SQLite's busy timeout: a writer waits this long for another, then gets SQLITE_BUSY. */
const SESSION_SETTINGS = "SET lock_timeout = '5s'; SET idle_in_transaction_session_timeout = '10min'";

type Reply = { rows?: unknown[]; rowCount?: number; error?: { message: string; code?: string; detail?: string; constraint?: string } };

const SQLITE_CODES: Record<string, string> = {
  "23505": "SQLITE_CONSTRAINT_UNIQUE",
  "23503": "SQLITE_CONSTRAINT_FOREIGNKEY",
  "23514": "SQLITE_CONSTRAINT_CHECK",
  "23502": "SQLITE_CONSTRAINT_NOTNULL",
  "55P03": "SQLITE_BUSY",
  "40001": "SQLITE_BUSY_SNAPSHOT",
  "40P01": "SQLITE_BUSY",
};

/** A PostgreSQL error as mizan's code expects errors: the SQLite code, and PostgreSQL's beside it. */
export class PgError extends Error {
  readonly code: string;
  constructor(readonly pgCode: string, message: string, readonly detail?: string) {
    super(message);
    this.name = "PgError";
    this.code = SQLITE_CODES[pgCode] ?? `PG_${pgCode}`;
  }
}

export type PgDatabase = SqlDatabase & {
  readonly engine: "postgres";
  /** Runs PostgreSQL's own SQL, untranslated (migrations, administration). */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): T[];
  /** The tables whose `id` PostgreSQL generates (an INSERT into one returns it). */
  refreshTables(): void;
};

export function openPgDatabase(url: string): PgDatabase {
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL("./pg-thread.js", import.meta.url), { workerData: { port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  let closed = false;

  /** One request; outside a transaction, a lost connection is opened again once and the request retried. */
  function call(request: object): Reply {
    try {
      return callOnce(request);
    } catch (error) {
      if (!(error instanceof PgError) || !error.pgCode.startsWith("08") || depth > 0 || closed) throw error;
      callOnce({ op: "reconnect" });
      return callOnce(request);
    }
  }

  function callOnce(request: object): Reply {
    if (closed) throw new PgError("08003", "The database connection is closed.");
    Atomics.store(signal, 0, 0);
    port1.postMessage(request);
    // Until the flag says the answer is there: a wake-up may be the late notify of the previous
    // answer, and a long query simply keeps us waiting.
    while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0, 60_000);
    const reply = receiveMessageOnPort(port1)?.message as Reply | undefined;
    if (!reply) throw new PgError("08006", "The database thread did not answer.");
    if (reply.error) throw new PgError(reply.error.code ?? "XX000", reply.error.message, reply.error.detail);
    return reply;
  }

  call({ op: "connect", url, settings: SESSION_SETTINGS });

  const translations = new Map<string, TranslatedSql & { statementName: string }>();
  let tablesWithId = new Set<string>();
  let statements = 0;
  let depth = 0;
  let locked = false;

  function translated(sql: string): TranslatedSql & { statementName: string } {
    let found = translations.get(sql);
    if (!found) translations.set(sql, (found = { ...translateSql(sql, tablesWithId), statementName: `mizan_${++statements}` }));
    return found;
  }

  function bind(t: TranslatedSql, args: unknown[]): unknown[] {
    const positional: unknown[] = [];
    let named: Record<string, unknown> | null = null;
    for (const arg of args) {
      if (Array.isArray(arg)) positional.push(...(arg as unknown[]));
      else if (arg !== null && typeof arg === "object" && !(arg instanceof Uint8Array)) named = arg as Record<string, unknown>;
      else positional.push(arg);
    }
    let next = 0;
    return t.names.map((name) => {
      const value = name === null ? positional[next++] : named?.[name];
      return typeof value === "bigint" ? value.toString() : value === undefined ? null : value;
    });
  }

  function rowsOf(reply: Reply): unknown[] {
    const rows = reply.rows ?? [];
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      for (const key in values) {
        const v = values[key];
        if (v instanceof Uint8Array && !Buffer.isBuffer(v)) values[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
      }
    }
    return rows;
  }

  function statement(sql: string, raw: boolean): SqlStatement {
    const t = translated(sql);
    const execute = (args: unknown[]): Reply =>
      call({ op: "query", text: t.text, values: bind(t, args), name: t.statementName, rowMode: raw ? "array" : undefined });
    return {
      run(...args: unknown[]): SqlRunResult {
        const reply = execute(args);
        const rows = reply.rows ?? [];
        const last = rows[rows.length - 1] as Record<string, unknown> | unknown[] | undefined;
        const id = t.returnsId && last ? Number(Array.isArray(last) ? last[0] : last.id) : 0;
        return { changes: reply.rowCount ?? 0, lastInsertRowid: id };
      },
      get: (...args: unknown[]) => rowsOf(execute(args))[0],
      all: (...args: unknown[]) => rowsOf(execute(args)),
      *iterate(...args: unknown[]): IterableIterator<unknown> {
        call({ op: "cursor-open", text: t.text, values: bind(t, args) });
        try {
          for (;;) {
            const batch = rowsOf(call({ op: "cursor-fetch", count: CURSOR_BATCH }));
            for (const row of batch) yield raw ? Object.values(row as object) : row;
            if (batch.length < CURSOR_BATCH) break;
          }
        } finally {
          if (!closed) call({ op: "cursor-close" });
        }
      },
      raw: (toggle = true) => statement(sql, toggle),
    };
  }

  function transaction<F extends (...args: never[]) => unknown>(fn: F, lock: boolean): (...args: Parameters<F>) => ReturnType<F> {
    return (...args) => {
      if (depth > 0) {
        const savepoint = `mizan_sp_${depth}`;
        call({ op: "query", text: `SAVEPOINT ${savepoint}`, values: [] });
        if (lock && !locked) { call({ op: "query", text: "SELECT pg_advisory_xact_lock($1)", values: [WRITER_LOCK] }); locked = true; }
        depth++;
        try {
          const result = fn(...args) as ReturnType<F>;
          call({ op: "query", text: `RELEASE SAVEPOINT ${savepoint}`, values: [] });
          return result;
        } catch (error) {
          call({ op: "query", text: `ROLLBACK TO SAVEPOINT ${savepoint}`, values: [] });
          call({ op: "query", text: `RELEASE SAVEPOINT ${savepoint}`, values: [] });
          throw error;
        } finally {
          depth--;
        }
      }
      call({ op: "query", text: "BEGIN", values: [] });
      depth = 1;
      try {
        if (lock) { call({ op: "query", text: "SELECT pg_advisory_xact_lock($1)", values: [WRITER_LOCK] }); locked = true; }
        const result = fn(...args) as ReturnType<F>;
        call({ op: "query", text: "COMMIT", values: [] });
        return result;
      } catch (error) {
        if (!closed) { try { call({ op: "query", text: "ROLLBACK", values: [] }); } catch { /* the connection is gone; so is the transaction */ } }
        throw error;
      } finally {
        depth = 0;
        locked = false;
      }
    };
  }

  const db: PgDatabase = {
    engine: "postgres",
    name: url,
    get inTransaction() { return depth > 0; },
    prepare: (sql: string) => statement(sql, false),
    exec(sql: string) {
      call({ op: "query", text: sql, values: [] });
      return db;
    },
    transaction<F extends (...args: never[]) => unknown>(fn: F): SqlTransaction<F> {
      const deferred = transaction(fn, false) as SqlTransaction<F>;
      deferred.immediate = transaction(fn, true);
      return deferred;
    },
    query<T>(text: string, values: unknown[] = []): T[] {
      return rowsOf(call({ op: "query", text, values })) as T[];
    },
    refreshTables() {
      const rows = db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'",
      );
      tablesWithId = new Set(rows.map((r) => r.table_name));
      translations.clear();
    },
    close() {
      if (closed) return;
      try { call({ op: "end" }); } finally {
        closed = true;
        port1.close();
        void worker.terminate();
      }
    },
  };
  return db;
}
