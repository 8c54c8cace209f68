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
import { holdDatabase } from "../store/database-lock.js";
import { openStore } from "../store/open-store.js";
import { writeStoredZip } from "../import/write-stored-zip.js";
import type { ZipEntry } from "../import/read-zip.js";
import { archiveInputHash, checkArchiveOptions, MAX_ARCHIVE_BYTES, startArchiveImport, type ArchiveFile, type ArchiveOptions } from "../services/archive-start.js";
import type { ArchiveSummary } from "../services/archive-job.js";
import "../services/job-kind-list.js";
import { jobErrorText } from "../services/jobs-view.js";
import { runJobToEnd } from "../jobs/job-runner.js";
import { createJobProgress } from "./job-progress.js";
import { translatorFor } from "../i18n/translate.js";
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

export type ArchiveImportOutcome = { jobId: number; resumed: boolean; summary: ArchiveSummary; lines: string[] };

/** Imports (or resumes importing) the two archives into the database at `dbPath`; answers the summary and its lines in the user's language. */
export async function archiveImportCommand(dbPath: string, enPath: string, arPath: string, given: ArchiveOptions): Promise<ArchiveImportOutcome> {
  const t = translatorFor(cliLanguage());
  const options = checkArchiveOptions(given);
  const files = { en: archiveInput(enPath), ar: archiveInput(arPath) };
  const lock = holdDatabase(dbPath);
  const store = openStore(dbPath);
  const bar = createJobProgress(t);
  try {
    const lines: string[] = [];
    const found = store.findArchiveJob(archiveInputHash(files, options));
    const jobId = found?.id ?? startArchiveImport(store, files, options).jobId;
    if (found) lines.push(t(found.state === "done" ? "cli.archive.already-done" : "cli.archive.resumed", { job: found.id }));
    const job = await runJobToEnd(store, jobId, { onProgress: (current) => bar.update(current) });
    bar.finish(job);
    if (job.state === "failed") throw new CliError(`${t("cli.archive.not-done", { job: jobId, state: t("cli.archive.state.failed") })}: ${jobErrorText(t, job.error)}`);
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
    store.close();
    lock.release();
  }
}
