/**
 * The jobs pages in words: the list of jobs (newest first, a page at a time), one job with its kind,
 * state, stage, done of total, rate and time left, who started it and when, and its result or
 * error in the reader's language; the same progress as data for the page script that keeps the
 * page live; and cancelling a job (only who started it, or a role that may cancel any job).
 * An archive job (issue 14) is said in its own words: its stages in order with the one under way,
 * its result as articles read per edition, files that could not be read, pairs proposed and
 * confirmed and documents made, the link to the archive's review once it is paired, and for a
 * failed one what to do next.
 * The routes (routes/jobs.ts) stay thin; the rules live here, for the command line too.
 */
import type { JobError, JobRecord, Store } from "../store/types.js";
import type { Actor } from "./review.js";
import type { Translate } from "../web/http.js";
import { can } from "../domain/auth/permissions.js";
import { jobPace } from "../domain/jobs/job-pace.js";
import { ForbiddenError } from "./errors.js";
import { NotFoundError } from "../store/conflict-error.js";

/** Jobs on one page of the list. */
export const JOBS_PAGE = 50;

export type JobProgressView = {
  id: number; state: JobRecord["state"]; live: boolean;
  stateLabel: string; stageLabel: string; progressText: string; rateText: string; leftText: string;
  /** 0–100, or null without a total. */
  percent: number | null;
  cancelRequested: boolean;
};

/** The stages of the archive kinds, in the order they run. */
const ARCHIVE_STAGES: Readonly<Record<string, readonly string[]>> = { archive: ["read", "pair", "documents"], "archive-documents": ["documents"] };

/** What an archive job's page adds: its stages, its result in words, its archive (linked once paired), what to do after a failure. */
export type ArchiveJobWords = {
  stages: { label: string; state: "done" | "current" | "waiting" }[];
  resultLines: string[];
  archive: { id: number; name: string; href: string | null } | null;
  whatToDo: { text: string; href: string; link: string } | null;
};

export type JobView = JobProgressView & {
  kindLabel: string; createdBy: string; createdAt: string; startedAt: string | null; finishedAt: string | null;
  errorText: string | null;
  result: { label: string; value: string | number; isNumber: boolean }[];
  mayCancel: boolean;
  archive: ArchiveJobWords | null;
};

function mustSee(actor: Actor): void {
  if (!can(actor.role, "see-jobs")) throw new ForbiddenError("role");
}

function jobOf(store: Store, id: number): JobRecord {
  const job = store.getJob(id);
  if (!job) throw new NotFoundError(`job:${id}`);
  return job;
}

/** A key's text, or `fallback` when the locale has no such key. */
function known(t: Translate, key: string, fallback: string, params: Record<string, unknown> = {}): string {
  const text = t(key, params);
  return text === key ? fallback : text;
}

export function kindLabel(t: Translate, kind: string): string {
  return known(t, `jobs.kinds.${kind}`, t("jobs.unknownKind", { kind }));
}

/** A job's error in words: a code of jobs.errors, or a locale key of its own (import.archive.<code> …), else "internal". */
export function jobErrorText(t: Translate, error: JobError | null): string {
  if (!error) return t("jobs.errors.internal");
  const params = { ...error.params };
  if (/^[a-z][\w-]*$/u.test(error.code)) {
    const own = known(t, `jobs.errors.${error.code}`, "", params);
    if (own) return own;
  }
  if (/^[a-z][\w-]*(\.[\w-]+)+$/u.test(error.code)) {
    const elsewhere = known(t, error.code, "", params);
    if (elsewhere) return elsewhere;
  }
  return t("jobs.errors.internal");
}

function leftText(t: Translate, seconds: number | null): string {
  if (seconds === null) return t("jobs.leftUnknown");
  if (seconds < 90) return t("jobs.leftSeconds", { count: Math.max(1, Math.round(seconds)) });
  if (seconds < 90 * 60) return t("jobs.leftMinutes", { count: Math.round(seconds / 60) });
  return t("jobs.leftHours", { count: Math.round(seconds / 3600) });
}

/** A job's progress in words (the page, its JSON, the command line's bar). */
export function jobProgressOf(job: JobRecord, t: Translate, now: Date): JobProgressView {
  const live = job.state === "queued" || job.state === "running";
  const pace = job.state === "running" ? jobPace(job, now) : { perSecond: null, secondsLeft: null };
  const stageLabel = job.stage === "" ? t("jobs.noStage") : known(t, `jobs.stages.${job.stage}`, job.stage);
  return {
    id: job.id, state: job.state, live,
    stateLabel: t(`jobs.states.${job.state}`),
    stageLabel,
    progressText: job.total > 0 ? t("jobs.progress", { done: job.done, total: job.total }) : job.done > 0 ? t("jobs.progressNoTotal", { done: job.done }) : "",
    rateText: pace.perSecond === null ? "" : t("jobs.rate", { rate: Math.round(pace.perSecond * 10) / 10 }),
    leftText: job.state === "running" ? leftText(t, pace.secondsLeft) : "",
    percent: job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : null,
    cancelRequested: job.cancelRequested,
  };
}

