/**
 * Which permission a request needs when that depends on the data it names: editing a paragraph
 * needs the right to edit its side, reverting a revision the right to edit the side of the
 * paragraph it changed, locking a document (or changing a locked one) the right to edit locked
 * documents. routes/index.ts declares these beside the URLs and its guards ask here; the services
 * that make the change check the same rules again (services/review.ts), so the command line and
 * the worker threads are held to them too. Null: there is nothing to decide from (no such
 * paragraph, revision or status), and the service answers that request (404 or 400).
 */
import type { Store } from "../store/types.js";
import type { Action } from "../domain/auth/permissions.js";
import type { Side } from "../domain/align/types.js";

export function editActionOf(side: Side): Action {
  return side === "en" ? "edit-en" : "edit-ar";
}

/** edit-en or edit-ar: the side of paragraph `paragraphId`. */
export function paragraphEditAction(store: Store, paragraphId: number): Action | null {
  const paragraph = Number.isInteger(paragraphId) ? store.getParagraph(paragraphId) : null;
  return paragraph ? editActionOf(paragraph.side) : null;
}

/** edit-en or edit-ar: the side of the paragraph whose text revision `historyId` changed. */
export function revisionEditAction(store: Store, documentId: number, historyId: number): Action | null {
  if (!Number.isInteger(documentId) || !Number.isInteger(historyId)) return null;
  const entry = store.getHistoryEntry(documentId, historyId);
  if (!entry || entry.kind !== "text") return null;
  return paragraphEditAction(store, Number(entry.target.split(":")[1]));
}

/** set-status, or edit-locked when the change locks the document or it is locked now. */
export function statusAction(store: Store, documentId: number, status: unknown): Action | null {
  if (status !== "open" && status !== "finished" && status !== "locked") return null;
  const document = Number.isInteger(documentId) ? store.getDocument(documentId) : null;
  if (!document) return null;
  return status === "locked" || document.status === "locked" ? "edit-locked" : "set-status";
}

/** edit-en or edit-ar: the side of the paragraph finding `findingId` is about (a fix edits it). */
export function findingEditAction(store: Store, findingId: number): Action | null {
  const finding = Number.isInteger(findingId) ? store.getFinding(findingId) : null;
  return finding ? editActionOf(finding.side === "ar" ? "ar" : "en") : null;
}
