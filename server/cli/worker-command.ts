/**
 * `mizan worker --db postgres://… [--concurrency N] [--step-timeout S]`: one of the processes
 * that run mizan's jobs on PostgreSQL (jobs/queue-worker.ts), on this machine or any other that
 * reaches the database. Refused on a SQLite file, whose jobs the app runs itself. The command
 * line starts it and stops it on SIGTERM or SIGINT (the step under way finished or let go).
 */
import { isPostgresLocation } from "../store/open-store.js";
import { startQueueWorker, type QueueWorker } from "../jobs/queue-worker.js";
import { translatorFor } from "../i18n/translate.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";

export type WorkerCommandOptions = { concurrency?: number; stepTimeoutSeconds?: number; log?: (line: string) => void };

/** The numbers as given on the command line, checked: whole numbers in range, or a refusal naming the option. */
export function workerOptions(given: { concurrency?: string; stepTimeout?: string }): { concurrency: number; stepTimeoutSeconds: number } {
  const t = translatorFor(cliLanguage());
  const whole = (text: string | undefined, fallback: number, option: string, low: number, high: number) => {
    if (text === undefined) return fallback;
    const x = Number(text);
    if (text.trim() === "" || !Number.isInteger(x) || x < low || x > high) throw new CliError(t("cli.worker.bad-number", { option, value: text, low, high }));
    return x;
  };
  return { concurrency: whole(given.concurrency, 1, "--concurrency", 1, 64), stepTimeoutSeconds: whole(given.stepTimeout, 600, "--step-timeout", 5, 86_400) };
}

/** Starts a queue worker on the database at `location` (a PostgreSQL URL). */
export async function workerCommand(location: string, options: WorkerCommandOptions = {}): Promise<QueueWorker> {
  if (!isPostgresLocation(location)) throw new CliError(translatorFor(cliLanguage())("cli.worker.needs-postgres", { db: location }));
  return startQueueWorker(location, { concurrency: options.concurrency, stepTimeoutSeconds: options.stepTimeoutSeconds, log: options.log });
}
