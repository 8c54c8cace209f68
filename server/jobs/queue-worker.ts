/**
 * Jobs spread over machines on PostgreSQL (issue 15): a queue worker takes the steps and batches
 * of mizan's jobs through pg-boss (its own schema `pgboss` in mizan's database), so any number of
 * `mizan worker` processes, on any machines, share them. On SQLite the app runs its jobs itself
 * (job-runner.ts); on PostgreSQL the app only creates them, unless MIZAN_APP_WORKER=1 makes it
 * one of the workers too (a one-machine set-up), because steps run beside the requests would
 * compete with them on the app's machine, and a second machine is the point of PostgreSQL.
 *
 * How a job runs:
 * - The `jobs` table stays the truth: stage, done of total, result and error, shown on /jobs as
 *   before. pg-boss is only the transport and the retry: a pg-boss job says "work on mizan job N",
 *   its queue retries it when its handler throws or its worker dies (the job expires after
 *   `stepTimeoutSeconds` unanswered, and another worker takes it).
 * - Dispatch: every worker looks for queued mizan jobs each `pollMs` and sends a step for each
 *   (queue STEP_QUEUE, policy "short" with the mizan job as singleton key: one step waits per job).
 * - Sequential stages (read, pair, pair-wide, the assignment): a step's handler claims the mizan
 *   job in the `jobs` table (jobs-repository claimJob: one runner at a time, with a heartbeat;
 *   a claim held by another live runner sends the step again a little later), then runs its
 *   steps in a worker thread (the `job-step` task) one after another for up to `sliceMs` (each
 *   step commits its work with the progress in one transaction, so a kill anywhere repeats
 *   nothing), lets go of the claim and sends the next step. Steps in slices rather than one per
 *   pg-boss job: the pairing keeps its index in the thread between steps (built in seconds), and
 *   a slice keeps it on one machine instead of building it again wherever the next step lands.
 *   The claim's heartbeat never outlives the step timeout, so a handler that hangs lets the job
 *   look abandoned (jobs-repository's JOB_STALE_MS later) and another worker takes it on.
 * - The fan-out stage (job-kinds.ts JobFanOut: an archive's documents): the step's handler sends
 *   the pending units in batches (queue BATCH_QUEUE, `fanOut.batchSize` units each, grouped by
 *   unit id so the same group has the same singleton key every time and is never waiting twice),
 *   then watches, claiming nothing (whoever watches does the same): it sends itself again every
 *   WATCH_MS, sending the groups still pending again (a batch whose retries ran out, units
 *   confirmed later) and ending the job when nothing is left.
 *   Any worker takes any batch (the `job-batch` task); each unit is made in one transaction that
 *   also marks it done (an archive pair's unique document_id), so a batch taken twice, retried or
 *   raced, never makes a document twice; the batch that leaves nothing to do ends the job.
 * - Stopping (SIGTERM): no new step or batch is taken, the slice under way stops after its
 *   current step and lets the job go, and pg-boss waits for the handlers under way (at most the
 *   step timeout) before it stops, so nothing is left half done or held.
 */
import PgBoss from "pg-boss";
import type { Store } from "../store/types.js";
import { openStore } from "../store/open-store.js";
import { createTaskPool, type TaskPool } from "./task-pool.js";
import { auditJobStart, endJob, HEARTBEAT_MS, newRunnerName, runnerIsGone } from "./job-runner.js";
import { jobKind, type JobFanOut } from "./job-kinds.js";
import "../services/job-kind-list.js";

export const STEP_QUEUE = "mizan-job-step";
export const BATCH_QUEUE = "mizan-job-batch";
/** pg-boss's tables live in this schema of mizan's database. */
export const BOSS_SCHEMA = "pgboss";
/** How often a job in its fan-out stage is looked at again (batches sent again, the end noticed). */
const WATCH_MS = 5_000;
/** A step sent again because another live runner held the job waits this long. */
const BUSY_DELAY_SECONDS = 5;
/**
 * A step or batch running longer than this in its thread is ended (the thread too), as in the app
 * (background.ts JOB_STEP_TIMEOUT_MS). Not the step timeout: that one only says when the queue
 * takes work for lost and offers it to another worker; the first may still finish it, harmlessly.
 */
const TASK_TIMEOUT_MS = 10 * 60 * 1000;
/** Longest wait for the queue to take a job sent: past it the handler fails, and its job is tried again. */
const SEND_TIMEOUT_MS = 30_000;

