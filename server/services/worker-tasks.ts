/**
 * The heavy use cases the web hands to worker threads (jobs/), so a long one never stalls the
 * thread that answers everybody: importing an article pair (read, align, store, check) and
 * running an export (counted into nothing,
 * or written into a message port that streams it back). Each task names the database file; the
 * worker opens its own connection and calls the same services the command line does.
 */
import type { MessagePort } from "node:worker_threads";
import type { DocumentMeta, Store } from "../store/types.js";
import type { TaskPool } from "../jobs/task-pool.js";
import type { RawChoices } from "../domain/export/choices.js";
import type { ImportFile, ImportResult } from "./import-article.js";
import type { ExportReport } from "./export-corpus.js";
import { TOOL } from "./tool-info.js";

/** The corpus name an export from the web writes into its header and its file name. */
export const CORPUS_NAME = "mizan";

export function importInWorker(store: Store, tasks: TaskPool, files: { en: ImportFile; ar: ImportFile }, meta: Partial<DocumentMeta>, user: string): Promise<ImportResult> {
  return tasks.run({ kind: "import", location: store.location, files, meta, user });
}

/**
 * Runs an export in a worker: into `port` (transferred to the worker, which writes the file's
 * bytes into it), or, with no port, into nothing, to count what would be written and left out.
 */
export function exportInWorker(store: Store, tasks: TaskPool, choices: RawChoices, side: "en" | "ar", now: Date, port: MessagePort | null): Promise<ExportReport> {
  const task = { kind: "export" as const, location: store.location, choices, corpusName: CORPUS_NAME, createdAt: now.toISOString(), tool: TOOL, side, port };
  return port ? tasks.run(task, { transfer: [port] }) : tasks.run(task);
}
