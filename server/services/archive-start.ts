/**
 * Starting an archive import (issue 14): two uploaded archive files (one per edition) and the
 * pairing's options become an archive and an "archive" job that holds the files' bytes in
 * job_files until its read stage has read them (services/archive-job.ts). Used by the upload form
 * (routes/archive-import.ts) and `mizan archive import`; and asking for the documents of pairs
 * confirmed later (at most one such job queued or running per archive). Options are checked here, once, as
 * BadRequestErrors with their own locale keys (errors.operation.archive-*).
 */
import { createHash } from "node:crypto";
import { DEFAULT_PAIRING } from "../domain/archive/pair-archive.js";
import { DEFAULT_ZIP_LIMITS } from "../import/read-zip.js";
import type { Store } from "../store/types.js";
import { NotFoundError } from "../store/conflict-error.js";
import { BadRequestError } from "./errors.js";
import type { ArchiveJobParams } from "./archive-job.js";

export type ArchiveFile = { name: string; bytes: Uint8Array };
export type ArchiveOptions = {
  name: string;
  windowDays: number;
  threshold: number;
  /** Pairs scoring at least this are confirmed at once (and made documents); null: none. */
  confirmAbove: number | null;
  user: string;
  /** False leaves FreeDict out of the pairing and the documents' alignment (the glossary stays). */
  lexicon?: boolean;
};

export const MAX_ARCHIVE_NAME = 200;
export const MAX_WINDOW_DAYS = 366;
/**
 * Largest archive file taken per edition, by the upload form and the command line: what the ZIP
 * reader unpacks at most (read-zip.ts), and ten years of a newsroom's stories as text.
 */
export const MAX_ARCHIVE_BYTES = DEFAULT_ZIP_LIMITS.maxUnpacked;

/** The options as given, or a refusal naming what is wrong. */
export function checkArchiveOptions(options: ArchiveOptions): ArchiveOptions {
  const name = options.name.trim();
  if (name === "") throw new BadRequestError("archive-name-empty");
  if (name.length > MAX_ARCHIVE_NAME) throw new BadRequestError("archive-name-too-long");
  if (!Number.isInteger(options.windowDays) || options.windowDays < 0 || options.windowDays > MAX_WINDOW_DAYS) throw new BadRequestError("archive-bad-window");
  const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!unit(options.threshold)) throw new BadRequestError("archive-bad-threshold");
  if (options.confirmAbove !== null && !unit(options.confirmAbove)) throw new BadRequestError("archive-bad-confirm-above");
  return { ...options, name };
}

/** The defaults the form and the command line offer. */
export const ARCHIVE_DEFAULTS = { windowDays: DEFAULT_PAIRING.windowDays, threshold: DEFAULT_PAIRING.threshold };

/** SHA-256 of both files' bytes and the options that change the outcome: the same inputs, the same job. */
export function archiveInputHash(files: { en: ArchiveFile; ar: ArchiveFile }, options: ArchiveOptions): string {
  const hash = createHash("sha256");
  for (const f of [files.en, files.ar]) {
    hash.update(String(f.bytes.byteLength)).update("\0").update(f.bytes);
  }
  const { name, windowDays, threshold, confirmAbove, user, lexicon } = options;
  hash.update(JSON.stringify({ name: name.trim(), windowDays, threshold, confirmAbove, user, lexicon: lexicon !== false }));
  return hash.digest("hex");
}

/**
 * Asks for the documents of an archive's confirmed pairs (those the review confirmed after its
 * job): an "archive-documents" job, unless one of the archive's jobs is queued or running already
 * (its documents stage makes every confirmed pair's document), in one transaction, so two requests
 * never queue two. Answers the job that will make them.
 */
export function startArchiveDocuments(store: Store, archiveId: number, user: string): { jobId: number; started: boolean } {
  return store.atomically(() => {
    const active = store.findActiveArchiveJob(archiveId);
    if (active !== null) return { jobId: active, started: false };
    if (!store.getArchive(archiveId)) throw new NotFoundError(`archive:${archiveId}`);
    return { jobId: store.createJob({ kind: "archive-documents", params: { archiveId }, createdBy: user }), started: true };
  });
}

/**
 * Creates the archive and its queued job (the files in job_files), in one transaction; the job's
 * params carry the archive, confirmAbove and the inputs' hash. Refuses empty files.
 */
export function startArchiveImport(store: Store, files: { en: ArchiveFile | null; ar: ArchiveFile | null }, given: ArchiveOptions): { archiveId: number; jobId: number; inputHash: string } {
  const options = checkArchiveOptions(given);
  const { en, ar } = files;
  if (!en || en.bytes.byteLength === 0 || !ar || ar.bytes.byteLength === 0) throw new BadRequestError("archive-files-missing");
  const inputHash = archiveInputHash({ en, ar }, options);
  return store.atomically(() => {
    const archiveId = store.createArchive({ name: options.name, windowDays: options.windowDays, threshold: options.threshold, createdBy: options.user });
    const params: ArchiveJobParams = { archiveId, confirmAbove: options.confirmAbove, inputHash, ...(options.lexicon === false ? { lexicon: false } : {}) };
    const jobId = store.createJob({
      kind: "archive", params, createdBy: options.user,
      files: [{ role: "en", name: en.name, bytes: en.bytes }, { role: "ar", name: ar.name, bytes: ar.bytes }],
    });
    store.setArchiveJob(archiveId, jobId);
    return { archiveId, jobId, inputHash };
  });
}