/** The promise, or a failure once SEND_TIMEOUT_MS has passed without its answer. */
function timed<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer in ${SEND_TIMEOUT_MS / 1000} s`)), SEND_TIMEOUT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export type QueueWorkerOptions = {
  /** Steps and batches run at once in this process (worker threads). */
  concurrency?: number;
  /** A step or batch unanswered for this long is taken to be lost (its worker died) and retried. */
  stepTimeoutSeconds?: number;
  /** How many times a failed step or batch is tried again before the job fails. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long one step's handler goes on running the job's steps before it hands the job on. */
  sliceMs?: number;
  /** How often queued mizan jobs are looked for. */
  pollMs?: number;
  log?: (line: string) => void;
};

export type QueueWorker = {
  /** This worker's name in the jobs table (host:pid:random). */
  readonly runner: string;
  /** Stops taking work, finishes (or lets go of) what is under way, closes the connections. */
  close(): Promise<void>;
};

type StepData = { jobId: number };
type BatchData = { jobId: number; units: number[] };

/** The units as batches that are the same every time they are pending: grouped by unit id (`size` ids a group). */
export function unitGroups(units: readonly number[], size: number): number[][] {
  const groups = new Map<number, number[]>();
  for (const unit of units) {
    const key = Math.floor(unit / size);
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups.values()];
}

/** The URL with its password hidden, for the log. */
export function shownLocation(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return location;
  }
}

export async function startQueueWorker(location: string, options: QueueWorkerOptions = {}): Promise<QueueWorker> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const stepTimeoutSeconds = Math.max(5, Math.floor(options.stepTimeoutSeconds ?? 600));
  const retryLimit = Math.max(0, Math.floor(options.retryLimit ?? 5));
  const retryDelay = Math.max(0, Math.floor(options.retryDelaySeconds ?? 5));
  // A slice ends well before the queue would take its step for lost.
  const sliceMs = Math.min(options.sliceMs ?? 30_000, (stepTimeoutSeconds * 1000) / 2);
  const pollMs = options.pollMs ?? 1_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runner = newRunnerName();
  const store: Store = openStore(location);
  const pool: TaskPool = createTaskPool(concurrency);
  const boss = new PgBoss({
    connectionString: location, schema: BOSS_SCHEMA, max: concurrency + 3, application_name: "mizan-worker",
    // Lost steps (a killed worker's) are noticed by the maintenance: often enough for the timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(stepTimeoutSeconds / 2))),
    schedule: false,
  });
  boss.on("error", (error) => log(`mizan worker: the queue said ${error.message}`));
  let closing = false;
  try {
    await boss.start();
    for (const queue of [STEP_QUEUE, BATCH_QUEUE]) await boss.createQueue(queue, { name: queue, policy: "short", retryLimit, retryDelay, expireInSeconds: stepTimeoutSeconds });
  } catch (error) {
    await pool.close();
    store.close();
    throw error;
  }
  const sendOptions = { retryLimit, retryDelay, expireInSeconds: stepTimeoutSeconds };
  const sendStep = (jobId: number, startAfterSeconds = 0) =>
    boss.send(STEP_QUEUE, { jobId } satisfies StepData, { ...sendOptions, singletonKey: `job:${jobId}`, ...(startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {}) });

  /**
   * The fan-out stage's watch: the pending units sent as batches (a group already waiting is not
   * sent twice), or, when none is pending, the end looked for; then the watch again in WATCH_MS.
   * It claims nothing: what it does is the same whoever does it, and at once.
   */
  async function watchFanOut(jobId: number, fanOut: JobFanOut, pending: readonly number[]): Promise<void> {
    const groups = unitGroups(pending, fanOut.batchSize);
    if (groups.length === 0) {
      // Nothing pending: a batch with no units ends the job when nothing is left anywhere.
      await pool.run({ kind: "job-batch", location, jobId, units: [] }, { timeoutMs: TASK_TIMEOUT_MS });
    } else {
      let sent = 0;
      for (const units of groups) {
        if (await timed(boss.send(BATCH_QUEUE, { jobId, units } satisfies BatchData, { ...sendOptions, singletonKey: `job:${jobId}:${units[0]}` }))) sent += 1;
      }
      if (sent > 0) log(`mizan worker: job ${jobId}: ${sent} batch(es) of ${pending.length} unit(s) left sent to the queue`);
    }
    const still = store.getJob(jobId);
    if (still && still.state === "running") await timed(sendStep(jobId, WATCH_MS / 1000));
  }

  /** One step's handler: the fan-out's watch, or else claims the job, runs its steps for a slice, lets it go and sends the next step. */
  async function onStep(given: PgBoss.JobWithMetadata<StepData>): Promise<void> {
    const jobId = given.data.jobId;
    const seen = store.getJob(jobId);
    if (!seen || (seen.state !== "queued" && seen.state !== "running")) return;
    const fanOut = jobKind(seen.kind)?.fanOut;
    const pendingAtStart = seen.state === "running" && !seen.cancelRequested ? fanOut?.pendingUnits(store, seen) ?? null : null;
    if (fanOut && pendingAtStart !== null) {
      await watchFanOut(jobId, fanOut, pendingAtStart);
      return;
    }
    if (seen.runner && runnerIsGone(seen.runner)) store.releaseJob(seen.id, seen.runner);
    const job = store.claimJob(jobId, runner, new Date().toISOString());
    if (!job) {
      await timed(sendStep(jobId, BUSY_DELAY_SECONDS));
      return;
    }
    if (seen.state === "queued" || seen.runner !== null) auditJobStart(store, job, job.done > 0 || job.stage !== "");
    // The heartbeat keeps the claim while the slice runs, never longer than a step may take: a
    // handler that hangs lets the job look abandoned, and another worker takes it.
    const claimedAt = Date.now();
    const heartbeat = setInterval(() => {
      if (Date.now() - claimedAt > stepTimeoutSeconds * 1000) clearInterval(heartbeat);
      else store.touchJob(jobId, runner);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    let next = false;
    try {
      for (;;) {
        const now = store.getJob(jobId);
        if (!now || now.state !== "running") return;
        if (now.cancelRequested) {
          endJob(store, now, "cancelled");
          log(`mizan worker: job ${jobId} cancelled`);
          return;
        }
        if (fanOut && fanOut.pendingUnits(store, now) !== null) {
          // The sequential stages are over: the watch (unclaimed) takes the job on.
          next = true;
          return;
        }
        const { state } = await pool.run({ kind: "job-step", location, jobId }, { timeoutMs: TASK_TIMEOUT_MS });
        if (state !== "running") {
          log(`mizan worker: job ${jobId} ${state}`);
          return;
        }
        if (closing || Date.now() - claimedAt > sliceMs) {
          next = true;
          return;
        }
      }
    } catch (error) {
      // A step's thread died (its time or memory ran out) or the database went away: tried again
      // by the queue, and after the last try the job fails, as in the app.
      next = false;
      if (given.retryCount >= given.retryLimit) {
        const failed = store.getJob(jobId);
        if (failed) endJob(store, failed, "failed", { code: "step-crashed", params: {} });
        log(`mizan worker: job ${jobId} failed after ${given.retryCount + 1} tries (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      throw error;
    } finally {
      clearInterval(heartbeat);
      store.releaseJob(jobId, runner);
      if (next) {
        const still = store.getJob(jobId);
        if (still && still.state === "running") await timed(sendStep(jobId));
      }
    }
  }

  /** One batch's handler: its units in a worker thread; the job ended when nothing is left. */
  async function onBatch(given: PgBoss.JobWithMetadata<BatchData>): Promise<void> {
    const { jobId, units } = given.data;
    const job = store.getJob(jobId);
    if (!job || (job.state !== "queued" && job.state !== "running")) return;
    try {
      const { state } = await pool.run({ kind: "job-batch", location, jobId, units }, { timeoutMs: TASK_TIMEOUT_MS });
      log(`mizan worker: job ${jobId}: batch of units ${units.join(", ")} done`);
      if (state !== "running" && state !== "queued") log(`mizan worker: job ${jobId} ${state}`);
    } catch (error) {
      if (given.retryCount >= given.retryLimit) {
        const failed = store.getJob(jobId);
        if (failed) endJob(store, failed, "failed", { code: "step-crashed", params: {} });
        log(`mizan worker: job ${jobId} failed: a batch failed ${given.retryCount + 1} times (${error instanceof Error ? error.message : String(error)})`);
        return;
      }
      throw error;
    }
  }

  const workOptions = { batchSize: 1, includeMetadata: true as const, pollingIntervalSeconds: 1 };
  for (let k = 0; k < concurrency; k += 1) {
    await boss.work<StepData>(STEP_QUEUE, workOptions, async ([job]) => (job ? onStep(job) : undefined));
    await boss.work<BatchData>(BATCH_QUEUE, workOptions, async ([job]) => (job ? onBatch(job) : undefined));
  }

  /** Sends a step for every queued mizan job (a job already waiting in the queue is not sent twice). */
  async function dispatch(): Promise<void> {
    for (const job of store.listJobs({ limit: 500 })) {
      if (closing) return;
      if (job.state === "queued" && !job.cancelRequested && jobKind(job.kind)) {
        const sent = await timed(sendStep(job.id));
        if (sent) log(`mizan worker: job ${job.id} (${job.kind}) sent to the queue`);
      }
    }
  }
  let dispatching: Promise<void> = Promise.resolve();
  const poll = setInterval(() => {
    dispatching = dispatching.then(dispatch).catch((error: unknown) => log(`mizan worker: could not look for jobs (${error instanceof Error ? error.message : String(error)}); looking again soon`));
  }, pollMs);
  dispatching = dispatch().catch((error: unknown) => log(`mizan worker: could not look for jobs (${error instanceof Error ? error.message : String(error)})`));
  log(`mizan worker: ${runner} takes jobs from ${shownLocation(location)} (${concurrency} at a time)`);

  return {
    runner,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(poll);
      await dispatching;
      await boss.stop({ graceful: true, wait: true, timeout: stepTimeoutSeconds * 1000 });
      await pool.close();
      store.close();
      log(`mizan worker: ${runner} stopped`);
    },
  };
}
