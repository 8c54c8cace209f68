/**
 * The audit log (admins): every change, export, login and failed login, newest first, in words,
 * filtered by date range, action, user and document (GET parameters, kept by the pager and the
 * CSV link), and the same filtered log as a CSV download. The page is a controller for
 * web/http.ts over services/audit-view.ts; the CSV streams, so it writes its own headers.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { buildAuditView, readAuditQuery, writeAuditCsv } from "../services/audit-view.js";
import type { Translate } from "../web/http.js";
import { http } from "../web/http.js";

export function showAudit(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => readAuditQuery(req.query as Record<string, unknown>),
    run: ({ store }, query, _actor, t, lang) => buildAuditView(store, query, t, lang),
    answer: {
      page: (view, _query, t) => ({ view: "audit/list", context: { ...view, title: t("audit.title") } }),
    },
  });
}

export function exportAuditCsv(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const query = readAuditQuery(req.query as Record<string, unknown>);
      res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
      res.setHeader("Content-Disposition", 'attachment; filename="audit.csv"');
      res.setHeader("Cache-Control", "private, no-store");
      await writeAuditCsv(ctx.store, query, res.locals.t as Translate, res.locals.lang === "ar" ? "ar" : "en", res);
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  };
}
