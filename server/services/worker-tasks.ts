/**
 * The heavy use cases the web hands to worker threads (jobs/), so a long one never stalls the
 * thread that answers everybody: importing an article pair (read, align, store, check; or read for
 * its preview, then saved) or a translation memory (TMX, XLIFF), the
 * corpus-wide steps of a bulk change (its preview, accepting it, undoing it: thousands of
 * paragraphs), and running an export (counted into nothing,
 * or written into a message port that streams it back). Each task names the database file; the
 * worker opens its own connection and calls the same services the command line does.
 */
import type { MessagePort } from "node:worker_threads";
import type { DocumentMeta, Store } from "../store/types.js";
import type { TaskPool } from "../jobs/task-pool.js";
import type { RawChoices } from "../domain/export/choices.js";
import type { ImportFile, ImportResult } from "./import-article.js";
import type { ExchangeImportResult } from "./import-exchange.js";
import type { ExportReport } from "./export-corpus.js";
import { TOOL } from "./tool-info.js";
import { failRealignPreview, requestRealignPreview, type BulkSummary } from "./bulk-changes.js";
import type { Actor, Travelled } from "./review.js";

/** The corpus name an export from the web writes into its header and its file name. */
export const CORPUS_NAME = "mizan";

export function importInWorker(store: Store, tasks: TaskPool, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string): Promise<ImportResult> {
  return tasks.run({ kind: "import", location: store.location, files, meta, user });
}

/** Reads an article pair in a worker and keeps it as a pending import (import-preview.ts); answers its id. */
export function previewImportInWorker(store: Store, tasks: TaskPool, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string): Promise<{ pendingId: string }> {
  return tasks.run({ kind: "import-preview", location: store.location, files, meta, user });
}

/** Saves a pending import of `user` in a worker (aligned, stored, checked); answers the document's id. */
export function saveImportInWorker(store: Store, tasks: TaskPool, pendingId: string, user: string): Promise<{ id: number; result: ImportResult | null }> {
  return tasks.run({ kind: "import-save", location: store.location, pendingId, user });
}

/** Imports a TMX or XLIFF file (services/import-exchange.ts) in a worker: all its documents, or nothing. */
export function importExchangeInWorker(store: Store, tasks: TaskPool, file: { bytes: Uint8Array; name: string }, title: string | undefined, user: string): Promise<ExchangeImportResult> {
  return tasks.run({ kind: "import-exchange", location: store.location, file, title, user });
}

/** How long asking for a re-alignment waits for its worker before its page shows "being computed". */
const WAIT_FOR_PROPOSAL_MS = 1500;

/**
 * Asks for a re-alignment's preview, proposed in a worker (nothing is written to the document);
 * answers the preview's id once it is ready or after a moment, whichever comes first.
 */
export async function realignPreviewInWorker(store: Store, tasks: TaskPool, documentId: number, actor: Actor): Promise<number> {
  const id = requestRealignPreview(store, documentId, actor);
  const job = tasks.run({ kind: "realign-preview", location: store.location, bulkId: id }).then(() => undefined, (error: unknown) => failRealignPreview(store, id, error));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([job, new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_FOR_PROPOSAL_MS)))]);
  clearTimeout(timer);
  return id;
}

/** Previews "replace … everywhere" (services/bulk-changes.ts) in a worker; answers the preview's id. */
export async function previewReplaceInWorker(store: Store, tasks: TaskPool, checkId: string, original: string, suggestion: string, actor: Actor): Promise<number> {
  return (await tasks.run({ kind: "replace-preview", location: store.location, checkId, original, suggestion, actor })).bulkId;
}

/** Accepts a bulk change (all of it, or what stays selected) in a worker; answers its summary. */
export function acceptBulkInWorker(store: Store, tasks: TaskPool, bulkId: number, all: boolean, actor: Actor): Promise<BulkSummary> {
  return tasks.run({ kind: "bulk-accept", location: store.location, bulkId, all, actor });
}

/** Undoes an applied bulk change, all its documents at once, in a worker. */
export function undoBulkInWorker(store: Store, tasks: TaskPool, bulkId: number, actor: Actor): Promise<Travelled> {
  return tasks.run({ kind: "bulk-undo", location: store.location, bulkId, actor });
}

/**
 * Runs an export in a worker: into `port` (transferred to the worker, which writes the file's
 * bytes into it), or, with no port, into nothing, to count what would be written and left out.
 */
export function exportInWorker(store: Store, tasks: TaskPool, choices: RawChoices, side: "en" | "ar", now: Date, port: MessagePort | null): Promise<ExportReport> {
  const task = { kind: "export" as const, location: store.location, choices, corpusName: CORPUS_NAME, createdAt: now.toISOString(), tool: TOOL, side, port };
  return port ? tasks.run(task, { transfer: [port] }) : tasks.run(task);
}
