/**
 * Everything the app runs beside the requests, in one object: the interactive worker pool
 * (imports, re-alignment and exports a user waits for), the background pool, the findings
 * refresher that keeps the checks' findings fresh, and the purge of documents deleted longer ago
 * than they are kept (at start and every hour, in the background pool, in bounded batches so no
 * transaction holds the database long), and the job runner (job-runner.ts), whose steps run in the
 * background pool too. On PostgreSQL the jobs are the queue workers' (`mizan worker`,
 * queue-worker.ts): the app only creates them, and with MIZAN_APP_WORKER=1 it is one of the
 * workers itself. createApp starts one for its store; closing it ends the workers.
 */
import type { Store } from "../store/types.js";
import { createTaskPool, interactiveThreads, type TaskPool } from "./task-pool.js";
import { startFindingsRefresher, type FindingsRefresher } from "./findings-refresher.js";
import { RETENTION_DAYS } from "../services/document-manage.js";
import { startJobRunner, type JobRunner } from "./job-runner.js";
import { isPostgresLocation } from "../store/open-store.js";
import { startQueueWorker } from "./queue-worker.js";

/** A job's step is seconds of work; past this its worker is ended and the job fails (step-crashed). */
export const JOB_STEP_TIMEOUT_MS = 10 * 60 * 1000;

/** Documents purged per task: each is its own transaction; the next batch waits for this one. */
export const PURGE_BATCH = 20;
const PURGE_EVERY_MS = 60 * 60 * 1000;

export type Background = {
  tasks: TaskPool;
  findings: FindingsRefresher;
  /** Background jobs: wake() when one is created. */
  jobs: JobRunner;
  /** Purges every document past its time now (batch after batch); resolves with how many went. */
  purgeDeleted(now?: Date): Promise<number>;
  close(): Promise<void>;
};

/**
 * The app's jobs on PostgreSQL: the queue workers take every job the app creates (they look for
 * queued jobs each second, so there is nobody to wake); with MIZAN_APP_WORKER=1 this process
 * starts one of them. `settled` answers at once: the work is elsewhere.
 */
function queueJobs(location: string, log: (line: string) => void): JobRunner {
  const worker = process.env.MIZAN_APP_WORKER === "1" ? startQueueWorker(location, { log }) : null;
  worker?.catch((error: unknown) => log(`mizan: the app's queue worker could not start (${error instanceof Error ? error.message : String(error)})`));
  return {
    wake() {},
    settled: () => Promise.resolve(),
    async close() {
      if (worker) await (await worker.catch(() => null))?.close();
    },
  };
}

export function startBackground(store: Store, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Background {
  const tasks = createTaskPool(interactiveThreads());
  const checks = createTaskPool(1);
  const findings = startFindingsRefresher(store, checks, log);
  const jobs = isPostgresLocation(store.location) ? queueJobs(store.location, log) : startJobRunner(store, async (jobId) => (await checks.run({ kind: "job-step", location: store.location, jobId }, { timeoutMs: JOB_STEP_TIMEOUT_MS })).state, { log });
  let closed = false;
  let purging: Promise<number> | null = null;

  async function purgeAll(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      if (closed) return total;
      const { purged } = await checks.run({ kind: "purge-deleted", location: store.location, now: now.toISOString(), limit: PURGE_BATCH });
      total += purged.length;
      if (purged.length < PURGE_BATCH) return total;
    }
  }

  function purgeDeleted(now: Date = new Date()): Promise<number> {
    // One purge at a time; a second asks after the first.
    const next = (purging ?? Promise.resolve(0)).catch(() => 0).then(() => purgeAll(now));
    purging = next;
    return next;
  }

  const sweep = () => {
    purgeDeleted().then((count) => {
      if (count > 0) log(`mizan: removed for good ${count} document(s) deleted more than ${RETENTION_DAYS} days ago`);
    }, (error: unknown) => {
      if (!closed) log(`mizan: the purge of deleted documents failed (${error instanceof Error ? error.message : String(error)}); it is tried again in an hour`);
    });
  };
  sweep();
  const timer = setInterval(sweep, PURGE_EVERY_MS);
  timer.unref();

  return {
    tasks,
    findings,
    jobs,
    purgeDeleted,
    async close() {
      closed = true;
      clearInterval(timer);
      // The check and the job step under way answer before their pool is closed (a worker answering
      // a destroyed pool is an uncaught error in piscina).
      await Promise.all([findings.close(), jobs.close()]);
      await (purging ?? Promise.resolve(0)).catch(() => 0);
      await Promise.all([tasks.close(), checks.close()]);
    },
  };
}
