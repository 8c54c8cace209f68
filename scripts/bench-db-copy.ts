#!/usr/bin/env node
/**
 * `mizan db copy` benchmark: the sample corpus, then generated corpora of N pairs
 * (generate-corpus.ts), each copied from SQLite to a new PostgreSQL database and from there to a
 * new SQLite file, every copy in a fresh child process through dbCopyCommand (the copy, then the
 * count and checksum of every table on both sides). Reports rows, copy time, rows per second, the
 * check's time and the child's peak resident memory, which should stay flat as N grows (rows are
 * streamed in batches). The PostgreSQL databases are made on the cluster at --pg (an admin URL;
 * default $MIZAN_TEST_PG) and dropped at the end.
 *
 *   node dist/scripts/bench-db-copy.js --pg postgresql://user@127.0.0.1:5432/postgres [--sizes sample,100000] [--dir DIR]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dbCopyCommand } from "../server/cli/db-command.js";
import { openStore } from "../server/store/open-store.js";
import { openPgDatabase } from "../server/store/postgres/pg-database.js";
import { loadSampleCorpus } from "../server/services/load-sample.js";
import { generateCorpus } from "./generate-corpus.js";

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] ?? fallback : fallback;
}

type Measured = { rows: number; copySeconds: number; rowsPerSecond: number; checkSeconds: number; ok: boolean; maxRssMb: number };

/** Child mode: one copy and its check, then the figures as JSON. */
function child(from: string, to: string): void {
  const start = process.hrtime.bigint();
  const report = dbCopyCommand(from, to);
  const total = Number(process.hrtime.bigint() - start) / 1e9;
  const copied = report.copied ?? { rows: 0, seconds: 0, rowsPerSecond: 0 };
  const measured: Measured = {
    rows: copied.rows, copySeconds: copied.seconds, rowsPerSecond: copied.rowsPerSecond,
    checkSeconds: Math.round((total - copied.seconds) * 1000) / 1000, ok: report.ok, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(measured) + "\n");
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function sampleDatabase(path: string): Promise<void> {
  rmSync(path, { force: true });
  const store = openStore(path);
  try {
    await loadSampleCorpus(store);
  } finally {
    store.close();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    child(process.argv[3] ?? "", process.argv[4] ?? "");
    return;
  }
  const adminUrl = arg("pg", process.env.MIZAN_TEST_PG ?? "");
  if (!adminUrl) throw new Error("bench-db-copy needs a PostgreSQL cluster: --pg postgresql://user@host:port/postgres (or MIZAN_TEST_PG)");
  const sizes = arg("sizes", "sample,100000").split(",");
  const dir = arg("dir", join(tmpdir(), "mizan-bench-db-copy"));
  mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const admin = openPgDatabase(adminUrl);
  const made: string[] = [];
  const lines: string[] = [];
  const run = (from: string, to: string) =>
    JSON.parse(execFileSync(process.execPath, [self, "--child", from, to], { encoding: "utf8", maxBuffer: 1 << 20 })) as Measured;
  try {
    for (const size of sizes) {
      const source = join(dir, `source-${size}.db`);
      const back = join(dir, `back-${size}.db`);
      for (const path of [back, `${back}-wal`, `${back}-shm`]) rmSync(path, { force: true });
      if (size === "sample") await sampleDatabase(source);
      else generateCorpus(source, Number(size));
      const name = `bench_db_copy_${process.pid}_${size}`;
      admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      admin.exec(`CREATE DATABASE ${name}`);
      made.push(name);
      const pg = withDatabase(adminUrl, name);
      for (const [direction, from, to] of [["SQLite → PostgreSQL", source, pg], ["PostgreSQL → SQLite", pg, back]] as const) {
        const m = run(from, to);
        const line = `${size === "sample" ? "sample corpus" : `${size} pairs`} | ${direction} | ${m.rows} rows | copy ${m.copySeconds.toFixed(2)} s | ${m.rowsPerSecond} rows/s | check ${m.checkSeconds.toFixed(2)} s | peak ${m.maxRssMb} MB | ${m.ok ? "every table ok" : "MISMATCH"}`;
        process.stdout.write(line + "\n");
        lines.push(line);
      }
    }
  } finally {
    for (const name of made) admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    admin.close();
  }
  process.stdout.write("\n" + lines.join("\n") + "\n");
}

await main();
