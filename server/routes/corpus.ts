/**
 * The corpus page: every document with its progress, filtered by title, status and date. It only
 * reads: findings are counted as stored (the background keeps them fresh).
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { filterDocuments } from "../services/corpus-view.js";

export function showCorpus(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const q = typeof req.query.q === "string" ? req.query.q.slice(0, 200) : "";
    const status = typeof req.query.status === "string" ? req.query.status : "";
    const from = typeof req.query.from === "string" ? req.query.from : "";
    const to = typeof req.query.to === "string" ? req.query.to : "";
    const documents = filterDocuments(ctx.store.listDocuments(), { q, status, from, to });
    res.send(ctx.render("corpus/list", { ...res.locals, documents, filter: { q, status, from, to }, title: "" }));
  };
}

export function corpusJson(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.json({ documents: ctx.store.listDocuments() });
  };
}
