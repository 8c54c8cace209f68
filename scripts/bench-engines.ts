#!/usr/bin/env node
/**
 * The two engines side by side in one run: the alignment view and a paragraph edit under C
 * connections (autocannon) on SQLite with one app instance, PostgreSQL with one, and PostgreSQL
 * with two instances on the same database. Every configuration gets the same document (200
 * one-to-one rows, bench-document.ts) in a fresh database, real server processes, and the same
 * loopback round-robin proxy in front (round-robin-proxy.ts), so they differ only in the engine
 * and the number of instances. An edit is PUT /api/paragraphs/:id with the paragraph's version
 * (the text saved, its checks re-run, the rows answered): each request takes the next English
 * paragraph, so no two connections edit the same one at once. An alignment operation is a row
 * confirmed or unconfirmed (POST /api/documents/:id/align), as bench-editor measures it. Before
 * measuring, each instance serves a view and an edit (its caches and lexicon warm).
 *
 * Usage: node dist/scripts/bench-engines.js --pg postgresql://user@host:port/db [--connections 32] [--seconds 10] [--rows 200]
 * (the PostgreSQL databases are made on that cluster and dropped afterwards).
 */
import autocannon from "autocannon";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { ROOT } from "../server/paths.js";
import { openStore } from "../server/store/open-store.js";
import { createBenchDocument } from "./bench-document.js";
import { freshBenchDatabase } from "./bench-database.js";
import { startRoundRobinProxy } from "./round-robin-proxy.js";
import { logInAs, startServerProcess, type ServerProcess } from "./server-process.js";

const PASSWORD = "bench-password-123";

export type Latency = { p50: number; p99: number; requestsPerSecond: number; requests: number; non2xx: number; errors: number; statuses: string };
export type EngineRow = { name: string; view: Latency; edit: Latency; operation: Latency; load: string };

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function measure(options: autocannon.Options): Promise<Latency> {
  const r = await autocannon(options);
  const statuses = Object.entries(r.statusCodeStats ?? {}).map(([code, stat]) => `${code}×${(stat as { count: number }).count}`).join(" ");
  return { p50: r.latency.p50, p99: r.latency.p99, requestsPerSecond: r.requests.average, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, statuses };
}