function resultLines(t: Translate, result: unknown): JobView["result"] {
  if (!result || typeof result !== "object" || Array.isArray(result)) return [];
  return Object.entries(result as Record<string, unknown>)
    .filter((entry): entry is [string, string | number] => typeof entry[1] === "number" || typeof entry[1] === "string")
    .map(([key, value]) => ({ label: /^[\w-]+$/u.test(key) ? known(t, `jobs.resultFields.${key}`, key) : key, value, isNumber: typeof value === "number" }));
}

const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);
const field = (value: unknown, key: string): unknown => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);

/** An archive job's result (services/archive-job.ts' ArchiveSummary) as sentences; nothing when it is not one. */
export function archiveResultLines(t: Translate, result: unknown): string[] {
  if (!result || typeof result !== "object" || typeof field(result, "archiveId") !== "number") return [];
  const articles = field(result, "articles");
  const unreadable = field(result, "unreadable");
  const pairs = field(result, "pairs");
  const bad = { en: count(field(unreadable, "en")), ar: count(field(unreadable, "ar")) };
  return [
    t("jobs.archive.articles", { en: count(field(articles, "en")), ar: count(field(articles, "ar")) }),
    bad.en + bad.ar === 0 ? t("jobs.archive.allRead") : t("jobs.archive.unreadable", bad),
    t("jobs.archive.pairs", { proposed: count(field(pairs, "proposed")), confirmed: count(field(pairs, "confirmed")) }),
    t("jobs.archive.documents", { documents: count(field(result, "documents")) }),
  ];
}

function archiveWordsOf(store: Store, job: JobRecord, t: Translate): ArchiveJobWords | null {
  const stages = ARCHIVE_STAGES[job.kind];
  if (!stages) return null;
  // The pairing's second pass ("pair-wide", when it runs) is part of the pairing stage in this list.
  const at = job.state === "done" ? stages.length : Math.max(0, stages.indexOf(job.stage === "pair-wide" ? "pair" : job.stage));
  const archiveId = field(job.params, "archiveId");
  const archive = typeof archiveId === "number" ? store.getArchive(archiveId) : null;
  return {
    stages: stages.map((stage, k) => ({ label: t(`jobs.stages.${stage}`), state: k < at ? "done" : k === at && job.state !== "done" ? "current" : "waiting" })),
    resultLines: job.state === "done" ? archiveResultLines(t, job.result) : [],
    archive: archive ? { id: archive.id, name: archive.name, href: archive.pairedAt === null ? null : `/archives/${archive.id}` } : null,
    whatToDo: job.state !== "failed" ? null
      : job.kind === "archive" || !archive ? { text: t(`jobs.archive.whatToDo.${job.kind}`), href: "/archives/new", link: t("jobs.archive.importAgain") }
        : { text: t(`jobs.archive.whatToDo.${job.kind}`), href: `/archives/${archive.id}`, link: t("jobs.archive.openArchive") },
  };
}

export function mayCancelJob(job: JobRecord, actor: Actor): boolean {
  return (job.state === "queued" || job.state === "running") && !job.cancelRequested
    && can(actor.role, "see-jobs") && (job.createdBy === actor.name || can(actor.role, "cancel-any-job"));
}

export type JobListView = {
  jobs: (JobProgressView & { kindLabel: string; createdBy: string; createdAt: string })[];
  olderHref: string | null;
  newestHref: string | null;
};

export function jobListView(store: Store, page: { before?: number }, actor: Actor, t: Translate, now: Date = new Date()): JobListView {
  mustSee(actor);
  const found = store.listJobs({ limit: JOBS_PAGE + 1, before: page.before });
  const shown = found.slice(0, JOBS_PAGE);
  const last = shown[shown.length - 1];
  return {
    jobs: shown.map((job) => ({ ...jobProgressOf(job, t, now), kindLabel: kindLabel(t, job.kind), createdBy: job.createdBy, createdAt: job.createdAt })),
    olderHref: found.length > JOBS_PAGE && last ? `/jobs?before=${last.id}` : null,
    newestHref: page.before === undefined ? null : "/jobs",
  };
}

export function jobView(store: Store, id: number, actor: Actor, t: Translate, now: Date = new Date()): JobView {
  mustSee(actor);
  const job = jobOf(store, id);
  const archive = archiveWordsOf(store, job, t);
  return {
    ...jobProgressOf(job, t, now),
    kindLabel: kindLabel(t, job.kind), createdBy: job.createdBy, createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt,
    errorText: job.state === "failed" ? jobErrorText(t, job.error) : null,
    // An archive job's result is said in sentences (archive.resultLines); any other result field by field.
    result: job.state === "done" && !archive?.resultLines.length ? resultLines(t, job.result) : [],
    mayCancel: mayCancelJob(job, actor),
    archive,
  };
}

export function jobProgressView(store: Store, id: number, actor: Actor, t: Translate, now: Date = new Date()): JobProgressView {
  mustSee(actor);
  return jobProgressOf(jobOf(store, id), t, now);
}

/** Asks the job to stop (a queued one stops at once); audited. False when it had ended already. */
export function cancelJob(store: Store, id: number, actor: Actor): boolean {
  mustSee(actor);
  const job = jobOf(store, id);
  if (job.createdBy !== actor.name && !can(actor.role, "cancel-any-job")) throw new ForbiddenError("role");
  return store.atomically(() => {
    const asked = store.requestJobCancel(id);
    if (asked) store.audit({ documentId: null, user: actor.name, action: "job-cancel", target: `job:${id}`, details: { kind: job.kind } });
    return asked;
  });
}
