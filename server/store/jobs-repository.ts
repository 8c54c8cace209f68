/**
 * SQLite: jobs and the files they wait to read (tables jobs and job_files, migration 18). A job is
 * queued, then claimed by one runner (running, with the runner's name and a heartbeat), then done,
 * failed or cancelled, once. Its progress (stage, done of total) is written by the job's own steps,
 * inside the step's transaction, so what a restart resumes from is exactly what was committed; a
 * change of stage starts the rate anew (stage_started_at, stage_done_at_start). Every write is one
 * short BEGIN IMMEDIATE transaction, or a savepoint of the caller's when it runs inside one.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { JobError, JobRecord, JobState, NewJob } from "./types.js";
import { statement } from "./statements.js";

/** A running job whose runner has not been heard of for this long is taken to be abandoned (its process died). */
export const JOB_STALE_MS = 2 * 60 * 1000;

type JobRow = {
  id: number; kind: string; state: JobState; stage: string; done: number; total: number; params: string; result: string | null; error: string | null;
  cancel_requested: number; created_by: string; created_at: string; started_at: string | null; stage_started_at: string | null;
  stage_done_at_start: number; updated_at: string; finished_at: string | null; runner: string | null; heartbeat_at: string | null;
};

const parsed = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

function readError(text: string | null): JobError | null {
  const value = parsed(text);
  if (!value || typeof value !== "object") return null;
  const { code, params } = value as { code?: unknown; params?: unknown };
  if (typeof code !== "string") return null;
  const clean: Record<string, string | number> = {};
  if (params && typeof params === "object") {
    for (const [k, v] of Object.entries(params as Record<string, unknown>)) if (typeof v === "string" || typeof v === "number") clean[k] = v;
  }
  return { code, params: clean };
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id, kind: row.kind, state: row.state, stage: row.stage, done: row.done, total: row.total,
    stageStartedAt: row.stage_started_at, stageDoneAtStart: row.stage_done_at_start,
    params: parsed(row.params), result: parsed(row.result), error: readError(row.error),
    cancelRequested: row.cancel_requested !== 0, createdBy: row.created_by, createdAt: row.created_at, startedAt: row.started_at,
    updatedAt: row.updated_at, finishedAt: row.finished_at, runner: row.runner, heartbeatAt: row.heartbeat_at,
  };
}

const nowIso = () => new Date().toISOString();

