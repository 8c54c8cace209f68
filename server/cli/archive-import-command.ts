/**
 * `mizan archive import EN AR --db FILE [--name] [--window] [--threshold] [--confirm-above] [--user]`:
 * stores two editions' archives in the database, pairs them and makes documents of the pairs
 * confirmed at once, as the upload form does, but running the archive job in this process with a
 * progress bar. Each edition is an archive file (ZIP, WXR, JSON lines) or a folder with
 * `<folder>.jsonl` beside it, packed here as a stored ZIP. The job's params keep a SHA-256 of both
 * files' bytes and the options: run again with the same inputs, the command resumes the
 * unfinished job instead of starting another (or, when it is done, says so and adds nothing). Like a server, it holds the database's shared lock
 * (store/database-lock.ts), so it never runs during a restore; a server may run meanwhile.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import cliProgress from "cli-progress";
import { holdDatabase } from "../store/database-lock.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import type { JobRecord, Store } from "../store/types.js";
import { writeStoredZip } from "../import/write-stored-zip.js";
import type { ZipEntry } from "../import/read-zip.js";
import { archiveInputHash, checkArchiveOptions, MAX_ARCHIVE_BYTES, startArchiveImport, type ArchiveFile, type ArchiveOptions } from "../services/archive-start.js";
import { ARCHIVE_JOB_KINDS, type ArchiveSummary } from "../services/archive-job.js";
import { translatorFor } from "../i18n/translate.js";
import { CodedError } from "../domain/coded-error.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";


/** A folder as a stored ZIP: `<name>.jsonl` (the listing beside it) at the top and `<name>/<file>` for each of its files. */
export function packArchiveFolder(folder: string): ArchiveFile {
  const trimmed = folder.replace(/[\\/]+$/u, "");
  const name = basename(trimmed);
  const listing = join(dirname(trimmed), `${name}.jsonl`);
  const entries: ZipEntry[] = [{ name: `${name}.jsonl`, bytes: readFileSync(listing) }];
  let bytes = entries[0]?.bytes.byteLength ?? 0;
  for (const file of readdirSync(trimmed).sort()) {
    const path = join(trimmed, file);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    bytes += content.byteLength;
    if (bytes > MAX_ARCHIVE_BYTES) throw new CliError(translatorFor(cliLanguage())("cli.archive.input-too-large", { path: folder, bytes: MAX_ARCHIVE_BYTES }));
    entries.push({ name: `${name}/${file}`, bytes: content });
  }
  return { name: `${name}.zip`, bytes: writeStoredZip(entries) };
}

/** One edition's input: a folder packed, or a file's bytes. */
export function archiveInput(path: string): ArchiveFile {
  const t = translatorFor(cliLanguage());
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new CliError(t("cli.archive.no-input", { path, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  if (stat.isDirectory()) {
    try {
      return packArchiveFolder(path);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(t("cli.archive.no-input", { path, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
  }
  if (stat.size > MAX_ARCHIVE_BYTES) throw new CliError(t("cli.archive.input-too-large", { path, bytes: MAX_ARCHIVE_BYTES }));
  return { name: basename(path), bytes: readFileSync(path) };
}

export type JobProgressListener = (job: JobRecord) => void;

/**
 * Stand-in for the jobs helper's `runJobToEnd(store, jobId, onProgress)` (job-runner.ts): runs the
 * job's steps in this process until it is finished, marking it done with its result, cancelled
 * when someone asked for that between steps (the jobs page), or failed with the coded error a step
 * threw (then rethrown).
 */
export async function runJobToEnd(store: Store, jobId: number, onProgress: JobProgressListener): Promise<JobRecord> {
  for (;;) {
    const job = store.getJob(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    if (job.state !== "queued" && job.state !== "running") return job;
    if (job.cancelRequested) {
      store.finishJob(jobId, "cancelled", null);
      continue;
    }
    const kind = ARCHIVE_JOB_KINDS.find((k) => k.kind === job.kind);
    if (!kind) throw new Error(`no job kind ${job.kind}`);
    try {
      const outcome = await kind.step(store, job);
      const after = store.getJob(jobId);
      if (after) onProgress(after);
      if (outcome.finished) store.finishJob(jobId, "done", outcome.result ?? null);
    } catch (error) {
      const coded = error instanceof CodedError ? { code: error.code, params: error.params } : { code: "internal", params: { message: (error as Error).message } };
      store.finishJob(jobId, "failed", coded);
      throw error;
    }
  }
}

/** A bar per stage on stderr (silent when stderr is not a terminal). */
function stageBars(t: ReturnType<typeof translatorFor>): { update: JobProgressListener; stop(): void } {
  let stage = "";
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(job) {
      if (!process.stderr.isTTY) return;
      if (job.stage !== stage) {
        bar?.stop();
        stage = job.stage;
        bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${t(`cli.archive.stage.${stage}`)} [{bar}] {value}/{total} ETA {eta_formatted}`, hideCursor: true }, cliProgress.Presets.shades_classic);
        bar.start(job.total, job.done);
      }
      bar?.setTotal(job.total);
      bar?.update(job.done);
    },
    stop: () => bar?.stop(),
  };
}

export type ArchiveImportOutcome = { jobId: number; resumed: boolean; summary: ArchiveSummary; lines: string[] };

/** Imports (or resumes importing) the two archives into the database at `dbPath`; answers the summary and its lines in the user's language. */
export async function archiveImportCommand(dbPath: string, enPath: string, arPath: string, given: ArchiveOptions): Promise<ArchiveImportOutcome> {
  const t = translatorFor(cliLanguage());
  const options = checkArchiveOptions(given);
  const files = { en: archiveInput(enPath), ar: archiveInput(arPath) };
  const lock = holdDatabase(dbPath);
  const store = openSqliteStore(dbPath);
  const bars = stageBars(t);
  try {
    const lines: string[] = [];
    const found = store.findArchiveJob(archiveInputHash(files, options));
    const jobId = found?.id ?? startArchiveImport(store, files, options).jobId;
    if (found) lines.push(t(found.state === "done" ? "cli.archive.already-done" : "cli.archive.resumed", { job: found.id }));
    const job = await runJobToEnd(store, jobId, bars.update);
    bars.stop();
    if (job.state !== "done") throw new CliError(t("cli.archive.not-done", { job: jobId, state: t(`cli.archive.state.${job.state}`) }));
    const summary = job.result as ArchiveSummary;
    lines.push(t("cli.archive.import-done", {
      job: jobId,
      en: t("counted.articles", { count: summary.articles.en }), ar: t("counted.articles", { count: summary.articles.ar }),
      unreadable: t("counted.files", { count: summary.unreadable.en + summary.unreadable.ar }),
      proposed: t("counted.pairs", { count: summary.pairs.proposed }), confirmed: t("counted.pairs", { count: summary.pairs.confirmed }),
      documents: t("counted.documents", { count: summary.documents }),
    }));
    return { jobId, resumed: found !== null, summary, lines };
  } finally {
    bars.stop();
    store.close();
    lock.release();
  }
}
