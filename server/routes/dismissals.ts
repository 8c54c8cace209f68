/**
 * The ignore lists' page, GET /dismissals: every dismissal of the corpus (document, row as numbered
 * on screen with a link, check in the reader's language, the text it was about, who and when, 50
 * to a page), with boxes to restore one or many; and the "ignore all like this" rules, with boxes
 * to remove them. "Ignore all like this" itself is a button of a finding in the alignment view,
 * POST /findings/:id/ignore-all (JSON for the page script, a redirect back without it). Controllers
 * for web/http.ts; the use cases are in services/ignore-lists.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { ignoreAllLike, ignoreListsView, removeIgnoreRules, restoreDismissals } from "../services/ignore-lists.js";
import { http } from "../web/http.js";

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
/** A quoted text in a message: short, so that a long span does not fill the row. */
const quoted = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

const countOf = (value: unknown): number | null => (typeof value === "string" && /^\d{1,6}$/u.test(value) ? Number(value) : null);

/** The ids a form posts as `id` (one box or many); anything that is not an id is left out. */
function idsOf(value: unknown): number[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === "string" && /^\d{1,12}$/u.test(v)).map(Number);
}

export function showDismissals(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      page: countOf(req.query.page) ?? 1,
      // What the last restore or removal did (its redirect says), for the status line.
      restored: countOf(req.query.restored), removed: countOf(req.query.removed),
    }),
    run: ({ store }, { page }) => ignoreListsView(store, page),
    answer: {
      page: (view, { restored, removed }, t) => ({
        view: "dismissals/list",
        context: {
          title: t("dismissals.title"), total: view.total, page: view.page, pages: view.pages,
          done: restored !== null ? t("dismissals.restored", { count: restored }) : removed !== null ? t("dismissals.removed", { count: removed }) : null,
          previous: view.page > 1 ? view.page - 1 : null, next: view.page < view.pages ? view.page + 1 : null,
          dismissals: view.dismissals.map((d) => ({ ...d, check: t(`checks.${d.checkId}.name`), side: t(`sides.${d.lang}`) })),
          rules: view.rules.map((r) => ({ ...r, check: t(`checks.${r.checkId}.name`) })),
        },
      }),
    },
  });
}

export function restoreDismissalsFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ ids: idsOf(bodyOf(req).id), page: String(bodyOf(req).page ?? "1").replace(/\D/gu, "").slice(0, 6) || "1" }),
    run: ({ store }, { ids }, actor) => restoreDismissals(store, ids, actor),
    answer: { json: (restored) => ({ ok: true, restored }), redirect: (restored, { page }) => `/dismissals?page=${page}&restored=${restored}` },
  });
}

export function removeIgnoreRulesFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ ids: idsOf(bodyOf(req).id) }),
    run: ({ store }, { ids }, actor) => removeIgnoreRules(store, ids, actor),
    answer: { json: (removed) => ({ ok: true, removed }), redirect: (removed) => `/dismissals?removed=${removed}#rules` },
  });
}

export function ignoreAllLikeThis(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: Number(req.params.id) }),
    run: ({ store }, { id }, actor) => ignoreAllLike(store, id, actor),
    answer: {
      // No rows in the answer: the page script renders the rows again (the rule may hide findings on many of them).
      json: (result, _input, view) => ({
        ok: true, documentId: result.documentId,
        message: view.t(result.added ? "dismissals.ruleAdded" : "dismissals.ruleExisted", { check: view.t(`checks.${result.checkId}.name`), text: quoted(result.text) }),
      }),
      redirect: (result) => `/documents/${result.documentId}`,
    },
  });
}