export function createJob(db: SqlDatabase, job: NewJob): number {
  return db.transaction(() => {
    const at = nowIso();
    const id = Number(statement(db, "INSERT INTO jobs (kind, state, params, created_by, created_at, updated_at) VALUES (?, 'queued', ?, ?, ?, ?)")
      .run(job.kind, JSON.stringify(job.params ?? {}), job.createdBy, at, at).lastInsertRowid);
    const insert = statement(db, "INSERT INTO job_files (job_id, role, name, bytes) VALUES (?, ?, ?, ?)");
    for (const file of job.files ?? []) insert.run(id, file.role, file.name, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    return id;
  }).immediate();
}

export function getJob(db: SqlDatabase, id: number): JobRecord | null {
  const row = statement(db, "SELECT * FROM jobs WHERE id = ?").get(id) as JobRow | undefined;
  return row ? toRecord(row) : null;
}

export function listJobs(db: SqlDatabase, page: { limit: number; before?: number }): JobRecord[] {
  const limit = Math.max(1, Math.min(500, Math.floor(page.limit)));
  const rows = statement(db, "SELECT * FROM jobs WHERE id < ? ORDER BY id DESC LIMIT ?").all(page.before ?? Number.MAX_SAFE_INTEGER, limit) as JobRow[];
  return rows.map(toRecord);
}

const staleLimit = (now: string, staleBefore?: string): string => staleBefore ?? new Date(Date.parse(now) - JOB_STALE_MS).toISOString();

function takeJob(db: SqlDatabase, id: number, runner: string, now: string): JobRecord | null {
  statement(db,
    "UPDATE jobs SET state = 'running', runner = ?, heartbeat_at = ?, updated_at = ?, started_at = COALESCE(started_at, ?) WHERE id = ?",
  ).run(runner, now, now, now, id);
  return getJob(db, id);
}

/** Abandoned running jobs first (oldest first), then the oldest queued one; it becomes this runner's. */
export function claimNextJob(db: SqlDatabase, runner: string, now: string, staleBefore?: string): JobRecord | null {
  return db.transaction(() => {
    const abandoned = statement(db,
      "SELECT id FROM jobs WHERE state = 'running' AND (runner IS NULL OR runner = ? OR heartbeat_at IS NULL OR heartbeat_at < ?) ORDER BY id LIMIT 1",
    ).get(runner, staleLimit(now, staleBefore)) as { id: number } | undefined;
    const next = abandoned ?? (statement(db, "SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1").get() as { id: number } | undefined);
    return next ? takeJob(db, next.id, runner, now) : null;
  }).immediate();
}

/** Takes one job for `runner` when it is queued, abandoned or already this runner's; null when it has ended or another live runner has it. */
export function claimJob(db: SqlDatabase, id: number, runner: string, now: string, staleBefore?: string): JobRecord | null {
  return db.transaction(() => {
    const free = statement(db,
      "SELECT id FROM jobs WHERE id = ? AND (state = 'queued' OR (state = 'running' AND (runner IS NULL OR runner = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)))",
    ).get(id, runner, staleLimit(now, staleBefore)) as { id: number } | undefined;
    return free ? takeJob(db, id, runner, now) : null;
  }).immediate();
}

/** A runner that stops (its process closing) lets go of its job at once: the next runner resumes it without waiting for it to look abandoned. */
export function releaseJob(db: SqlDatabase, id: number, runner: string): void {
  db.transaction(() => {
    statement(db, "UPDATE jobs SET runner = NULL, heartbeat_at = NULL WHERE id = ? AND state = 'running' AND runner = ?").run(id, runner);
  }).immediate();
}

export function setJobProgress(db: SqlDatabase, id: number, stage: string, done: number, total: number): void {
  db.transaction(() => {
    const at = nowIso();
    // A new stage: its rate counts from now and from what it starts with.
    statement(db,
      `UPDATE jobs SET
         stage_started_at = CASE WHEN stage = ? AND stage_started_at IS NOT NULL THEN stage_started_at ELSE ? END,
         stage_done_at_start = CASE WHEN stage = ? AND stage_started_at IS NOT NULL THEN stage_done_at_start ELSE ? END,
         stage = ?, done = ?, total = ?, updated_at = ?
       WHERE id = ?`,
    ).run(stage, at, stage, Math.floor(done), stage, Math.floor(done), Math.floor(total), at, id);
  }).immediate();
}

export function touchJob(db: SqlDatabase, id: number, runner: string): void {
  db.transaction(() => {
    statement(db, "UPDATE jobs SET heartbeat_at = ? WHERE id = ? AND state = 'running' AND runner = ?").run(nowIso(), id, runner);
  }).immediate();
}

export function finishJob(db: SqlDatabase, id: number, state: "done" | "failed" | "cancelled", outcome?: unknown): boolean {
  return db.transaction(() => {
    const at = nowIso();
    const text = outcome === undefined ? null : JSON.stringify(outcome);
    const ended = statement(db,
      "UPDATE jobs SET state = ?, result = ?, error = ?, finished_at = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'running')",
    ).run(state, state === "done" ? text : null, state === "failed" ? text : null, at, at, id).changes > 0;
    // An ended job reads no file again: its uploads do not stay in the database.
    if (ended) dropJobFiles(db, id);
    return ended;
  }).immediate();
}

export function requestJobCancel(db: SqlDatabase, id: number): boolean {
  return db.transaction(() => {
    const at = nowIso();
    // Nobody runs a queued job yet: it is cancelled at once, and its files go.
    if (statement(db, "UPDATE jobs SET state = 'cancelled', cancel_requested = 1, finished_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'").run(at, at, id).changes > 0) {
      dropJobFiles(db, id);
      return true;
    }
    return statement(db, "UPDATE jobs SET cancel_requested = 1, updated_at = ? WHERE id = ? AND state = 'running'").run(at, id).changes > 0;
  }).immediate();
}

export function jobFile(db: SqlDatabase, id: number, role: string): { name: string; bytes: Uint8Array } | null {
  const row = statement(db, "SELECT name, bytes FROM job_files WHERE job_id = ? AND role = ?").get(id, role) as { name: string; bytes: Buffer } | undefined;
  return row ? { name: row.name, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : null;
}

export function dropJobFiles(db: SqlDatabase, id: number): void {
  db.transaction(() => {
    statement(db, "DELETE FROM job_files WHERE job_id = ?").run(id);
  }).immediate();
}
