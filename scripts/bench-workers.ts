#!/usr/bin/env node
/**
 * Jobs spread over worker processes on PostgreSQL (issue 15): the same archive job, once per
 * count of `mizan worker` processes (default 1, then 2), each on a fresh database of a PostgreSQL
 * cluster. The archives are the whole-flow benchmark's (scripts/flow-archives.ts: N true pairs,
 * 10 % more English-only and 20 % more Arabic-only articles, copies of the pairing development
 * set), every proposed pair confirmed at once (at the pairing threshold) so each becomes a
 * document, aligned and checked. The workers are started and ready before the job is created;
 * the time runs from its creation to its end, with each stage's time (polled from the jobs table).
 * Then "each pair done once" is checked: documents = confirmed pairs = pairs marked with a
 * document, the marks distinct, one made-document audit entry each; and the pairs found against
 * the true ones. Prints a line per run and the speed-up.
 *
 *   node dist/scripts/bench-workers.js --admin postgresql://USER@HOST:PORT/postgres [--pairs 2000] [--workers 1,2]
 *     [--prefix mizan_bench] [--concurrency 1] [--seed 1] [--set DIR] [--keep]
 *
 * `--admin` (default $MIZAN_BENCH_PG, then $MIZAN_TEST_PG) names a database of a cluster where the
 * script may create and drop databases named `<prefix>_<pid>_<workers>`.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { openStore } from "../server/store/open-store.js";
import { openPgDatabase } from "../server/store/postgres/pg-database.js";
import { ARCHIVE_DEFAULTS, startArchiveImport } from "../server/services/archive-start.js";
import type { Store } from "../server/store/types.js";
import type { SqlDatabase } from "../server/store/sql-database.js";
import { countOption } from "./count-option.js";
import { FLOW_DEFAULTS, generateFlowArchives, jsonLinesOf, type FlowArchives } from "./flow-archives.js";
import { startWorkerProcess, type WorkerProcess } from "./worker-process.js";

const option = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] ? (process.argv[k + 1] as string) : fallback;
};

type Run = {
  workers: number; seconds: number; stages: Map<string, number>; documents: number; confirmed: number; marked: number; distinct: number; audited: number;
  found: number; truePairs: number; batches: number[]; load: string;
};

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function runWith(admin: string, name: string, workerCount: number, archives: FlowArchives, files: { en: Uint8Array; ar: Uint8Array }, concurrency: number): Promise<Run> {
  const url = withDatabase(admin, name);
  const store = openStore(url) as Store & { db: SqlDatabase };
  const workers: WorkerProcess[] = [];
  try {
    for (let k = 0; k < workerCount; k += 1) workers.push(await startWorkerProcess(url, ["--concurrency", String(concurrency)]));
    const started = Date.now();
    const { archiveId, jobId } = startArchiveImport(store, { en: { name: "en.jsonl", bytes: files.en }, ar: { name: "ar.jsonl", bytes: files.ar } }, {
      name: "bench-workers", windowDays: ARCHIVE_DEFAULTS.windowDays, threshold: ARCHIVE_DEFAULTS.threshold, confirmAbove: ARCHIVE_DEFAULTS.threshold, user: "bench",
    });
    const stages = new Map<string, number>();
    let stage = "";
    let stageAt = started;
    let lastLine = started;
    for (;;) {
      const job = store.getJob(jobId);
      if (!job) throw new Error(`job ${jobId} is gone`);
      if (job.stage !== stage) {
        stages.set(stage || "queued", (stages.get(stage || "queued") ?? 0) + (Date.now() - stageAt) / 1000);
        stage = job.stage;
        stageAt = Date.now();
      }
      if (job.state !== "queued" && job.state !== "running") {
        stages.set(stage, (stages.get(stage) ?? 0) + (Date.now() - stageAt) / 1000);
        if (job.state !== "done") throw new Error(`job ${jobId} ended ${job.state}: ${JSON.stringify(job.error)}\n${workers.map((w) => w.log()).join("\n")}`);
        break;
      }
      if (Date.now() - lastLine > 60_000) {
        process.stderr.write(`  ${workerCount} worker(s): ${job.stage} ${job.done}/${job.total} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
        lastLine = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (Date.now() - started) / 1000;
    const counts = store.archiveCounts(archiveId);
    const marks = store.db.prepare("SELECT COUNT(document_id) AS marked, COUNT(DISTINCT document_id) AS distinct_marked FROM archive_pairs WHERE archive_id = ?").get(archiveId) as { marked: number; distinct_marked: number };
    const audited = (store.db.prepare("SELECT COUNT(*) AS n FROM history WHERE action = 'archive-document'").get() as { n: number }).n;
    const pairs = store.db.prepare("SELECT en_article, ar_article FROM archive_pairs WHERE archive_id = ? AND status = 'confirmed'").all(archiveId) as { en_article: string; ar_article: string }[];
    const found = pairs.filter((p) => archives.truePairs.get(p.en_article) === p.ar_article).length;
    const batches = workers.map((w) => (w.log().match(/: batch of units /gu) ?? []).length);
    return {
      workers: workerCount, seconds, stages, documents: store.listDocuments().length, confirmed: counts.pairs.confirmed, marked: marks.marked, distinct: marks.distinct_marked,
      audited, found, truePairs: archives.truePairs.size, batches, load: loadavg().map((x) => x.toFixed(1)).join(" "),
    };
  } finally {
    for (const worker of workers) await worker.stop();
    store.close();
  }
}

async function main(): Promise<void> {
  const admin = option("admin", process.env.MIZAN_BENCH_PG ?? process.env.MIZAN_TEST_PG ?? "");
  if (!admin) throw new Error("bench-workers needs --admin postgresql://… (or MIZAN_BENCH_PG): a cluster where it may create databases");
  const pairs = countOption("pairs", 2000);
  const concurrency = countOption("concurrency", 1);
  const seed = countOption("seed", FLOW_DEFAULTS.seed);
  const counts = option("workers", "1,2").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const prefix = option("prefix", "mizan_bench");
  const keep = process.argv.includes("--keep");
  const setDir = option("set", join(ROOT, "..", "shared", "eval-pairing"));
  const archives = generateFlowArchives({ ...FLOW_DEFAULTS, setDir, pairs, seed });
  const files = { en: new Uint8Array(Buffer.from(jsonLinesOf(archives.en))), ar: new Uint8Array(Buffer.from(jsonLinesOf(archives.ar))) };
  process.stdout.write(`bench-workers: ${pairs} true pairs (${archives.en.length} English + ${archives.ar.length} Arabic articles), workers ${counts.join(", ")}, concurrency ${concurrency} each\n`);
  const cluster = openPgDatabase(admin);
  const runs: Run[] = [];
  try {
    for (const workers of counts) {
      const name = `${prefix}_${process.pid}_${workers}`;
      cluster.exec(`DROP DATABASE IF EXISTS ${name}`);
      cluster.exec(`CREATE DATABASE ${name}`);
      try {
        const run = await runWith(admin, name, workers, archives, files, concurrency);
        runs.push(run);
        const stages = [...run.stages].filter(([, s]) => s >= 0.05).map(([stage, s]) => `${stage} ${s.toFixed(1)} s`).join(", ");
        const once = run.documents === run.confirmed && run.marked === run.confirmed && run.distinct === run.confirmed && run.audited === run.confirmed;
        process.stdout.write(
          `${workers} worker(s): ${run.seconds.toFixed(1)} s (${stages}); ${run.documents} documents of ${run.confirmed} confirmed pairs, ` +
          `marked ${run.marked}, distinct ${run.distinct}, audited ${run.audited}: each pair done once ${once ? "yes" : "NO"}; ` +
          `true pairs found ${run.found}/${run.truePairs}; batches per worker ${run.batches.join(" + ")}; load ${run.load}\n`,
        );
      } finally {
        if (!keep) cluster.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
  } finally {
    cluster.close();
  }
  const one = runs.find((r) => r.workers === 1);
  for (const run of runs) {
    if (one && run !== one) process.stdout.write(`${run.workers} workers against 1: ${(one.seconds / run.seconds).toFixed(2)}× as fast (${run.seconds.toFixed(1)} s against ${one.seconds.toFixed(1)} s)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-workers: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
