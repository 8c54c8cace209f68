/**
 * The checks' findings: applying a fix or dismissing a finding (from the alignment view), the
 * corpus-wide findings grid (filters, order and pages as GET parameters; many findings applied or
 * dismissed in one POST; its CSV report and printable page), and "replace … everywhere"
 * for consistency findings, which writes nothing: it stores the preview of every occurrence and
 * answers its page (/bulk/:id, routes/bulk.ts). A fix or dismissal answers JSON like every
 * operation of the alignment view (web/page-api.ts): the row(s) it changed, rendered, and what
 * was fixed or dismissed, so the page updates that row only. Controllers for web/http.ts; the
 * logic is in services/document-checks.ts (fixes), services/bulk-changes.ts, services/findings-view.ts
 * (the grid), services/findings-report.ts (CSV, print) and services/finding-actions.ts (many at once).
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { applyFix, dismiss } from "../services/document-checks.js";
import { previewReplaceInWorker } from "../services/worker-tasks.js";
import { buildFindingsGrid, readGridFilter } from "../services/findings-view.js";
import { printableReport, writeFindingsCsv } from "../services/findings-report.js";
import { actOnFindings, BULK_LIMIT, type BulkAction, type RefusalReason } from "../services/finding-actions.js";
import { BadRequestError } from "../services/errors.js";
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
    parse: (req) => ({ filter: readGridFilter(req.query), acted: readActed(req.query) }),
    run: ({ store }, { filter }, _actor, t, lang) => buildFindingsGrid(store, filter, t, lang),
    answer: {
      page: (grid, { acted }, t) => ({
        view: "findings/list",
        context: { ...grid, title: t("findings.title"), acted: acted ? describeActed(acted, t) : null },
      }),
    },
  });
}

/** The printable report: no controls, its own print stylesheet, the grid's filter. */
export function printFindings(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ filter: readGridFilter(req.query) }),
    run: ({ store }, { filter }, _actor, t, lang) => ({ ...printableReport(store, filter, t, lang), filter, printedAt: new Date().toISOString() }),
    answer: {
      page: (report, _input, t) => ({ view: "findings/print", layout: false, context: { ...report, title: t("grid.print.title") } }),
    },
  });
}

/**
 * The CSV report, streamed as it is written (the adapter answers whole bodies only, as for the
 * corpus download in routes/exports.ts). Same filter as the grid.
 */
export function downloadFindingsCsv(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const filter = readGridFilter(req.query);
    const t = res.locals.t as (key: string, params?: Record<string, unknown>) => string;
    res.status(200);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="mizan-findings-${new Date().toISOString().slice(0, 10)}.csv"`);
    res.setHeader("X-Content-Type-Options", "nosniff");
    try {
      // A byte-order mark, so that spreadsheets read the Arabic as UTF-8.
      res.write("\uFEFF");
      await writeFindingsCsv(ctx.store, filter, t, res.locals.lang === "ar" ? "ar" : "en", res);
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else next(error);
    }
  };
}

const ACTIONS = ["apply", "dismiss", "ignore"] as const;
const REASONS: readonly RefusalReason[] = ["stale", "gone", "locked", "role", "no-fix"];
type Acted = { action: BulkAction; done: number; refused: Partial<Record<RefusalReason, number>> };

/** What the last bulk action did, as the redirect back to the grid says it (counts only). */
function readActed(query: Record<string, unknown>): Acted | null {
  const action = typeof query.acted === "string" ? query.acted : "";
  if (!(ACTIONS as readonly string[]).includes(action)) return null;
  const refused: Acted["refused"] = {};
  for (const reason of REASONS) {
    const n = count(query[reason]);
    if (n) refused[reason] = n;
  }
  return { action: action as BulkAction, done: count(query.done) ?? 0, refused };
}

function describeActed(acted: Acted, t: (key: string, params?: Record<string, unknown>) => string): { done: string; refused: string[] } {
  return {
    done: t(`grid.acted.${acted.action}`, { count: acted.done }),
    refused: Object.entries(acted.refused).map(([reason, n]) => t(`grid.refused.${reason}`, { count: n })),
  };
}

/** The ids ticked (or the one button pressed) and the action, from the grid's form. */
function readBulk(req: Request): { action: BulkAction; ids: number[]; back: string } {
  const body = bodyOf(req);
  const back = typeof body.back === "string" && /^[\w=&%.+-]*$/u.test(body.back) ? body.back : "";
  const single = typeof body.one === "string" ? /^(apply|dismiss|ignore):(\d{1,12})$/u.exec(body.one) : null;
  if (single) return { action: single[1] as BulkAction, ids: [Number(single[2])], back };
  const action = typeof body.do === "string" && (ACTIONS as readonly string[]).includes(body.do) ? (body.do as BulkAction) : null;
  if (!action) throw new BadRequestError("bulk-action");
  const raw = Array.isArray(body.ids) ? body.ids : body.ids === undefined ? [] : [body.ids];
  const ids = raw.map((v) => count(v)).filter((v): v is number => v !== null);
  if (ids.length > BULK_LIMIT) throw new BadRequestError("too-many");
  return { action, ids, back };
}

/** Applies or dismisses the ticked findings (or the one whose button was pressed), then back to the grid saying what was done and refused. */
export function actOnManyFindings(ctx: AppContext) {
  return http(ctx, {
    parse: readBulk,
    run: ({ store }, { action, ids }, actor) => actOnFindings(store, action, ids, actor),
    answer: {
      json: (outcome, { action }) => ({ ok: true, action, ...outcome }),
      redirect: (outcome, { action, back }) => {
        const query = new URLSearchParams(back);
        query.delete("page");
        const page = new URLSearchParams(back).get("page");
        if (page) query.set("page", page);
        query.set("acted", action);
        query.set("done", String(outcome.done.length));
        for (const reason of REASONS) {
          const n = outcome.refused.filter((r) => r.reason === reason).length;
          if (n) query.set(reason, String(n));
        }
        return `/findings?${query.toString()}`;
      },
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
