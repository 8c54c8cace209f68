/**
 * The checks' findings: applying a fix or dismissing a finding (from the alignment view), the
 * corpus-wide findings page grouped by check with counts and filters, and "replace … everywhere"
 * for consistency findings, which writes nothing: it stores the preview of every occurrence and
 * answers its page (/bulk/:id, routes/bulk.ts). Controllers for web/http.ts; the logic is in
 * services/document-checks.ts (fixes), services/bulk-changes.ts and services/findings-view.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { applyFix, dismiss } from "../services/document-checks.js";
import { previewReplaceInWorker } from "../services/worker-tasks.js";
import { buildFindingsView } from "../services/findings-view.js";
import { http } from "../web/http.js";

const findingIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const nonEmpty = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
const count = (value: unknown): number | null => (typeof value === "string" && /^\d+$/u.test(value) ? Number(value) : null);

const answerChange = {
  json: (result: { documentId: number }) => ({ ok: true, documentId: result.documentId }),
  redirect: (result: { documentId: number }) => `/documents/${result.documentId}`,
};

export function applyFindingFix(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: findingIdOf(req) }),
    run: ({ store }, { id }, actor) => applyFix(store, id, actor),
    answer: answerChange,
  });
}

export function dismissFinding(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: findingIdOf(req) }),
    run: ({ store }, { id }, actor) => dismiss(store, id, actor),
    answer: answerChange,
  });
}

export function showFindings(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      filter: { checkId: nonEmpty(req.query.check), severity: nonEmpty(req.query.severity), documentId: count(req.query.document) ?? undefined },
    }),
    run: ({ store }, { filter }, _actor, t) => buildFindingsView(store, filter, t),
    answer: {
      page: (view, { filter }, t) => ({
        view: "findings/list",
        context: {
          ...view,
          title: t("findings.title"),
          filter: { check: filter.checkId ?? "", severity: filter.severity ?? "", document: filter.documentId ?? "" },
        },
      }),
    },
  });
}

export function applyFixEverywhere(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ check: String(bodyOf(req).check ?? ""), original: String(bodyOf(req).original ?? ""), suggestion: String(bodyOf(req).suggestion ?? "") }),
    // Thousands of findings and paragraphs are read: a worker thread does it, the server keeps answering.
    run: async ({ store, background }, { check, original, suggestion }, actor) => `/bulk/${await previewReplaceInWorker(store, background.tasks, check, original, suggestion, actor)}`,
    answer: {
      json: (preview) => ({ ok: true, preview }),
      redirect: (preview) => preview,
    },
  });
}
