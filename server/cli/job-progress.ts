/**
 * A job's progress on the command line (stderr), for commands that run a job in-process
 * (jobs/job-runner.ts runJobToEnd): its stage, done of total, rate and time left, in the words and
 * digits of the command line's language (the same words as the jobs page, services/jobs-view.ts).
 * On a terminal, one line redrawn in place with a bar; otherwise (a pipe, a log) plain lines: one
 * when the stage changes, then at most one every few seconds, and the end. cli/progress.ts's
 * counting bar does not fit: a job has stages, and its rate is read from the job, not counted here.
 */
import type { JobRecord } from "../store/types.js";
import type { Translate } from "../web/http.js";
import { jobErrorText, jobProgressOf, kindLabel } from "../services/jobs-view.js";

/** A plain-lines stream (not a terminal) hears at most one line per stage this often. */
const PLAIN_EVERY_MS = 5000;
const BAR_WIDTH = 24;

export type JobProgressOutput = { write(text: string): unknown; isTTY?: boolean };

export type JobProgressBar = {
  /** The job as it is now (after a step). */
  update(job: JobRecord): void;
  /** The job has ended: the last line, and the terminal's line is left behind. */
  finish(job: JobRecord): void;
};

export function createJobProgress(t: Translate, out: JobProgressOutput = process.stderr, clock: () => Date = () => new Date()): JobProgressBar {
  const tty = out.isTTY === true;
  let lastStage: string | null = null;
  let lastPlainAt = 0;
  let drawn = false;

  const line = (job: JobRecord): string => {
    const view = jobProgressOf(job, t, clock());
    const text = t("jobs.cli.line", { id: job.id, stage: view.stageLabel, progress: view.progressText, rate: view.rateText, left: view.leftText })
      .replace(/\s+/gu, " ").trim();
    if (!tty || view.percent === null) return text;
    const filled = Math.round((view.percent / 100) * BAR_WIDTH);
    return `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${text}`;
  };

  return {
    update(job) {
      if (tty) {
        out.write(`\r${line(job)}\u001b[K`);
        drawn = true;
        return;
      }
      const now = clock().getTime();
      if (job.stage === lastStage && now - lastPlainAt < PLAIN_EVERY_MS) return;
      lastStage = job.stage;
      lastPlainAt = now;
      out.write(`${line(job)}\n`);
    },
    finish(job) {
      if (tty && drawn) out.write(`\r${line(job)}\u001b[K\n`);
      out.write(`${t("jobs.cli.ended", { id: job.id, kind: kindLabel(t, job.kind), state: t(`jobs.states.${job.state}`) })}\n`);
      if (job.state === "failed") out.write(`${jobErrorText(t, job.error)}\n`);
    },
  };
}
