/**
 * The checks' findings: applying a fix or dismissing a finding (from the alignment view), the
 * corpus-wide findings page grouped by check with counts and filters, and "replace … everywhere"
 * for consistency findings, which writes nothing: it stores the preview of every occurrence and
 * answers its page (/bulk/:id, routes/bulk.ts). A fix or dismissal answers JSON like every
 * operation of the alignment view (web/page-api.ts): the row(s) it changed, rendered, and what
 * was fixed or dismissed, so the page updates that row only. Controllers for web/http.ts; the
 * logic is in services/document-checks.ts (fixes), services/bulk-changes.ts and services/findings-view.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { applyFix, dismiss } from "../services/document-checks.js";
import { previewReplaceInWorker } from "../services/worker-tasks.js";
import { buildFindingsView } from "../services/findings-view.js";
import { readRowFilter, type RowFilter } from "../services/alignment-view.js";
import { beadHolding, rowChangesSince, snapshotRows, type RowChangeSet } from "../services/row-changes.js";
import type { FindingRecord, Store } from "../store/types.js";
import type { Language } from "../i18n/translate.js";
import { formatNumberIn } from "../i18n/format-value.js";
import { http, type AnswerView } from "../web/http.js";
import { renderRowChanges } from "../web/row-changes-answer.js";
import type { ChangeAnswer } from "../web/page-api.js";

const findingIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const nonEmpty = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
const count = (value: unknown): number | null => (typeof value === "string" && /^\d+$/u.test(value) ? Number(value) : null);

/** A quoted text in a message: short, so that a long span does not fill the row. */
const quoted = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

type FindingChange = { documentId: number; finding: FindingRecord | null; changes: RowChangeSet | null };

/**
 * Runs a change of finding `id` and says which rows it changed: those whose state moved (a fix
 * edits the text, which re-scores its bead) and the finding's own row (a dismissal moves no
 * version, but the row no longer shows the finding).
 */
function trackingFinding(store: Store, id: number, filter: RowFilter, lang: Language, change: () => { documentId: number }): FindingChange {
  const finding = store.getFinding(id);
  const before = finding ? snapshotRows(store, finding.documentId) : null;
  const result = change();
  const own = before ? beadHolding(before, finding?.paragraphId ?? null) : null;
  return { ...result, finding, changes: before ? rowChangesSince(store, result.documentId, before, filter, lang, own === null ? [] : [own]) : null };
}

/** "Fixed (Wrong word): “tow” → “two”, row 4." — what was fixed or dismissed, and where. */
function describeFinding(view: AnswerView, kind: "fixed" | "dismissed", finding: FindingRecord | null, row: number | null): string {
  const check = finding ? view.t(`checks.${finding.checkId}.name`) : "";
  const key = kind === "fixed" && finding?.suggestion === "" ? "fixedRemoved" : kind;
  const params = { check, original: quoted(finding?.excerpt ?? ""), suggestion: quoted(finding?.suggestion ?? "") };
  return row === null ? view.t(`feedback.${key}`, params) : view.t(`feedback.${key}AtRow`, { ...params, row: formatNumberIn(view.lang, row) });
}

function answerChange(kind: "fixed" | "dismissed") {
  return {
    json: (result: FindingChange, _input: unknown, view: AnswerView): ChangeAnswer & { documentId: number } => {
      const first = result.changes?.touched[0];
      const empty = { order: [], rows: [], removed: [], added: [], map: null };
      return {
        ok: true,
        documentId: result.documentId,
        message: describeFinding(view, kind, result.finding, first === undefined || !result.changes ? null : result.changes.order.indexOf(first) + 1),
        changes: result.changes ? renderRowChanges(result.changes, view) : empty,
        current: first ?? null,
      };
    },
    redirect: (result: { documentId: number }) => `/documents/${result.documentId}`,
  };
}

export function applyFindingFix(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: findingIdOf(req), filter: readRowFilter(req.query) }),
    run: ({ store }, { id, filter }, actor, _t, lang) => trackingFinding(store, id, filter, lang, () => applyFix(store, id, actor)),
    answer: answerChange("fixed"),
  });
}

export function dismissFinding(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: findingIdOf(req), filter: readRowFilter(req.query) }),
    run: ({ store }, { id, filter }, actor, _t, lang) => trackingFinding(store, id, filter, lang, () => dismiss(store, id, actor)),
    answer: answerChange("dismissed"),
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
