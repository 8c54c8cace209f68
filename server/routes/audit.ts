/**
 * The audit log (admins): every change, export and login failure, newest first, per document or
 * per user.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";

export function showAudit(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const documentId = typeof req.query.document === "string" && /^\d+$/u.test(req.query.document) ? Number(req.query.document) : undefined;
    const user = typeof req.query.user === "string" && req.query.user !== "" ? req.query.user.slice(0, 64) : undefined;
    const entries = ctx.store.listAudit({ documentId, user, limit: 500 });
    res.send(ctx.render("audit/list", { ...res.locals, entries, filter: { document: documentId ?? "", user: user ?? "" }, title: res.locals.t("audit.title") }));
  };
}
