/**
 * The heavy work the app hands to worker threads, as plain data that can cross a thread boundary:
 * importing an article pair (read, align, store, check), recomputing one document's findings,
 * proposing a re-alignment of a document around its confirmed rows (stored as a bulk change's
 * preview, services/bulk-changes.ts), and writing an export into a message port.
 * Every task names the database it works on (`location`); the worker opens its own connection.
 */
import type { MessagePort } from "node:worker_threads";
import type { DocumentMeta } from "../store/types.js";
import type { ImportFile, ImportResult } from "../services/import-article.js";
import type { RawChoices } from "../domain/export/choices.js";
import type { ExportReport } from "../services/export-corpus.js";
import type { SerialError } from "./task-errors.js";

export type Task =
  | { kind: "import"; location: string; files: { en: ImportFile; ar: ImportFile }; meta: Partial<DocumentMeta>; user: string }
  | { kind: "refresh-findings"; location: string; documentId: number }
  | { kind: "realign-preview"; location: string; bulkId: number }
  | { kind: "export"; location: string; choices: RawChoices; side: "en" | "ar"; corpusName: string; createdAt: string; tool: { name: string; version: string };
      /** Where the file goes; null counts what would be exported and writes nothing. */
      port: MessagePort | null };

/** What each kind of task answers. */
export type TaskValue = {
  import: ImportResult;
  "refresh-findings": { documentId: number; findings: number; fresh: boolean };
  "realign-preview": { stretches: number };
  export: ExportReport;
};

export type TaskAnswer<K extends Task["kind"]> = { ok: true; value: TaskValue[K] } | { ok: false; error: SerialError };
