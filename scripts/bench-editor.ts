#!/usr/bin/env node
/**
 * Benchmark of the review editor under load, with autocannon against a real mizan server (a
 * child process on a loopback port, its own database file): the alignment view of a 200-row
 * document, an alignment operation (each connection confirms and unconfirms its own row), and a
 * static file of the same size as the view served by the same server in the same run, so the
 * report can give mizan's overhead as a ratio. Targets: view p99 < 100 ms at 32 connections,
 * operation p99 < 50 ms.
 *
 * Usage: node dist/scripts/bench-editor.js [--rows N] [--connections C] [--seconds S] [--eval DIR]
 */
import autocannon from "autocannon";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, VIEWS_DIR } from "../server/paths.js";
import { createBenchDocument } from "./bench-document.js";
import { logInAs, startServerProcess } from "./server-process.js";

const PASSWORD = "bench-password-123";
const STATIC_NAME = "bench-static.html";

/** What each connection remembers between its operations: its own row. */
type OperationContext = { bead?: number };

/** A merge/split loop remembers its own pair of rows and the merged row between its two requests. */
type StructuralContext = { pair?: number; merged?: { id: number; version: number } };

type Latency = { p50: number; p99: number; mean: number; requests: number; errors: number; non2xx: number };

async function run(options: autocannon.Options): Promise<Latency> {
  const result = await autocannon(options);
  return { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average, requests: result.requests.total, errors: result.errors, non2xx: result.non2xx };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "200" }, connections: { type: "string", default: "32" }, seconds: { type: "string", default: "10" }, eval: { type: "string", default: join(ROOT, "..", "shared", "eval") } } });
  const rows = Number(values.rows);
  const connections = Number(values.connections);
  const duration = Number(values.seconds);
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-editor-"));
  const dbPath = join(dir, "bench.db");
  // A document of exactly `rows` one-to-one rows of real parallel text, scored by the aligner.
  const { id, beads } = createBenchDocument(dbPath, rows, values.eval ?? "", PASSWORD);

  const server = await startServerProcess(dbPath);
  const staticPath = join(VIEWS_DIR, "assets", STATIC_NAME);
  try {
    const session = await logInAs(server.url, "admin", PASSWORD);
    const headers = { cookie: session.cookie };
    const view = await fetch(`${server.url}/documents/${id}`, { headers: { ...headers, "accept-encoding": "identity" } });
    const html = await view.text();
    writeFileSync(staticPath, html); // same size as the view, served by the same server
    console.log(`mizan editor benchmark — node ${process.version}; document of ${beads.length} rows (${Buffer.byteLength(html)} bytes of HTML), ${connections} connections, ${duration} s each`);

    // Each pipeline loop takes the next row and confirms then unconfirms it. autocannon clears a
    // connection's context at every loop, so row versions live in one map for all connections;
    // 32 connections never hold the same one of 200 rows at once.
    let nextBead = 0;
    const failures: string[] = [];
    const versions = new Map(beads.map((b) => [b.id, b.version]));
    const operation = (op: "confirm" | "unconfirm"): autocannon.Request => ({
      method: "POST",
      path: `/api/documents/${id}/align`,
      setupRequest: (request, context: OperationContext) => {
        if (op === "confirm") context.bead = beads[nextBead++ % beads.length]?.id;
        const bead = context.bead ?? 0;
        return {
          ...request,
          headers: { ...headers, "content-type": "application/json", accept: "application/json", "x-csrf-token": session.csrf },
          body: JSON.stringify({ op, bead, version: versions.get(bead) }),
        };
      },
      onResponse: (status, body, context: OperationContext) => {
        if (status !== 200 && failures.length < 3) failures.push(`${status} ${body.slice(0, 200)}`);
        const bead = context.bead ?? 0;
        if (status === 200) versions.set(bead, (versions.get(bead) ?? 0) + 1);
      },
    });
    const gzipHeaders = { ...headers, "accept-encoding": "gzip" };
    const viewGzip = await run({ url: `${server.url}/documents/${id}`, connections, duration, headers: gzipHeaders });
    const viewResult = await run({ url: `${server.url}/documents/${id}`, connections, duration, headers });
    const staticResult = await run({ url: `${server.url}/assets/${STATIC_NAME}`, connections, duration, headers });
    const opResult = await run({ url: server.url, connections, duration, requests: [operation("confirm"), operation("unconfirm")] });

    // Structural operations: each loop takes a free pair of neighbouring rows (pairs three rows
    // apart, so no two loops touch the same or neighbouring rows), merges them and splits them back,
    // following the new rows by the ids each answer gives, and frees the pair.
    const structural: string[] = [];
    type Pair = { first: { id: number; version: number }; second: { id: number; version: number } };
    const pairs = new Map<number, Pair>();
    // The rows as they are now (the confirm/unconfirm run raised their versions).
    const fresh = ((await (await fetch(`${server.url}/api/documents/${id}`, { headers: { ...headers, accept: "application/json" } })).json()) as { beads: { id: number; version: number }[] }).beads;
    for (let k = 0; k * 3 + 1 < fresh.length; k++) {
      const first = fresh[k * 3];
      const second = fresh[k * 3 + 1];
      if (first && second) pairs.set(k, { first: { id: first.id, version: first.version }, second: { id: second.id, version: second.version } });
    }
    const free = [...pairs.keys()];
    const jsonHeaders = { ...headers, "content-type": "application/json", accept: "application/json", "x-csrf-token": session.csrf };
    const merge: autocannon.Request = {
      method: "POST",
      path: `/api/documents/${id}/align`,
      setupRequest: (request, context: StructuralContext) => {
        context.pair = free.shift() ?? 0;
        const pair = pairs.get(context.pair);
        return { ...request, headers: jsonHeaders, body: JSON.stringify({ op: "merge", bead: pair?.first.id, version: pair?.first.version, nextBead: pair?.second.id, nextVersion: pair?.second.version }) };
      },
      onResponse: (status, body, context: StructuralContext) => {
        if (status !== 200 && structural.length < 3) structural.push(`merge ${status} ${body.slice(0, 120)}`);
        if (status === 200) context.merged = (JSON.parse(body) as { bead: { id: number; version: number } }).bead;
      },
    };
    const split: autocannon.Request = {
      method: "POST",
      path: `/api/documents/${id}/align`,
      setupRequest: (request, context: StructuralContext) => ({
        ...request,
        headers: jsonHeaders,
        body: JSON.stringify({ op: "split", bead: context.merged?.id ?? 0, version: context.merged?.version ?? 0, enCount: 1, arCount: 1 }),
      }),
      onResponse: (status, body, context: StructuralContext) => {
        if (status !== 200 && structural.length < 3) structural.push(`split ${status} ${body.slice(0, 120)}`);
        if (context.pair === undefined) return;
        if (status === 200) {
          const answer = JSON.parse(body) as { bead: { id: number; version: number }; nextBead: { id: number; version: number } };
          pairs.set(context.pair, { first: answer.bead, second: answer.nextBead });
        }
        free.push(context.pair);
      },
    };
    const structuralResult = await run({ url: server.url, connections, duration, requests: [merge, split] });


    const row = (name: string, r: Latency, target?: number) =>
      `  ${name.padEnd(28)} p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   mean ${r.mean.toFixed(1).padStart(6)} ms   ${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors${target ? `   ${r.p99 < target ? "PASS" : "FAIL"} (p99 < ${target} ms)` : ""}`;
    console.log(row(`view, gzip (as browsers ask)`, viewGzip, 100));
    console.log(row(`view, uncompressed`, viewResult, 100));
    console.log(row("operation: confirm/unconfirm", opResult, 50));
    console.log(row("operation: merge/split", structuralResult, 50));
    if (structural.length > 0) console.log(`  first refused structural operations: ${structural.join(" | ")}`);
    console.log(row("static file, same size", staticResult));
    if (failures.length > 0) console.log(`  first refused operations: ${failures.join(" | ")}`);
    console.log(`  overhead of the view over the static file: p99 ×${(viewResult.p99 / Math.max(staticResult.p99, 1)).toFixed(2)}, mean ×${(viewResult.mean / Math.max(staticResult.mean, 0.01)).toFixed(2)}`);
  } finally {
    rmSync(staticPath, { force: true });
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
