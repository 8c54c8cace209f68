/**
 * Managing documents from the browser: renaming (a form on the document's pages and a page of its
 * own, which a stale form comes back to with the current titles: 409), deleting (admins: a page that
 * asks first, then a recoverable delete), the "Recently deleted" list with restore (the page a
 * deleted document's own URL shows an admin is answered by routes/documents.ts). Controllers of
 * web/http.ts over services/document-manage.ts; the guards are in routes/index.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { documentOrThrow } from "../services/document-read.js";
import { deleteDocumentAs, listRecentlyDeleted, renameDocumentAs, RETENTION_DAYS, restoreDocumentAs } from "../services/document-manage.js";
import { ConflictError } from "../store/conflict-error.js";
import { http, type Translate } from "../web/http.js";

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const idOf = (req: Request): number => Number(req.params.id);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const retention = (t: Translate): string => t("manage.days", { count: RETENTION_DAYS });

/** The rename page: the form with the document's titles (or the user's, when a change was refused). */
export function showRename(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(req) }),
    run: ({ store }, { id }) => documentOrThrow(store, id),
    answer: {
      page: (document, _input, t) => ({
        view: "documents/rename",
        context: { document, values: { title: document.title, titleAr: document.titleAr ?? "", version: document.version }, title: t("manage.rename.pageTitle", { title: document.title }) },
      }),
    },
  });
}

export function submitRename(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(req), title: bodyOf(req).title, titleAr: bodyOf(req).titleAr, version: bodyOf(req).version }),
    run: ({ store }, { id, title, titleAr, version }, actor) => renameDocumentAs(store, id, { title, titleAr, version }, actor),
    answer: { json: (document) => ({ ok: true, document: { id: document.id, title: document.title, titleAr: document.titleAr, version: document.version } }), redirect: (document) => `/documents/${document.id}` },
    // A stale form or a bad title: the rename page again with the user's titles, the message and, on
    // a conflict, the titles someone else saved meanwhile (and their version, to try again).
    refused: ({ store }, input, refusal, error, t) => {
      if (refusal.status !== 409 && refusal.status !== 400) return null;
      const document = store.getDocument(input.id);
      if (!document) return null;
      const conflict = error instanceof ConflictError;
      return {
        view: "documents/rename",
        context: {
          document, title: t("manage.rename.pageTitle", { title: document.title }),
          error: conflict ? t("manage.rename.conflict") : refusal.message,
          current: conflict ? { title: document.title, titleAr: document.titleAr ?? "" } : null,
          values: { title: text(input.title), titleAr: text(input.titleAr), version: document.version },
        },
      };
    },
  });
}

/** The page that asks before a document is deleted. */
export function confirmDelete(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(req) }),
    run: ({ store }, { id }) => documentOrThrow(store, id),
    answer: { page: (document, _input, t) => ({ view: "documents/delete", context: { document, days: retention(t), title: t("manage.delete.pageTitle", { title: document.title }) } }) },
  });
}

export function submitDelete(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(req), confirmed: bodyOf(req).confirmed === "yes" }),
    run: ({ store }, { id, confirmed }, actor) => {
      if (confirmed) deleteDocumentAs(store, id, actor);
      else documentOrThrow(store, id);
    },
    answer: {
      json: (_result, { id, confirmed }) => ({ ok: confirmed, id }),
      redirect: (_result, { id, confirmed }) => (confirmed ? "/deleted" : `/documents/${id}/delete`),
    },
  });
}

export function showRecentlyDeleted(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: ({ store }, _input, actor) => listRecentlyDeleted(store, actor),
    answer: { page: (documents, _input, t) => ({ view: "documents/recently-deleted", context: { documents, days: retention(t), title: t("manage.deleted.title") } }) },
  });
}

export function submitRestore(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(req) }),
    run: ({ store }, { id }, actor) => restoreDocumentAs(store, id, actor),
    answer: { json: (_result, { id }) => ({ ok: true, id }), redirect: (_result, { id }) => `/documents/${id}` },
  });
}
