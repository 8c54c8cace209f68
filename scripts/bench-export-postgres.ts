#!/usr/bin/env node
/**
 * Export of a large corpus from PostgreSQL: fills a fresh database on the given cluster with N
 * confirmed 1-1 pairs (documents of 100, paragraph texts cycled from the sample article, as
 * generate-corpus.ts does for SQLite) by INSERT … SELECT over generate_series, inside PostgreSQL,
 * then exports it in a child process through the store's streaming path (`mizan export`'s
 * exportCommand over openStore: iteratePairs, a server-side cursor), sampling the child's resident
 * memory at every 1 % of the pairs. Reports the time, pairs/s, and RSS at 10 %, 50 %, 100 % and
 * its peak: flat means it does not grow with the pairs. The database is dropped at the end.
 *
 * Usage: node dist/scripts/bench-export-postgres.js --pg postgresql://user@host:port/db [--pairs 1000000] [--format jsonl] [--keep]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { openStore } from "../server/store/open-store.js";
import { exportCommand } from "../server/cli/export-command.js";
import { sampleTexts } from "./generate-corpus.js";
import { freshBenchDatabase } from "./bench-database.js";

const PAIRS_PER_DOCUMENT = 100;
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

/** Fills the (migrated, empty) database at `url` with `pairs` confirmed pairs, in PostgreSQL itself. */
export async function generatePostgresCorpus(url: string, pairs: number): Promise<void> {
  openStore(url).close(); // the schema, by the store's own migrations
  const { en, ar } = sampleTexts();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const documents = Math.ceil(pairs / PAIRS_PER_DOCUMENT);
    const now = new Date().toISOString();
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO documents (id, title, published_en, published_ar, created_at, updated_at, findings_version)
       SELECT d, 'Generated story ' || d, '2020-01-' || lpad(((d - 1) % 28 + 1)::text, 2, '0'), '2020-01-' || lpad(((d - 1) % 28 + 1)::text, 2, '0'), $1, $1, 1
       FROM generate_series(1, $2::bigint) AS d`, [now, documents]);
    // Bead i (from 0) is row i % 100 of document i / 100 + 1, made of paragraphs 2i+1 (en) and 2i+2 (ar).
    await client.query(
      `INSERT INTO beads (id, document_id, position, status, score, signals)
       SELECT i + 1, i / ${PAIRS_PER_DOCUMENT} + 1, i % ${PAIRS_PER_DOCUMENT}, 'confirmed', 0.5 + ((i * 7919) % 500) / 1000.0, '{"shape":"1-1","lengthRatio":1.02}'
       FROM generate_series(0, $1::bigint - 1) AS i`, [pairs]);
    await client.query(
      `INSERT INTO paragraphs (id, document_id, side, position, text)
       SELECT 2 * i + s, i / ${PAIRS_PER_DOCUMENT} + 1, CASE s WHEN 1 THEN 'en' ELSE 'ar' END, i % ${PAIRS_PER_DOCUMENT},
              (CASE s WHEN 1 THEN $2::text[] ELSE $3::text[] END)[(i % CASE s WHEN 1 THEN $4::bigint ELSE $5::bigint END) + 1] || ' (' || i || ')'
       FROM generate_series(0, $1::bigint - 1) AS i, (VALUES (1), (2)) AS sides(s)`, [pairs, en, ar, en.length, ar.length]);
    await client.query(
      `INSERT INTO bead_paragraphs (bead_id, paragraph_id)
       SELECT i + 1, 2 * i + s FROM generate_series(0, $1::bigint - 1) AS i, (VALUES (1), (2)) AS sides(s)`, [pairs]);
    for (const table of ["documents", "beads", "paragraphs"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

type ChildResult = { seconds: number; pairs: number; bytes: number; rssMb: Record<string, number>; peakRssMb: number };

/** Child mode: one export of the whole corpus, RSS sampled at each 1 % of the pairs; prints JSON. */
async function child(url: string, format: string, out: string): Promise<void> {
  const store = openStore(url);
  const rssAt: Record<string, number> = {};
  let total = 0;
  let done = 0;
  let nextPercent = 1;
  let peak = process.memoryUsage().rss;
  const progress = {
    start: (n: number) => (total = n),
    tick: () => {
      done++;
      if (total > 0 && done * 100 >= nextPercent * total) {
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        rssAt[String(nextPercent)] = rss / 1048576;
        nextPercent++;
      }
    },
    stop: () => undefined,
  };
  const start = process.hrtime.bigint();
  const { report, files } = await exportCommand(store, { format, out, dbPath: url, name: "pgbench", status: "confirmed", progress });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  store.close();
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const result: ChildResult = { seconds, pairs: report.pairs, bytes, rssMb: rssAt, peakRssMb: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1048576 };
  process.stdout.write(JSON.stringify(result) + "\n");
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    await child(process.argv[3] ?? "", process.argv[4] ?? "", process.argv[5] ?? "");
    return;
  }
  const { values } = parseArgs({ options: { pg: { type: "string" }, pairs: { type: "string", default: "1000000" }, format: { type: "string", default: "jsonl" }, keep: { type: "boolean", default: false } } });
  if (!values.pg) throw new Error("--pg postgresql://… (the cluster to make the database on) is required");
  const pairs = Number(values.pairs);
  const format = values.format ?? "jsonl";
  const database = await freshBenchDatabase(values.pg, "export");
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-export-pg-"));
  try {
    console.log(`mizan export from PostgreSQL — node ${process.version}; ${pairs} pairs, ${format}, database ${database.location}; load average ${load()}`);
    const t0 = Date.now();
    await generatePostgresCorpus(database.location, pairs);
    console.log(`generated ${pairs} pairs in PostgreSQL in ${((Date.now() - t0) / 1000).toFixed(1)} s; load average ${load()}`);
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", database.location, format, `${dir}/`], { encoding: "utf8", maxBuffer: 1 << 20 });
    const r = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as ChildResult;
    const at = (p: string) => `${(r.rssMb[p] ?? NaN).toFixed(0)} MB`;
    console.log(`exported ${r.pairs} pairs (${(r.bytes / 1e6).toFixed(0)} MB of ${format}) in ${r.seconds.toFixed(1)} s: ${(r.pairs / r.seconds).toFixed(0)} pairs/s`);
    console.log(`RSS of the exporting process at 1 % ${at("1")}, 10 % ${at("10")}, 50 % ${at("50")}, 100 % ${at("100")}; peak ${r.peakRssMb.toFixed(0)} MB; load average ${load()}`);
    const flat = (r.rssMb["100"] ?? Infinity) - (r.rssMb["10"] ?? 0) < 64;
    console.log(flat ? "flat: RSS from 10 % to 100 % grew by less than 64 MB" : "NOT flat: RSS grew by 64 MB or more from 10 % to 100 %");
    if (!flat || r.pairs !== pairs) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!values.keep) await database.remove();
  }
}

await main();
