/**
 * Every kind of job the app runs, registered in one place: the worker threads, the app and the
 * command line import this module, so a job created anywhere finds its kind wherever it runs.
 * Adding a kind: its module (one per kind, under services/), one import and register line here,
 * and jobs.kinds.<kind> in both locale files.
 */
import { registerJobKind, type JobKind } from "../jobs/job-kinds.js";
import { ARCHIVE_JOB_KINDS } from "./archive-job.js";

/** The kinds of this installation: an archive's import (read, pair, documents) and its documents alone. */
export const JOB_KINDS: readonly JobKind[] = [...ARCHIVE_JOB_KINDS];

for (const kind of JOB_KINDS) registerJobKind(kind);
