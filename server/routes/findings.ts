/**
 * The checks' findings: applying a fix or dismissing a finding (from the alignment view), the
 * corpus-wide findings page grouped by check with counts and filters, and "apply this fix
 * everywhere" for consistency findings. Logic lives in services/document-checks.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { applyEverywhere, applyFix, CONSISTENCY_CHECKS, dismiss } from "../services/document-checks.js";
import { sendError } from "../web/send-error.js";
import { wantsJson } from "../web/guards.js";
import { actorOf } from "../web/actor.js";
import type { FindingRecord } from "../store/types.js";

function back(req: Request, res: Response, documentId: number, findingId?: number): void {
  if (wantsJson(req)) res.json({ ok: true, documentId });
  else res.redirect(303, `/documents/${documentId}${findingId ? "" : ""}`);
}

export function applyFindingFix(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      back(req, res, applyFix(ctx.store, Number(req.params.id), actorOf(res)).documentId);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function dismissFinding(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      back(req, res, dismiss(ctx.store, Number(req.params.id), actorOf(res)).documentId);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

type Group = { checkId: string; name: string; count: number; consistency: boolean; findings: (FindingRecord & { message: string; original: string })[] };

export function showFindings(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const t = res.locals.t as (key: string, params?: Record<string, unknown>) => string;
    const checkId = typeof req.query.check === "string" && req.query.check !== "" ? req.query.check : undefined;
    const severity = typeof req.query.severity === "string" && req.query.severity !== "" ? req.query.severity : undefined;
    const documentId = typeof req.query.document === "string" && /^\d+$/u.test(req.query.document) ? Number(req.query.document) : undefined;
    const findings = ctx.store.listFindings({ checkId, severity, documentId, limit: 2000 });
    const groups = new Map<string, Group>();
    for (const f of findings) {
      const group = groups.get(f.checkId) ?? { checkId: f.checkId, name: t(`checks.${f.checkId}.name`), count: 0, consistency: CONSISTENCY_CHECKS.includes(f.checkId), findings: [] };
      group.count++;
      if (group.findings.length < 200) group.findings.push({ ...f, message: t(`checks.${f.checkId}.message`, f.params), original: f.excerpt });
      groups.set(f.checkId, group);
    }
    const counts = ctx.store.countFindings(documentId);
    const number = (key: string) => (typeof req.query[key] === "string" && /^\d+$/u.test(req.query[key]) ? Number(req.query[key]) : null);
    const applied = number("applied");
    const summary = applied === null ? null : t("findings.everywhereDone", { applied, paragraphs: number("paragraphs") ?? applied, skipped: number("skipped") ?? 0 });
    const pending = ctx.store.staleFindings(1).length > 0;
    res.send(ctx.render("findings/list", {
      ...res.locals,
      title: t("findings.title"),
      groups: [...groups.values()].sort((a, b) => b.count - a.count),
      checks: [...new Set(counts.map((c) => c.checkId))].map((id) => ({ id, name: t(`checks.${id}.name`) })),
      total: findings.length,
      summary,
      pending,
      filter: { check: checkId ?? "", severity: severity ?? "", document: documentId ?? "" },
    }));
  };
}

export function applyFixEverywhere(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    try {
      const result = applyEverywhere(ctx.store, String(body.check ?? ""), String(body.original ?? ""), String(body.suggestion ?? ""), actorOf(res));
      if (wantsJson(req)) res.json({ ok: true, ...result });
      else res.redirect(303, `/findings?check=${encodeURIComponent(String(body.check ?? ""))}&applied=${result.applied}&paragraphs=${result.paragraphs}&skipped=${result.skipped}`);
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}
