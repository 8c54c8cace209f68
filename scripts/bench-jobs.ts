#!/usr/bin/env node
/**
 * What running work as a job costs, on a temporary database file: (1) the runner's own cost per
 * step in-process (runJobToEnd, as the command line runs a job), for a kind whose step does nothing
 * but commit its progress (claim, step, progress in a transaction, heartbeat, progress read);
 * (2) a step through the app's background pool (a job-step task in a worker thread: the job read,
 * its kind looked up, the job ended, audited), over --jobs jobs the app's runner takes one after
 * another; (3) the jobs list's first page and one job's read with --rows jobs in the table.
 *
 *   node dist/scripts/bench-jobs.js [--steps 2000] [--jobs 200] [--rows 10000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { registerJobKind } from "../server/jobs/job-kinds.js";
import { runJobToEnd } from "../server/jobs/job-runner.js";
import { startBackground } from "../server/jobs/background.js";
import { countOption } from "./count-option.js";

const steps = countOption("steps", 2000);
const jobs = countOption("jobs", 200);
const rows = countOption("rows", 10000);

registerJobKind({
  kind: "bench-count",
  step(store, job) {
    const to = (job.params as { to: number }).to;
    store.atomically(() => store.setJobProgress(job.id, "count", job.done + 1, to));
    return { finished: job.done + 1 >= to };
  },
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-jobs-"));
  try {
    const store = openSqliteStore(join(dir, "bench.db"));

    const id = store.createJob({ kind: "bench-count", params: { to: steps }, createdBy: "bench" });
    let t0 = performance.now();
    const ended = await runJobToEnd(store, id);
    const inProcessMs = performance.now() - t0;
    if (ended.state !== "done" || ended.done !== steps) throw new Error(`bench-jobs: the counting job ended ${ended.state} at ${ended.done}`);
    console.log(`in-process steps: ${steps} in ${inProcessMs.toFixed(0)} ms = ${(inProcessMs / steps).toFixed(3)} ms a step`);

    const background = startBackground(store, () => {});
    await background.jobs.settled();
    const ids = store.atomically(() => Array.from({ length: jobs }, () => store.createJob({ kind: "no-such-kind", params: {}, createdBy: "bench" })));
    t0 = performance.now();
    background.jobs.wake();
    await background.jobs.settled();
    const workerMs = performance.now() - t0;
    await background.close();
    const failed = ids.filter((j) => store.getJob(j)?.error?.code === "unknown-kind").length;
    if (failed !== jobs) throw new Error(`bench-jobs: ${jobs - failed} of the worker's jobs did not end as expected`);
    console.log(`worker-thread steps: ${jobs} jobs in ${workerMs.toFixed(0)} ms = ${(workerMs / jobs).toFixed(2)} ms a job (one step each, the pool started cold)`);

    store.atomically(() => {
      for (let k = 0; k < rows; k++) store.createJob({ kind: "bench-count", params: { to: 1 }, createdBy: "bench" });
    });
    const list: number[] = [];
    const one: number[] = [];
    for (let run = 0; run < 50; run++) {
      t0 = performance.now();
      store.listJobs({ limit: 51 });
      list.push(performance.now() - t0);
      t0 = performance.now();
      store.getJob(1 + ((run * 7919) % rows));
      one.push(performance.now() - t0);
    }
    console.log(`with ${rows + jobs + 1} jobs: the list's first page ${median(list).toFixed(2)} ms, one job ${median(one).toFixed(3)} ms (median of 50)`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
