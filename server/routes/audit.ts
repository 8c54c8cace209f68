/**
 * The audit log (admins): every change, export and login failure, newest first, per document or
 * per user. A controller for web/http.ts over services/audit-view.ts.
 */
import type { AppContext } from "../app-context.js";
import { listAuditEntries } from "../services/audit-view.js";
import { http } from "../web/http.js";

export function showAudit(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      documentId: typeof req.query.document === "string" && /^\d+$/u.test(req.query.document) ? Number(req.query.document) : undefined,
      user: typeof req.query.user === "string" && req.query.user !== "" ? req.query.user.slice(0, 64) : undefined,
    }),
    run: ({ store }, filter) => listAuditEntries(store, filter),
    answer: {
      page: (entries, { documentId, user }, t) => ({ view: "audit/list", context: { entries, filter: { document: documentId ?? "", user: user ?? "" }, title: t("audit.title") } }),
    },
  });
}
