#!/usr/bin/env node
/**
 * Export benchmark: generates corpora of N pairs directly into SQLite files (generate-corpus.ts),
 * then exports each to every chosen format in a fresh child process (`mizan export`
 * through exportCommand), reporting wall time and the child's peak resident memory. Memory should
 * stay flat as N grows (the export streams); the target is under 60 s per export.
 *
 *   node dist/scripts/bench-export.js [--sizes 100000,1000000] [--formats tmx,jsonl] [--dir DIR] [--keep]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { exportCommand } from "../server/cli/export-command.js";
import { generateCorpus } from "./generate-corpus.js";

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] ?? fallback : fallback;
}

/** Child mode: one export, then print time and peak memory as JSON. */
async function child(db: string, format: string, out: string): Promise<void> {
  const store = openSqliteStore(db);
  const start = process.hrtime.bigint();
  const { report, files } = await exportCommand(store, { format, out, dbPath: db, status: "confirmed" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  store.close();
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, units: report.units, bytes }) + "\n");
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    await child(process.argv[3] ?? "", process.argv[4] ?? "", process.argv[5] ?? "");
    return;
  }
  const sizes = arg("sizes", "100000,1000000").split(",").map(Number);
  const formats = arg("formats", "tmx,jsonl").split(",");
  const dir = arg("dir", join(tmpdir(), "mizan-bench-export"));
  mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  for (const size of sizes) {
    const db = join(dir, `corpus-${size}.db`);
    if (!existsSync(db)) {
      const t0 = Date.now();
      generateCorpus(db, size);
      process.stderr.write(`generated ${size} pairs in ${((Date.now() - t0) / 1000).toFixed(1)} s (${(statSync(db).size / 1e6).toFixed(0)} MB)\n`);
    }
    for (const format of formats) {
      const out = join(dir, `out-${size}`);
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out);
      const result = JSON.parse(execFileSync(process.execPath, [self, "--child", db, format, `${out}/`], { encoding: "utf8" })) as {
        seconds: number; maxRssMb: number; units: number; bytes: number;
      };
      const verdict = result.seconds < 60 ? "PASS" : "FAIL";
      rows.push(`${String(size).padStart(9)} pairs  ${format.padEnd(6)} ${result.seconds.toFixed(1).padStart(6)} s  peak RSS ${result.maxRssMb.toFixed(0).padStart(5)} MB  ${(result.bytes / 1e6).toFixed(0)} MB written  ${result.units} units  ${verdict}`);
      process.stderr.write(rows[rows.length - 1] + "\n");
      rmSync(out, { recursive: true, force: true });
    }
    if (!process.argv.includes("--keep")) rmSync(db, { force: true });
  }
  process.stdout.write(["export benchmark (target: < 60 s per export, memory flat)", ...rows].join("\n") + "\n");
}

await main();
