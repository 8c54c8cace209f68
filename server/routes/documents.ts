/**
 * A document's alignment view.
 */
import type { Request, Response, NextFunction } from "express";
import type { AppContext } from "../app-context.js";
import { buildAlignmentView } from "../services/alignment-view.js";

export function showDocument(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = Number(req.params.id);
    const view = Number.isInteger(id) ? buildAlignmentView(ctx.store, id) : null;
    if (!view) {
      next();
      return;
    }
    res.send(ctx.render("documents/alignment", { ...res.locals, ...view, title: view.document.title }));
  };
}
