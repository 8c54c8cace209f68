/**
 * What a kind of job is, and the registry of them. A job kind does its work in bounded steps: each
 * step commits its work and the job's progress (store.setJobProgress inside the same transaction),
 * so a kill between steps loses nothing and repeats nothing, and the runner (job-runner.ts) can
 * cancel or resume a job between any two steps. Services register their kinds
 * (services/job-kind-list.ts imports them all, for the worker threads and the command line);
 * a kind's name is permanent (it is stored in each job's row) and is named in the interface by
 * jobs.kinds.<kind> in both languages.
 */
import type { JobRecord, Store } from "../store/types.js";

export type JobStepOutcome = { finished: boolean; result?: unknown };

/**
 * A stage whose work is many independent units (an archive's confirmed pairs, each becoming a
 * document) that several processes may share: the jobs of PostgreSQL's workers
 * (jobs/queue-worker.ts) spread its batches over machines instead of running them as steps.
 */
export type JobFanOut = {
  /** The job's units still to do, in order, when it is at such a stage; null when it is at a sequential one. */
  pendingUnits(store: Store, job: JobRecord): number[] | null;
  /** Units per batch. */
  batchSize: number;
  /**
   * Does the units of one batch that are still to do (a unit done already, by this batch before a
   * kill or by another process, is skipped; each unit commits with the job's progress in one
   * transaction), then answers whether the whole stage, and so the job, is finished: nothing
   * left to do anywhere, counted inside one transaction.
   */
  runBatch(store: Store, job: JobRecord, units: readonly number[]): Promise<JobStepOutcome> | JobStepOutcome;
};

export type JobKind = {
  kind: string;
  /**
   * Does a bounded piece of work (seconds, not minutes), committing its work AND the job's progress
   * (store.setJobProgress(id, stage, done, total) inside the same transaction). Idempotent: run
   * again after a crash it continues from what was committed.
   */
  step(store: Store, job: JobRecord): Promise<JobStepOutcome> | JobStepOutcome;
  /** Its stage of independent units, if it has one (used by the queue workers on PostgreSQL; in-app, `step` does the same work in order). */
  fanOut?: JobFanOut;
};

const KINDS = new Map<string, JobKind>();

/** Adds a kind; the same object again is a no-op, another object under a taken name an error. */
export function registerJobKind(kind: JobKind): void {
  if (!/^[a-z][a-z0-9-]{0,39}$/u.test(kind.kind)) throw new Error(`jobs/job-kinds: "${kind.kind}" is not a job kind name (lower-case words joined by hyphens)`);
  const known = KINDS.get(kind.kind);
  if (known && known !== kind) throw new Error(`jobs/job-kinds: the job kind "${kind.kind}" is registered twice`);
  KINDS.set(kind.kind, kind);
}

export function jobKind(name: string): JobKind | null {
  return KINDS.get(name) ?? null;
}

/** The names of every kind registered so far. */
export function jobKindNames(): string[] {
  return [...KINDS.keys()].sort();
}
