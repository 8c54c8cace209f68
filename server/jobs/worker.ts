/**
 * The worker-thread side of the task pool (piscina loads this file in each worker). A worker
 * keeps one store connection per database location and runs the same services the request path
 * used to run, so the main thread, which answers every request, never does the heavy part.
 * Errors are returned as data (task-errors.ts): a refusal crosses the boundary intact.
 */
import type { Task, TaskAnswer } from "./tasks.js";
import type { Store } from "../store/types.js";
import { openStore } from "../store/open-store.js";
import { importArticle } from "../services/import-article.js";
import { previewImport, savePendingImport } from "../services/import-preview.js";
import { importExchange } from "../services/import-exchange.js";
import { purgeExpiredDocuments } from "../services/document-manage.js";
import { refreshFindings } from "../services/document-checks.js";
import { acceptBulkChange, computeRealignPreview, previewReplaceEverywhere, undoBulkChange } from "../services/bulk-changes.js";
import { parseChoices } from "../domain/export/choices.js";
import { exportCorpus } from "../services/export-corpus.js";
import { PortWritable } from "./port-stream.js";
import { serialiseError } from "./task-errors.js";
import { runJobBatch, runJobStep } from "./job-runner.js";
// Every job kind, so a job-step task finds the kind of its job.
import "../services/job-kind-list.js";

const stores = new Map<string, Store>();

/** Paragraphs (both editions) up to which an import also computes its findings before answering. */
const IMPORT_CHECKS_AT_ONCE = 400;

function storeAt(location: string): Store {
  let store = stores.get(location);
  if (!store) {
    store = openStore(location);
    stores.set(location, store);
  }
  return store;
}

async function perform(task: Task): Promise<unknown> {
  const store = storeAt(task.location);
  switch (task.kind) {
    case "import": {
      const result = await importArticle(store, task.files, task.meta, task.user);
      // An article's findings are ready when its view opens; a long document's come from the
      // background a little later, so its importer is not kept waiting for every check.
      if (result.paragraphsEn + result.paragraphsAr <= IMPORT_CHECKS_AT_ONCE) refreshFindings(store, result.id);
      return result;
    }
    case "import-preview":
      return previewImport(store, task.files, task.meta, task.user);
    case "import-save": {
      const saved = savePendingImport(store, task.pendingId, task.user);
      if (saved.result && saved.result.paragraphsEn + saved.result.paragraphsAr <= IMPORT_CHECKS_AT_ONCE) refreshFindings(store, saved.id);
      return saved;
    }
    case "import-exchange":
      // All the file's documents or none (their findings come from the background).
      return importExchange(store, { bytes: task.file.bytes, name: task.file.name }, { user: task.user, title: task.title, atomically: store.atomically });
    case "refresh-findings":
      return refreshFindings(store, task.documentId);
    case "purge-deleted":
      return { purged: purgeExpiredDocuments(store, new Date(task.now), task.limit) };
    case "realign-preview":
      // The proposal only: nothing is written to the document until its owner accepts it.
      return computeRealignPreview(store, task.bulkId);
    case "replace-preview":
      return { bulkId: previewReplaceEverywhere(store, task.checkId, task.original, task.suggestion, task.actor) };
    case "bulk-accept":
      return acceptBulkChange(store, task.bulkId, task.all, task.actor);
    case "bulk-undo":
      return undoBulkChange(store, task.bulkId, task.actor);
    case "job-step":
      return { state: await runJobStep(store, task.jobId, (line) => process.stderr.write(`${line}\n`)) };
    case "job-batch":
      return { state: await runJobBatch(store, task.jobId, task.units) };
    case "export": {
      const choices = parseChoices(task.choices);
      const meta = { name: task.corpusName, granularity: choices.granularity, createdAt: new Date(task.createdAt), tool: task.tool };
      const out = new PortWritable(task.port ?? null);
      const idle = new PortWritable(null);
      const target = choices.exporter.kind === "single" ? out : task.side === "en" ? { en: out, ar: idle } : { en: idle, ar: out };
      try {
        const report = await exportCorpus(store, choices, target, { meta });
        await out.finish();
        return report;
      } catch (error) {
        out.abort();
        throw error;
      }
    }
  }
}

export default async function runTask(task: Task): Promise<TaskAnswer<Task["kind"]>> {
  try {
    return { ok: true, value: (await perform(task)) as never };
  } catch (error) {
    return { ok: false, error: serialiseError(error) };
  }
}
