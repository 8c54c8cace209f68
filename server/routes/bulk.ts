/**
 * A bulk change's page (/bulk/:id): the preview of what it would change, a page at a time, with a
 * box per occurrence; one form (CSRF-protected, no script needed) to accept the selection or all,
 * cancel, or go to another page keeping the ticks; then the summary of what was done and skipped,
 * and "undo this whole change". Controllers for web/http.ts; the logic is in services/bulk-changes.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { acceptBulkChange, bulkChangePage, cancelBulkChange, saveSelection, undoBulkChange } from "../services/bulk-changes.js";
import { BadRequestError } from "../services/errors.js";
import { http } from "../web/http.js";

const bulkIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const ordinals = (value: unknown): number[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : []).filter((v): v is string => typeof v === "string" && /^\d{1,6}$/u.test(v)).map(Number);
const pageOf = (value: unknown): number => (typeof value === "string" && /^\d{1,6}$/u.test(value) ? Number(value) : 1);

export function showBulkChange(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: bulkIdOf(req), page: pageOf(req.query.page), undone: typeof req.query.undone === "string" }),
    run: ({ store }, { id, page }, actor, t) => bulkChangePage(store, id, page, actor, t),
    answer: {
      page: (view, { undone }, t) => ({ view: "bulk/change", context: { ...view, title: t("bulk.title"), undoneNotice: undone } }),
    },
  });
}

type Decision = { kind: "accept"; all: boolean } | { kind: "cancel" } | { kind: "page"; page: number };

function readDecision(value: unknown): Decision {
  if (value === "accept-selected") return { kind: "accept", all: false };
  if (value === "accept-all") return { kind: "accept", all: true };
  if (value === "cancel") return { kind: "cancel" };
  const page = typeof value === "string" ? /^page:(\d{1,6})$/u.exec(value) : null;
  if (page) return { kind: "page", page: Number(page[1]) };
  throw new BadRequestError("unknown-operation");
}

export function decideBulkChange(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const body = bodyOf(req);
      return { id: bulkIdOf(req), decision: readDecision(body.do), shown: ordinals(body.shown), picked: ordinals(body.pick) };
    },
    run: ({ store }, { id, decision, shown, picked }, actor) => {
      if (decision.kind === "cancel") {
        cancelBulkChange(store, id, actor);
        return { page: 1, summary: null };
      }
      // The ticks of the page the form showed are kept whatever is decided next.
      if (!(decision.kind === "accept" && decision.all)) saveSelection(store, id, shown, picked, actor);
      if (decision.kind === "page") return { page: decision.page, summary: null };
      return { page: 1, summary: acceptBulkChange(store, id, decision.all, actor) };
    },
    answer: {
      json: (result) => ({ ok: true, summary: result.summary }),
      redirect: (result, { id }) => `/bulk/${id}${result.page > 1 ? `?page=${result.page}` : ""}`,
    },
  });
}

export function undoBulk(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: bulkIdOf(req) }),
    run: ({ store }, { id }, actor) => undoBulkChange(store, id, actor),
    answer: {
      json: (moved) => ({ ok: true, action: moved.action, group: moved.group }),
      redirect: (_moved, { id }) => `/bulk/${id}?undone=1`,
    },
  });
}
