/**
 * Runs jobs (job-kinds.ts) step by step. `runJobStep` does one step of one job wherever it is
 * called (a worker thread of the background pool in the app, the process itself on the command
 * line): between steps it honours a cancel request, a step that throws fails the job with its
 * coded error (a CodedError's code and params; anything else "internal"), a finished step ends it
 * done with its result; each start, cancel request and end is in the audit log. `startJobRunner` is
 * the app's loop: one job at a time per process (SQLite has one writer), running jobs a dead process
 * left first, then queued ones oldest first; woken when a job is created, and every half minute for
 * jobs created elsewhere. `runJobToEnd` runs one job in-process for the command line, with progress.
 * `runJobBatch` does one batch of a kind's fan-out stage (the queue workers on PostgreSQL).
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { JobError, JobRecord, JobState, Store } from "../store/types.js";
import { CodedError } from "../domain/coded-error.js";
import { jobKind } from "./job-kinds.js";

/** How often a running job's runner says it is alive (a job unheard of for store/jobs-repository.ts's JOB_STALE_MS is resumed elsewhere). */
export const HEARTBEAT_MS = 30_000;
/** How often an idle runner looks for jobs created by another process. */
const POLL_MS = 30_000;

/** A name for this process's runner, unique across processes and machines. */
export function newRunnerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/**
 * Whether a runner is a process of this machine that has ended (killed, crashed): its job need not
 * wait JOB_STALE_MS to look abandoned. Runners of other machines, or alive, are never judged here.
 */
