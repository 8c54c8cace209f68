/**
 * Reading a document: the alignment view (with row filters and search; `?fragment=rows` returns
 * only the rows and map, for the page script), its history page, and its JSON form for the API.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { buildAlignmentView, type RowFilter } from "../services/alignment-view.js";
import { buildHistoryView } from "../services/history-view.js";

const SHOWS: readonly NonNullable<RowFilter["show"]>[] = ["all", "unconfirmed", "non-1-1", "low", "one-sided"];

function readFilter(query: Request["query"]): RowFilter {
  const show = typeof query.show === "string" && (SHOWS as readonly string[]).includes(query.show) ? (query.show as RowFilter["show"]) : "all";
  const q = typeof query.q === "string" ? query.q.slice(0, 200) : "";
  return { show, q };
}

export function showDocument(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = Number(req.params.id);
    const view = Number.isInteger(id) ? buildAlignmentView(ctx.store, id, readFilter(req.query)) : null;
    if (!view) {
      next();
      return;
    }
    const context = { ...res.locals, ...view, title: view.document.title, shows: SHOWS };
    if (req.query.fragment === "rows") res.send(ctx.render("documents/rows", context, { layout: false }));
    else res.send(ctx.render("documents/alignment", context));
  };
}

export function showHistory(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = Number(req.params.id);
    const document = Number.isInteger(id) ? ctx.store.getDocument(id) : null;
    if (!document) {
      next();
      return;
    }
    res.send(ctx.render("documents/history", { ...res.locals, document, items: buildHistoryView(ctx.store, id), title: document.title }));
  };
}

export function documentJson(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const id = Number(req.params.id);
    const document = Number.isInteger(id) ? ctx.store.getDocument(id) : null;
    if (!document) {
      res.status(404).json({ error: "not-found", message: res.locals.t("errors.page.notFound") });
      return;
    }
    res.json({
      document,
      paragraphs: { en: ctx.store.getParagraphs(id, "en"), ar: ctx.store.getParagraphs(id, "ar") },
      beads: ctx.store.getBeads(id),
    });
  };
}
