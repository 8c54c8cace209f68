/**
 * Text editing of one paragraph: the edit page (works without JavaScript), saving a new text,
 * splitting at an offset (or at a line break typed into the text), joining with the next one.
 * A stale edit answers 409 with a page that shows the current text beside the user's text.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { editParagraphText, joinParagraphs, splitParagraphAt } from "../services/review.js";
import { sendError } from "../web/send-error.js";
import { wantsJson } from "../web/guards.js";
import { actorOf } from "../web/actor.js";
import { can } from "../domain/auth/permissions.js";
import type { UserRecord } from "../store/types.js";
import { ConflictError } from "../store/conflict-error.js";
import { diffWords } from "../domain/history/render-diff.js";

export function showParagraphEditor(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const paragraph = ctx.store.getParagraph(Number(req.params.id));
    if (!paragraph) {
      next();
      return;
    }
    const user = res.locals.user as UserRecord;
    if (!can(user.role, paragraph.side === "en" ? "edit-en" : "edit-ar")) {
      next(Object.assign(new Error("forbidden"), { status: 403 }));
      return;
    }
    res.send(ctx.render("paragraphs/edit", { ...res.locals, paragraph, title: res.locals.t("edit.title") }));
  };
}

function afterEdit(req: Request, res: Response, documentId: number, payload: Record<string, unknown>): void {
  if (wantsJson(req)) res.json({ ok: true, ...payload });
  else res.redirect(303, `/documents/${documentId}`);
}

function conflictPage(ctx: AppContext, req: Request, res: Response, error: unknown, yours: string) {
  return () => {
    const paragraph = ctx.store.getParagraph(Number(req.params.id));
    const current = error instanceof ConflictError ? error.current : {};
    res.send(ctx.render("paragraphs/conflict", { ...res.locals, paragraph, current, yours, title: res.locals.t("edit.conflictTitle") }));
  };
}

export function saveParagraph(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    const id = Number(req.params.id);
    try {
      const before = ctx.store.getParagraph(id)?.text ?? "";
      const result = editParagraphText(ctx.store, id, Number(body.version), body.text, actorOf(res));
      const after = ctx.store.getParagraph(id)?.text ?? "";
      afterEdit(req, res, result.documentId, { version: result.version, diff: diffWords(before, after) });
    } catch (error) {
      sendError(req, res, next, error, error instanceof ConflictError ? conflictPage(ctx, req, res, error, String(body.text ?? "")) : undefined);
    }
  };
}

export function splitParagraph(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    const id = Number(req.params.id);
    try {
      const paragraph = ctx.store.getParagraph(id);
      // Without JavaScript the editor marks the split point with a line break in the text.
      // The break is only a marker: the text around it must be the stored text, unchanged.
      let offset = -1;
      if (body.offset !== undefined && body.offset !== "") offset = Number(body.offset);
      else if (typeof body.text === "string" && paragraph) {
        const marked = body.text.replace(/\r\n/gu, "\n");
        const at = marked.indexOf("\n");
        if (at >= 0 && marked.slice(0, at) + marked.slice(at + 1) === paragraph.text) offset = at;
      }
      const result = splitParagraphAt(ctx.store, id, Number(body.version), offset, actorOf(res));
      afterEdit(req, res, paragraph?.documentId ?? 0, { newParagraph: result.newParagraphId });
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function joinParagraph(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    const id = Number(req.params.id);
    try {
      const paragraph = ctx.store.getParagraph(id);
      joinParagraphs(ctx.store, id, Number(body.version), actorOf(res));
      afterEdit(req, res, paragraph?.documentId ?? 0, {});
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

/** GET /api/paragraphs/:id: the paragraph as stored (text with every character, and its version). */
export function paragraphJson(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const paragraph = ctx.store.getParagraph(Number(req.params.id));
    if (!paragraph) {
      res.status(404).json({ error: "not-found", message: res.locals.t("errors.page.notFound") });
      return;
    }
    res.json(paragraph);
  };
}
