#!/usr/bin/env node
/**
 * What holding state in the database instead of one process's memory costs (README, "Several
 * instances on one database"): the time of one login rate-limit hit (store/rate-limits-repository.ts,
 * the upsert every failed login makes) and of one corpus stamp (store/corpus-stamp-repository.ts,
 * read before every document's checks) on a corpus of N small documents. Runs on a fresh SQLite
 * file, or on the PostgreSQL database given with MIZAN_BENCH_PG (an empty one: the documents are
 * made in it). Prints the median and 99th percentile of each, in microseconds.
 *
 *   node dist/scripts/bench-instance-reads.js [--documents 5000] [--calls 2000]
 *   MIZAN_BENCH_PG=postgresql://… node dist/scripts/bench-instance-reads.js
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../server/store/open-store.js";
import { countOption } from "./count-option.js";

const documents = countOption("documents", 5000);
const calls = countOption("calls", 2000);

const folder = process.env.MIZAN_BENCH_PG ? null : mkdtempSync(join(tmpdir(), "mizan-bench-instances-"));
const location = process.env.MIZAN_BENCH_PG || join(folder!, "mizan.db");
const store = openStore(location);

function timed(fn: (k: number) => void): { median: number; p99: number } {
  const times: number[] = [];
  for (let k = 0; k < calls; k++) {
    const started = process.hrtime.bigint();
    fn(k);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p99: times[Math.floor(times.length * 0.99)]! };
}

try {
  const made = Date.now();
  for (let k = store.countDocuments(); k < documents; k++) {
    store.createDocument({
      title: `Document ${k}`, en: [{ text: `Paragraph ${k}.`, boilerplate: null }], ar: [{ text: `فقرة ${k}.`, boilerplate: null }],
      beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }],
    }, "bench");
  }
  const engine = process.env.MIZAN_BENCH_PG ? "PostgreSQL" : "SQLite";
  process.stdout.write(`${engine}: ${store.countDocuments()} documents (made in ${((Date.now() - made) / 1000).toFixed(1)} s), ${calls} calls each\n`);
  const now = Date.now();
  const hit = timed((k) => store.hitRateLimit(`bench:client-${k % 50}`, 15 * 60 * 1000, now + k));
  process.stdout.write(`rate-limit hit:  median ${hit.median.toFixed(0)} µs, p99 ${hit.p99.toFixed(0)} µs\n`);
  const stamp = timed(() => store.corpusStamp());
  process.stdout.write(`corpus stamp:    median ${stamp.median.toFixed(0)} µs, p99 ${stamp.p99.toFixed(0)} µs\n`);
  const count = timed(() => store.countDocuments());
  process.stdout.write(`(countDocuments, what the stamp replaced: median ${count.median.toFixed(0)} µs, p99 ${count.p99.toFixed(0)} µs)\n`);
} finally {
  store.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
