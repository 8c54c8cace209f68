/**
 * Documents as a newsroom manages them: renaming (both editions' titles, by editors and up,
 * version-checked), deleting (admins; recoverable for RETENTION_DAYS), the list of recently deleted
 * documents with the days each has left, restoring one, and purging those past their time (run by
 * the background work, in bounded batches). Rights are checked here as well as by the routes' guards:
 * the command line and the worker threads call these too. Every step is audited by the store.
 */
import { can } from "../domain/auth/permissions.js";
import type { DeletedDocument, DocumentRecord, Store } from "../store/types.js";
import { NotFoundError } from "../store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import type { Actor } from "./review.js";

/** How long a deleted document can be restored before it is purged for good. */
export const RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest title an edition may have (as an import cuts them). */
export const MAX_TITLE_LENGTH = 200;

export type RenameRequest = { title: unknown; titleAr: unknown; version: unknown };

/** A title as typed: one line, trimmed, without control characters. */
function cleanTitle(value: unknown): string {
  return (typeof value === "string" ? value : "").replace(/[\u0000-\u001f\u007f-\u009f]+/gu, " ").replace(/\s+/gu, " ").trim();
}

/** Gives a document new titles; refuses an empty English title, a title too long, a stale version (409), a locked document but for admins. */
export function renameDocumentAs(store: Store, id: number, request: RenameRequest, actor: Actor): DocumentRecord {
  if (!can(actor.role, "rename-document")) throw new ForbiddenError("role");
  const document = store.getDocument(id);
  if (!document) throw new NotFoundError(`document:${id}`);
  if (document.status === "locked" && !can(actor.role, "edit-locked")) throw new ForbiddenError("locked");
  const title = cleanTitle(request.title);
  const titleAr = cleanTitle(request.titleAr);
  if (title === "") throw new BadRequestError("title-empty");
  if (title.length > MAX_TITLE_LENGTH || titleAr.length > MAX_TITLE_LENGTH) throw new BadRequestError("title-too-long");
  const version = typeof request.version === "string" && /^\d{1,12}$/u.test(request.version) ? Number(request.version) : typeof request.version === "number" ? request.version : Number.NaN;
  if (!Number.isInteger(version)) throw new BadRequestError("bad-version");
  return store.renameDocument(id, { title, titleAr }, version, actor.name);
}

/** Deletes a document, recoverably (admins only). */
export function deleteDocumentAs(store: Store, id: number, actor: Actor, now: Date = new Date()): void {
  if (!can(actor.role, "delete-document")) throw new ForbiddenError("role");
  store.deleteDocument(id, actor.name, now.toISOString());
}

/** Brings a deleted document back (admins only). */
export function restoreDocumentAs(store: Store, id: number, actor: Actor): void {
  if (!can(actor.role, "delete-document")) throw new ForbiddenError("role");
  store.restoreDocument(id, actor.name);
}

export type RecentlyDeleted = DeletedDocument & {
  /** Whole days left before the purge (at least 0). */
  daysLeft: number;
  /** When it will be purged (ISO time). */
  purgeAt: string;
};

/** When a document deleted at `deletedAt` is purged. */
export function purgeTime(deletedAt: string): Date {
  return new Date(new Date(deletedAt).getTime() + RETENTION_DAYS * DAY_MS);
}

function withTimeLeft(document: DeletedDocument, now: Date): RecentlyDeleted {
  const purgeAt = purgeTime(document.deletedAt);
  return { ...document, purgeAt: purgeAt.toISOString(), daysLeft: Math.max(0, Math.ceil((purgeAt.getTime() - now.getTime()) / DAY_MS)) };
}

/** The deleted documents, newest deletion first, with the days each has left (admins only). */
export function listRecentlyDeleted(store: Store, actor: Actor, now: Date = new Date()): RecentlyDeleted[] {
  if (!can(actor.role, "delete-document")) throw new ForbiddenError("role");
  return store.listDeletedDocuments().map((d) => withTimeLeft(d, now));
}

/** One deleted document for an admin (the "deleted, restore?" page), or null. */
export function deletedDocumentFor(store: Store, id: number, actor: Actor, now: Date = new Date()): RecentlyDeleted | null {
  if (!can(actor.role, "delete-document") || !Number.isInteger(id)) return null;
  const document = store.getDeletedDocument(id);
  return document ? withTimeLeft(document, now) : null;
}

/** Purges at most `limit` documents deleted more than RETENTION_DAYS before `now`; their ids. */
export function purgeExpiredDocuments(store: Store, now: Date, limit: number): number[] {
  return store.purgeDeletedDocuments(new Date(now.getTime() - RETENTION_DAYS * DAY_MS).toISOString(), limit);
}