export function runnerIsGone(runner: string, host: string = hostname()): boolean {
  const [runnerHost, pidText] = runner.split(":");
  const pid = Number(pidText);
  if (runnerHost !== host || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Lets go of running jobs whose runner was a process of this machine that has ended, so they resume at once. */
export function releaseJobsOfGoneRunners(store: Store): number {
  let released = 0;
  for (const job of store.listJobs({ limit: 500 })) {
    if (job.state === "running" && job.runner && runnerIsGone(job.runner)) {
      store.releaseJob(job.id, job.runner);
      released++;
    }
  }
  return released;
}

/** What a thrown error is stored as: a coded error keeps its code, anything else is "internal". */
export function jobErrorOf(error: unknown): JobError {
  if (error instanceof CodedError) return { code: error.code, params: error.params };
  return { code: "internal", params: {} };
}

/** Ends a job and says so in the audit log (nothing when it had ended already). */
export function endJob(store: Store, job: JobRecord, state: "done" | "failed" | "cancelled", outcome?: unknown): void {
  store.atomically(() => {
    if (!store.finishJob(job.id, state, outcome)) return;
    store.audit({ documentId: null, user: job.createdBy, action: "job-end", target: `job:${job.id}`, details: { kind: job.kind, state } });
  });
}

/** Records that a runner has taken a job (first start or resumed). */
export function auditJobStart(store: Store, job: JobRecord, resumed: boolean): void {
  store.audit({ documentId: null, user: job.createdBy, action: "job-start", target: `job:${job.id}`, details: { kind: job.kind, resumed } });
}

/**
 * One step of a running job: cancelled when that was asked, else the kind's step, then the job's
 * state (running: more steps to come). `log` hears of errors that are not coded (their stack).
 */
export async function runJobStep(store: Store, jobId: number, log: (line: string) => void = () => {}): Promise<JobState> {
  const job = store.getJob(jobId);
  if (!job) return "failed";
  if (job.state !== "running") return job.state;
  if (job.cancelRequested) {
    endJob(store, job, "cancelled");
    return "cancelled";
  }
  const kind = jobKind(job.kind);
  if (!kind) {
    endJob(store, job, "failed", { code: "unknown-kind", params: { kind: job.kind } } satisfies JobError);
    return "failed";
  }
  try {
    const outcome = await kind.step(store, job);
    if (outcome.finished) endJob(store, job, "done", outcome.result ?? null);
  } catch (error) {
    if (!(error instanceof CodedError)) log(`mizan: job ${job.id} (${job.kind}) failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    endJob(store, job, "failed", jobErrorOf(error));
  }
  return store.getJob(jobId)?.state ?? "failed";
}

/**
 * One batch of a job's fan-out stage (job-kinds.ts JobFanOut; the queue workers on PostgreSQL):
 * nothing when the job has ended or has no such stage; cancelled when that was asked; a coded
 * error fails the job at once (as a step's does), anything else is thrown for the queue to retry.
 * Ends the job done when the batch says nothing is left; answers the job's state after it.
 */
export async function runJobBatch(store: Store, jobId: number, units: readonly number[]): Promise<JobState> {
  const job = store.getJob(jobId);
  if (!job) return "failed";
  if (job.state !== "running" && job.state !== "queued") return job.state;
  if (job.cancelRequested) {
    endJob(store, job, "cancelled");
    return "cancelled";
  }
  const fanOut = jobKind(job.kind)?.fanOut;
  if (!fanOut) return job.state;
  try {
    const outcome = await fanOut.runBatch(store, job, units);
    if (outcome.finished) endJob(store, job, "done", outcome.result ?? null);
  } catch (error) {
    if (!(error instanceof CodedError)) throw error;
    endJob(store, job, "failed", jobErrorOf(error));
  }
  return store.getJob(jobId)?.state ?? "failed";
}

/** Runs the steps of a job this runner has claimed until it ends or `stop()` says to stop; beats its heart meanwhile. */
async function driveJob(store: Store, job: JobRecord, runner: string, step: (jobId: number) => Promise<JobState>, stop: () => boolean, afterStep?: (job: JobRecord) => void): Promise<void> {
  const heartbeat = setInterval(() => store.touchJob(job.id, runner), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    for (;;) {
      if (stop()) {
        store.releaseJob(job.id, runner);
        return;
      }
      let state: JobState;
      try {
        state = await step(job.id);
      } catch {
        // The step's worker died (its time or memory ran out): the job cannot go on.
        endJob(store, job, "failed", { code: "step-crashed", params: {} } satisfies JobError);
        state = "failed";
      }
      const now = store.getJob(job.id);
      if (now && afterStep) afterStep(now);
      if (state !== "running") return;
      store.touchJob(job.id, runner);
    }
  } finally {
    clearInterval(heartbeat);
  }
}

export type JobRunner = {
  /** A job was created: look for it now. */
  wake(): void;
  /** Resolves when the runner has no job to run (every job it could take has ended). */
  settled(): Promise<void>;
  /** Stops after the step under way; a job still running is let go for the next runner. */
  close(): Promise<void>;
};

/**
 * The app's loop. `step` runs one step of a job (in the app: a job-step task in the background
 * pool; in a test, runJobStep itself).
 */
export function startJobRunner(store: Store, step: (jobId: number) => Promise<JobState>, options: { runner?: string; log?: (line: string) => void } = {}): JobRunner {
  const runner = options.runner ?? newRunnerName();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let closed = false;
  let woken = true;
  let idle = false;
  let ring: (() => void) | null = null;
  let settledWaiters: (() => void)[] = [];

  const wake = () => {
    woken = true;
    ring?.();
  };
  const poll = setInterval(wake, POLL_MS);
  poll.unref();

  async function loop(): Promise<void> {
    while (!closed) {
      if (!woken) {
        idle = true;
        for (const resolve of settledWaiters) resolve();
        settledWaiters = [];
        await new Promise<void>((resolve) => {
          ring = resolve;
        });
        ring = null;
        idle = false;
        continue;
      }
      woken = false;
      for (;;) {
        if (closed) break;
        let job: JobRecord | null;
        try {
          releaseJobsOfGoneRunners(store);
          job = store.claimNextJob(runner, new Date().toISOString());
        } catch (error) {
          log(`mizan: could not look for jobs (${error instanceof Error ? error.message : String(error)}); looking again soon`);
          break;
        }
        if (!job) break;
        try {
          auditJobStart(store, job, job.done > 0 || job.stage !== "");
          await driveJob(store, job, runner, step, () => closed);
        } catch (error) {
          log(`mizan: job ${job.id} could not be run (${error instanceof Error ? error.message : String(error)})`);
        }
      }
    }
    for (const resolve of settledWaiters) resolve();
    settledWaiters = [];
  }
  const running = loop();

  return {
    wake,
    settled: () => (idle && !woken) || closed ? Promise.resolve() : new Promise<void>((resolve) => settledWaiters.push(resolve)),
    async close() {
      closed = true;
      clearInterval(poll);
      ring?.();
      await running;
    },
  };
}

/**
 * Runs one job in this process until it ends, for the command line: `onProgress` hears the job after
 * every step. When another live runner has the job, it follows that runner's progress instead.
 * Run again after a kill, it resumes from the last committed step. Resolves with the ended job.
 */
export async function runJobToEnd(store: Store, jobId: number, options: { onProgress?: (job: JobRecord) => void; runner?: string; log?: (line: string) => void } = {}): Promise<JobRecord> {
  const runner = options.runner ?? newRunnerName();
  for (;;) {
    const current = store.getJob(jobId);
    if (!current) throw new Error(`jobs/job-runner: there is no job ${jobId}`);
    if (current.state !== "queued" && current.state !== "running") return current;
    if (current.runner && runnerIsGone(current.runner)) store.releaseJob(current.id, current.runner);
    const job = store.claimJob(jobId, runner, new Date().toISOString());
    if (job) {
      auditJobStart(store, job, job.done > 0 || job.stage !== "");
      options.onProgress?.(job);
      await driveJob(store, job, runner, (id) => runJobStep(store, id, options.log), () => false, options.onProgress);
    } else {
      // Another process runs it: show its progress until it ends (or is abandoned, and taken here).
      options.onProgress?.(current);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
