/**
 * The corpus page: every document with its progress.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";

export function showCorpus(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    const documents = ctx.store.listDocuments();
    res.send(ctx.render("corpus/list", { ...res.locals, documents, title: "" }));
  };
}
