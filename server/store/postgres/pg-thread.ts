/**
 * The thread that talks to PostgreSQL for one synchronous connection (pg-database.ts). The store
 * is synchronous, `pg` is not: this thread holds the `pg` clients and answers one request at a
 * time, while the calling thread waits on a shared flag (Atomics.wait) for the answer. A second
 * client, opened on first use, serves cursors, so a streamed export never blocks the connection.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import pg from "pg";

type Request =
  | { op: "connect"; url: string; settings: string }
  | { op: "reconnect" }
  | { op: "query"; text: string; values: unknown[]; name?: string; rowMode?: "array" }
  | { op: "cursor-open"; text: string; values: unknown[] }
  | { op: "cursor-fetch"; count: number }
  | { op: "cursor-close" }
  | { op: "end" };

type Reply = { rows?: unknown[]; rowCount?: number; error?: { message: string; code?: string; detail?: string; constraint?: string } };

const INT8 = 20;
const NUMERIC = 1700;
const BOOL = 16;
// As SQLite gives them: integers and sums as numbers, truth values as 1 or 0.
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(BOOL, (v) => (v === "t" ? 1 : 0));
// JSON stays text, as SQLite keeps it: the repositories parse what they read.
pg.types.setTypeParser(114, (v) => v);
pg.types.setTypeParser(3802, (v) => v);

const { port, flag } = workerData as { port: MessagePort; flag: SharedArrayBuffer };
const signal = new Int32Array(flag);
let client: pg.Client | null = null;
let cursorClient: pg.Client | null = null;
let url = "";
let settings = "";
let cursorOpen = false;
let broken = false;

async function answer(request: Request): Promise<Reply> {
  switch (request.op) {
    case "connect": {
      url = request.url;
      settings = request.settings;
      client = await connectClient();
      return {};
    }
    case "reconnect": {
      const old = client;
      client = null;
      await old?.end().catch(() => undefined);
      client = await connectClient();
      return {};
    }
    case "query": {
      const config = { text: request.text, values: request.values, name: request.name, ...(request.rowMode ? { rowMode: request.rowMode } : {}) } as pg.QueryConfig;
      const result = await connection().query(config);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    }
    case "cursor-open": {
      cursorClient ??= await connectClient(() => { cursorClient = null; cursorOpen = false; });
      if (cursorOpen) await closeCursor();
      await cursorClient.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      cursorOpen = true;
      await cursorClient.query({ text: `DECLARE mizan_cursor NO SCROLL CURSOR FOR ${request.text}`, values: request.values });
      return {};
    }
    case "cursor-fetch": {
      if (!cursorClient || !cursorOpen) return { rows: [] };
      const result = await cursorClient.query(`FETCH ${Math.max(1, Math.floor(request.count))} FROM mizan_cursor`);
      return { rows: result.rows };
    }
    case "cursor-close":
      await closeCursor();
      return {};
    case "end":
      await closeCursor();
      await cursorClient?.end();
      await client?.end();
      client = cursorClient = null;
      return {};
  }
}

/** A client with the session's settings; a connection that breaks (server restart, network) is forgotten, not fatal. */
async function connectClient(onBroken: () => void = () => { broken = true; }): Promise<pg.Client> {
  const fresh = new pg.Client({ connectionString: url });
  fresh.on("error", onBroken);
  await fresh.connect();
  if (settings) await fresh.query(settings);
  broken = false;
  return fresh;
}

function connection(): pg.Client {
  if (broken) throw Object.assign(new Error("The connection to PostgreSQL was lost."), { code: "08006" });
  if (!client) throw new Error("not connected");
  return client;
}

async function closeCursor(): Promise<void> {
  if (!cursorClient || !cursorOpen) return;
  cursorOpen = false;
  await cursorClient.query("ROLLBACK");
}

port.on("message", (request: Request) => {
  answer(request).then(
    (reply) => reply,
    (error: unknown) => {
      const e = error as { message?: string; code?: string; detail?: string; constraint?: string };
      return { error: { message: String(e.message ?? error), code: e.code, detail: e.detail, constraint: e.constraint } } as Reply;
    },
  ).then((reply) => {
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
