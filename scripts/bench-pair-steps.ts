#!/usr/bin/env node
/**
 * The archive job's pair stage in steps (services/archive-job.ts) at archive scale: N English and
 * N Arabic articles generated from the development set (generated-archive.ts) stored as the read
 * stage stores them, then the job's pair steps run one after another in this process, as the job
 * runner runs them, with FreeDict when installed. Prints the index build alone (preparePairing, the
 * part each worker does once per job, inside the first step it takes), then per stage the steps, their longest and total time
 * (wall and CPU), the pairs written, and the machine's load average (shared: read the figures
 * beside it).
 *
 *   node dist/scripts/bench-pair-steps.js [--articles 2000] [--spacing 61] [--set DIR] [--index-only]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import type { JobRecord } from "../server/store/types.js";
import { ARCHIVE_JOB } from "../server/services/archive-job.js";
import { lexiconFor } from "../server/services/align-resources.js";
import { preparePairing, DEFAULT_PAIRING } from "../server/domain/archive/pair-archive.js";
import { countOption } from "./count-option.js";
import { generateArchive, readSetSide } from "./generated-archive.js";

const args = process.argv.slice(2);
const k = args.indexOf("--set");
const setDir = k >= 0 && args[k + 1] ? (args[k + 1] as string) : join(ROOT, "..", "shared", "eval-pairing");
const N = countOption("articles", 2000);
const spacing = countOption("spacing", 61);
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

const en = generateArchive(readSetSide(setDir, "en"), N, spacing);
const ar = generateArchive(readSetSide(setDir, "ar"), N, spacing);
process.stdout.write(`${en.length} × ${ar.length} articles; load average before: ${load()}\n`);

const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

{
  const lexicon = lexiconFor([]);
  const started = Date.now();
  const cpu = process.cpuUsage();
  preparePairing(en, ar, { lexicon, glossary: [] });
  process.stdout.write(`index over the whole archive (preparePairing, FreeDict loaded before): ${((Date.now() - started) / 1000).toFixed(1)} s (CPU ${cpuSeconds(cpu).toFixed(1)} s; load average ${load()})\n`);
}

if (!args.includes("--index-only")) {
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-pair-steps-"));
  try {
    const store = openSqliteStore(join(dir, "bench.db"));
    const archiveId = store.createArchive({ name: "bench", windowDays: DEFAULT_PAIRING.windowDays, threshold: DEFAULT_PAIRING.threshold, createdBy: "admin" });
    store.storeArchiveBatch(archiveId, "en", 0, en.map((a) => ({ ...a, url: null })), []);
    store.storeArchiveBatch(archiveId, "ar", 0, ar.map((a) => ({ ...a, url: null })), []);
    const jobId = store.createJob({ kind: "archive", params: { archiveId, confirmAbove: null }, createdBy: "admin" });
    store.setJobProgress(jobId, "pair", 0, en.length);
    const stages = new Map<string, { steps: number; longest: number; wall: number; cpu: number }>();
    const whole = Date.now();
    const wholeCpu = process.cpuUsage();
    for (;;) {
      const job = store.getJob(jobId) as JobRecord;
      if (job.stage === "documents") break;
      const started = Date.now();
      const cpu = process.cpuUsage();
      await ARCHIVE_JOB.step(store, job);
      const wall = (Date.now() - started) / 1000;
      const row = stages.get(job.stage) ?? { steps: 0, longest: 0, wall: 0, cpu: 0 };
      stages.set(job.stage, { steps: row.steps + 1, longest: Math.max(row.longest, wall), wall: row.wall + wall, cpu: row.cpu + cpuSeconds(cpu) });
    }
    for (const [stage, row] of stages) {
      process.stdout.write(`stage ${stage}: ${row.steps} steps, longest ${row.longest.toFixed(2)} s, total ${row.wall.toFixed(1)} s (CPU ${row.cpu.toFixed(1)} s)\n`);
    }
    const steps = [...stages.values()].reduce((sum, row) => sum + row.steps, 0);
    process.stdout.write(
      `pair stage: ${steps} steps, ${((Date.now() - whole) / 1000).toFixed(1)} s (CPU ${cpuSeconds(wholeCpu).toFixed(1)} s), ${store.archiveCounts(archiveId).pairs.proposed} pairs proposed; ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (load average ${load()})\n`,
    );
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