/** One configuration: a fresh database on `db`, `instances` servers on it, the proxy, the view then the edits. */
export async function benchConfiguration(name: string, db: string | undefined, instances: number, options: { connections: number; seconds: number; rows: number }): Promise<EngineRow> {
  const database = await freshBenchDatabase(db, "engines");
  const servers: ServerProcess[] = [];
  try {
    const { id } = createBenchDocument(database.location, options.rows, join(ROOT, "..", "shared", "eval"), PASSWORD);
    const store = openStore(database.location);
    const paragraphs = store.getParagraphs(id, "en").map((p) => ({ id: p.id, version: p.version, text: p.text }));
    store.close();
    for (let k = 0; k < instances; k++) servers.push(await startServerProcess(database.location));
    const proxy = await startRoundRobinProxy(servers.map((s) => s.url));
    try {
      const session = await logInAs(proxy.url, "admin", PASSWORD);
      const jsonHeaders = { cookie: session.cookie, "content-type": "application/json", accept: "application/json", "x-csrf-token": session.csrf };
      // Warm-up through the proxy: every instance renders the view once and saves one edit.
      const warm = paragraphs.slice(-instances);
      for (const paragraph of warm) {
        await (await fetch(`${proxy.url}/documents/${id}`, { headers: { cookie: session.cookie } })).text();
        const saved = await fetch(`${proxy.url}/api/paragraphs/${paragraph.id}`, { method: "PUT", headers: jsonHeaders, body: JSON.stringify({ text: `${paragraph.text} [warm]`, version: paragraph.version }) });
        if (saved.status === 200) paragraph.version = ((await saved.json()) as { version: number }).version;
        else await saved.text();
      }
      const view = await measure({ url: `${proxy.url}/documents/${id}`, connections: options.connections, duration: options.seconds, headers: { cookie: session.cookie, "accept-encoding": "gzip" } });
      let next = 0;
      let n = 0;
      const versions = new Map(paragraphs.map((p) => [p.id, p.version]));
      const edit: autocannon.Request = {
        method: "PUT",
        setupRequest: (request, context: { paragraph?: number }) => {
          const paragraph = paragraphs[next++ % paragraphs.length] ?? paragraphs[0];
          context.paragraph = paragraph?.id;
          return {
            ...request,
            path: `/api/paragraphs/${paragraph?.id ?? 0}`,
            headers: jsonHeaders,
            body: JSON.stringify({ text: `${paragraph?.text ?? ""} [bench ${n++}]`, version: versions.get(paragraph?.id ?? 0) }),
          };
        },
        onResponse: (status, body, context: { paragraph?: number }) => {
          if (status === 200 && context.paragraph !== undefined) versions.set(context.paragraph, (JSON.parse(body) as { version: number }).version);
        },
      };
      const editResult = await measure({ url: proxy.url, connections: options.connections, duration: options.seconds, requests: [edit] });
      // Confirm then unconfirm, each loop on the next row; versions in one map for every connection.
      // The rows as they are now: the edits re-scored theirs, raising their versions.
      const reading = openStore(database.location);
      const beads = reading.getBeads(id);
      reading.close();
      let nextBead = 0;
      const beadVersions = new Map(beads.map((b) => [b.id, b.version]));
      const align = (op: "confirm" | "unconfirm"): autocannon.Request => ({
        method: "POST",
        path: `/api/documents/${id}/align`,
        setupRequest: (request, context: { bead?: number }) => {
          if (op === "confirm") context.bead = beads[nextBead++ % beads.length]?.id;
          const bead = context.bead ?? 0;
          return { ...request, headers: jsonHeaders, body: JSON.stringify({ op, bead, version: beadVersions.get(bead) }) };
        },
        onResponse: (status, _body, context: { bead?: number }) => {
          if (status === 200 && context.bead !== undefined) beadVersions.set(context.bead, (beadVersions.get(context.bead) ?? 0) + 1);
        },
      });
      const operation = await measure({ url: proxy.url, connections: options.connections, duration: options.seconds, requests: [align("confirm"), align("unconfirm")] });
      return { name, view, edit: editResult, operation, load: load() };
    } finally {
      await proxy.close();
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.remove();
  }
}

export function tableLines(rows: EngineRow[]): string[] {
  const cell = (l: Latency) => `${String(l.p50).padStart(5)} ${String(l.p99).padStart(6)} ${l.requestsPerSecond.toFixed(0).padStart(6)}/s ${String(l.non2xx + l.errors).padStart(5)}`;
  const head = (what: string) => `${what.padEnd(9)}p50    p99    req/s  fail`;
  return [
    `${"configuration".padEnd(24)} | ${head("view")} | ${head("edit")} | ${head("confirm")} | load average after`,
    ...rows.map((r) => `${r.name.padEnd(24)} | ${" ".repeat(4)}${cell(r.view)} | ${" ".repeat(4)}${cell(r.edit)} | ${" ".repeat(4)}${cell(r.operation)} | ${r.load}`),
    ...rows.map((r) => `  ${r.name}: statuses view ${r.view.statuses}; edit ${r.edit.statuses}; confirm ${r.operation.statuses}; errors (timeouts) ${r.view.errors} / ${r.edit.errors} / ${r.operation.errors}`),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pg: { type: "string" }, connections: { type: "string", default: "32" }, seconds: { type: "string", default: "10" }, rows: { type: "string", default: "200" } } });
  if (!values.pg) throw new Error("--pg postgresql://… (a cluster to make the PostgreSQL databases on) is required");
  const options = { connections: Number(values.connections), seconds: Number(values.seconds), rows: Number(values.rows) };
  console.log(`mizan engines side by side — node ${process.version}; ${options.rows}-row document, ${options.connections} connections, ${options.seconds} s per measurement, through a loopback round-robin proxy; load average ${load()}`);
  const rows: EngineRow[] = [];
  rows.push(await benchConfiguration("SQLite, 1 instance", undefined, 1, options));
  rows.push(await benchConfiguration("PostgreSQL, 1 instance", values.pg, 1, options));
  rows.push(await benchConfiguration("PostgreSQL, 2 instances", values.pg, 2, options));
  for (const line of tableLines(rows)) console.log(line);
  console.log("(latencies in ms; fail: answers other than 2xx plus errors such as timeouts)");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
