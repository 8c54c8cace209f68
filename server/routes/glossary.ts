/**
 * The glossary: approved English spellings of Arabic names and terms, used by the aligner and the
 * checks. View and search it, add or change an entry, remove one, import a TSV (pasted or
 * uploaded: ar, en, kind, note) and export it as TSV. Every change is in the audit log.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { formatGlossary, GlossaryFormatError, parseGlossary } from "../domain/glossary/parse-glossary.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";
import { actorOf } from "../web/actor.js";
import { wantsJson } from "../web/guards.js";


export function showGlossary(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const q = typeof req.query.q === "string" ? req.query.q.slice(0, 100) : "";
    const needle = normaliseArabic(q).toLowerCase();
    const entries = ctx.store.listGlossary().filter((e) => !needle || normaliseArabic(`${e.ar} ${e.en} ${e.note}`).toLowerCase().includes(needle));
    res.send(ctx.render("glossary/list", { ...res.locals, entries, q, title: res.locals.t("glossary.title") }));
  };
}

function glossaryError(ctx: AppContext, req: Request, res: Response, message: string): void {
  res.status(400);
  if (wantsJson(req)) res.json({ error: "glossary", message });
  else res.send(ctx.render("glossary/list", { ...res.locals, entries: ctx.store.listGlossary(), error: message, title: res.locals.t("glossary.title") }));
}

export function saveGlossaryEntry(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const entry = { ar: String(body.ar ?? "").trim(), en: String(body.en ?? "").trim(), kind: String(body.kind ?? "term").trim() || "term", note: String(body.note ?? "").trim() };
    if (!entry.ar || !entry.en || entry.ar.length > 200 || entry.en.length > 200) {
      glossaryError(ctx, req, res, res.locals.t("glossary.needsBoth"));
      return;
    }
    ctx.store.upsertGlossary([entry]);
    ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "glossary-save", target: `glossary:${entry.ar}`, details: entry });
    res.redirect(303, "/glossary");
  };
}

export function removeGlossary(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    if (ctx.store.removeGlossaryEntry(String(body.ar ?? ""), String(body.en ?? ""))) {
      ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "glossary-remove", target: `glossary:${String(body.ar ?? "")}`, details: { ar: body.ar, en: body.en } });
    }
    res.redirect(303, "/glossary");
  };
}

export function importGlossary(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const file = (req as Request & { file?: { buffer: Buffer } }).file;
    const pasted = (req.body as Record<string, unknown>).tsv;
    const text = file ? new TextDecoder("utf-8", { fatal: false }).decode(file.buffer) : typeof pasted === "string" ? pasted : "";
    try {
      const added = ctx.store.upsertGlossary(parseGlossary(text));
      ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "glossary-import", target: "glossary", details: { added } });
      if (wantsJson(req)) res.json({ ok: true, added });
      else res.redirect(303, "/glossary");
    } catch (error) {
      if (error instanceof GlossaryFormatError) glossaryError(ctx, req, res, res.locals.t("glossary.badTsv", { lines: error.lines.join(", ") }));
      else next(error);
    }
  };
}

export function exportGlossary(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.setHeader("Content-Type", "text/tab-separated-values; charset=utf-8");
    res.setHeader("Content-Disposition", 'attachment; filename="glossary.tsv"');
    res.send(formatGlossary(ctx.store.listGlossary()));
  };
}
