/**
 * The heavy work the app hands to worker threads, as plain data that can cross a thread boundary:
 * importing an article pair (read, align, store, check) or previewing one (read, keep what was read
 * as a pending import) and saving it later (align, store, check), importing a TMX/XLIFF file,
 * recomputing one document's findings, purging documents deleted longer ago than they are kept,
 * the bulk changes of a corpus (previewing a replacement everywhere, proposing a re-alignment of a
 * document around its confirmed rows, accepting a bulk change, undoing one: services/bulk-changes.ts),
 * writing an export into a message port, one step of a background job (jobs/job-runner.ts) and one batch of a job's fan-out stage
 * (jobs/queue-worker.ts).
 * Every task names the database it works on (`location`); the worker opens its own connection.
 */
import type { MessagePort } from "node:worker_threads";
import type { DocumentMeta } from "../store/types.js";
import type { ImportFile, ImportResult } from "../services/import-article.js";
import type { RawChoices } from "../domain/export/choices.js";
import type { ExportReport } from "../services/export-corpus.js";
import type { SerialError } from "./task-errors.js";
import type { BulkSummary } from "../services/bulk-changes.js";
import type { Actor, Travelled } from "../services/review.js";
import type { ExchangeImportResult } from "../services/import-exchange.js";
import type { JobState } from "../store/types.js";

/** Who a task acts for (the services check the same rights in the worker). */
export type TaskActor = Actor;

export type Task =
  | { kind: "import"; location: string; files: { en: ImportFile; ar: ImportFile }; meta: Partial<DocumentMeta>; user: string }
  | { kind: "import-preview"; location: string; files: { en: ImportFile; ar: ImportFile }; meta: Partial<DocumentMeta>; user: string }
  | { kind: "import-save"; location: string; pendingId: string; user: string }
  | { kind: "import-exchange"; location: string; file: { bytes: Uint8Array; name: string }; title?: string; user: string }
  | { kind: "refresh-findings"; location: string; documentId: number }
  | { kind: "purge-deleted"; location: string; now: string; limit: number }
  | { kind: "realign-preview"; location: string; bulkId: number }
  | { kind: "replace-preview"; location: string; checkId: string; original: string; suggestion: string; actor: TaskActor }
  | { kind: "bulk-accept"; location: string; bulkId: number; all: boolean; actor: TaskActor }
  | { kind: "bulk-undo"; location: string; bulkId: number; actor: TaskActor }
  | { kind: "job-step"; location: string; jobId: number }
  | { kind: "job-batch"; location: string; jobId: number; units: number[] }
  | { kind: "export"; location: string; choices: RawChoices; side: "en" | "ar"; corpusName: string; createdAt: string; tool: { name: string; version: string };
      /** Where the file goes; null counts what would be exported and writes nothing. */
      port: MessagePort | null };

/** What each kind of task answers. */
export type TaskValue = {
  import: ImportResult;
  "import-preview": { pendingId: string };
  "import-save": { id: number; result: ImportResult | null };
  "import-exchange": ExchangeImportResult;
  "refresh-findings": { documentId: number; findings: number; fresh: boolean };
  "purge-deleted": { purged: number[] };
  "realign-preview": { stretches: number };
  "replace-preview": { bulkId: number };
  "bulk-accept": BulkSummary;
  "bulk-undo": Travelled;
  export: ExportReport;
  "job-step": { state: JobState };
  "job-batch": { state: JobState };
};

export type TaskAnswer<K extends Task["kind"]> = { ok: true; value: TaskValue[K] } | { ok: false; error: SerialError };
