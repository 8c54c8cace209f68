/**
 * A bulk change's page (/bulk/:id): the preview of what it would change, a page at a time, with a
 * box per occurrence; one form (CSRF-protected, no script needed) to accept the selection or all,
 * cancel, or go to another page keeping the ticks; then the summary of what was done and skipped,
 * and "undo this whole change". Controllers for web/http.ts; the logic is in services/bulk-changes.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { bulkChangePage, cancelBulkChange, saveSelection } from "../services/bulk-changes.js";
import { acceptBulkInWorker, undoBulkInWorker } from "../services/worker-tasks.js";
import { BadRequestError } from "../services/errors.js";
import { NotFoundError } from "../store/conflict-error.js";
import { http } from "../web/http.js";

/** The most occurrences one form may name (a page shows BULK_PAGE_SIZE): a longer list is cut, never looped over. */
const MAX_NAMED = 1000;

const bulkIdOf = (req: Request): number => {
  const id = String(req.params.id ?? "");
  if (!/^\d{1,12}$/u.test(id)) throw new NotFoundError(`bulk:${id.slice(0, 20)}`);
  return Number(id);
};
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const ordinals = (value: unknown): number[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(",", MAX_NAMED) : []).slice(0, MAX_NAMED)
    .filter((v): v is string => typeof v === "string" && /^\d{1,6}$/u.test(v)).map(Number);
const pageOf = (value: unknown): number => (typeof value === "string" && /^\d{1,6}$/u.test(value) ? Number(value) : 1);

export function showBulkChange(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      // After "undo this whole change": how many changes in how many documents it moved.
      const undone = typeof req.query.undone === "string" ? /^(\d{1,9})-(\d{1,9})$/u.exec(req.query.undone) : null;
      return { id: bulkIdOf(req), page: pageOf(req.query.page), undone: undone ? { changes: Number(undone[1]), documents: Number(undone[2]) } : null };
    },
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
    // Accepting writes up to thousands of paragraphs: a worker thread does it, the server keeps answering.
    run: async ({ store, background }, { id, decision, shown, picked }, actor) => {
      if (decision.kind === "cancel") {
        cancelBulkChange(store, id, actor);
        return { page: 1, summary: null };
      }
      // The ticks of the page the form showed are kept whatever is decided next.
      if (!(decision.kind === "accept" && decision.all)) saveSelection(store, id, shown, picked, actor);
      if (decision.kind === "page") return { page: decision.page, summary: null };
      return { page: 1, summary: await acceptBulkInWorker(store, background.tasks, id, decision.all, actor) };
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
    run: ({ store, background }, { id }, actor) => undoBulkInWorker(store, background.tasks, id, actor),
    answer: {
      json: (moved) => ({ ok: true, action: moved.action, group: moved.group }),
      redirect: (moved, { id }) => `/bulk/${id}?undone=${moved.group?.changes ?? 1}-${moved.group?.documents.length ?? 1}`,
    },
  });
}
