/**
 * The export page's use cases: the documents to choose from, the preview ("Count": the export run
 * into nothing, so the page shows what would be written and what left out, one-sided pairs and
 * pairs with open findings, before anything is downloaded), and the audit entry of a download.
 * Choices the exporters refuse come back as the ExportError, for the page to show in its language.
 */
import type { Store } from "../store/types.js";
import type { TaskPool } from "../jobs/task-pool.js";
import { parseChoices, type RawChoices } from "../domain/export/choices.js";
import { ExportError } from "../domain/export/export-error.js";
import type { ExportReport } from "./export-corpus.js";
import { exportInWorker } from "./worker-tasks.js";

export type ExportPageDocument = { id: number; title: string; confirmed: number; beads: number; selected: boolean };

/** One-sided pairs left out by the choices, apart from those the format could not take. */
export type ExportPreview = ExportReport & { oneSidedPlain: number };

/** Every document, by id, marked when its id is among `selected`. */
export function exportPageDocuments(store: Store, selected: ReadonlySet<string>): ExportPageDocument[] {
  return store.listDocuments().sort((a, b) => a.id - b.id).map((d) => ({ id: d.id, title: d.title, confirmed: d.confirmed, beads: d.beads, selected: selected.has(String(d.id)) }));
}

/** Counts what an export with these choices would write; refused choices are the error, not a throw. */
export async function previewExport(store: Store, tasks: TaskPool, raw: RawChoices, now = new Date()): Promise<{ report: ExportPreview | null; error: ExportError | null }> {
  try {
    parseChoices(raw);
    const counted = await exportInWorker(store, tasks, raw, "en", now, null);
    return { report: { ...counted, oneSidedPlain: counted.oneSidedSkipped - counted.oneSidedNotAllowed }, error: null };
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    return { report: null, error: e };
  }
}

/** The audit entry of a finished download: the format (and side, for two-file formats), the query, the report. */
export function recordExport(store: Store, user: string, target: string, query: unknown, report: ExportReport): void {
  store.audit({ documentId: null, user, action: "export", target, details: { query, report } });
}
