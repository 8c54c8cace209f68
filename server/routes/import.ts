/**
 * Importing an article pair from the browser: paste the two editions or upload two files (text,
 * HTML or DOCX). Bad files get a clear message in the interface language and nothing is stored;
 * a good pair opens its alignment view at once, its findings already computed.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { sendError } from "../web/send-error.js";
import { wantsJson } from "../web/guards.js";
import { actorOf } from "../web/actor.js";

type UploadedFiles = Record<string, { buffer: Buffer; originalname: string }[] | undefined>;

function sideInput(req: Request, side: "en" | "ar"): { bytes: Uint8Array; name: string } {
  const file = ((req as Request & { files?: unknown }).files as UploadedFiles | undefined)?.[`${side}File`]?.[0];
  if (file && file.buffer.length > 0) return { bytes: file.buffer, name: file.originalname };
  const pasted = (req.body as Record<string, unknown>)[`${side}Text`];
  return { bytes: Buffer.from(typeof pasted === "string" ? pasted : "", "utf8"), name: side === "en" ? "English" : "Arabic" };
}

export function showImport(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.send(ctx.render("import/import", { ...res.locals, title: res.locals.t("import.title") }));
  };
}

export function submitImport(ctx: AppContext) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    try {
      // Reading, aligning, storing and checking run in a worker thread: a long pair never stalls the server.
      const result = await ctx.background.tasks.run({
        kind: "import", location: ctx.store.location,
        files: { en: sideInput(req, "en"), ar: sideInput(req, "ar") },
        meta: { title: typeof body.title === "string" ? body.title : undefined },
        user: actorOf(res).name,
      });
      if (wantsJson(req)) res.status(201).json(result);
      else res.redirect(303, `/documents/${result.id}`);
    } catch (error) {
      sendError(req, res, next, error, (answer) =>
        res.send(ctx.render("import/import", { ...res.locals, error: answer.message, title: res.locals.t("import.title"), values: { title: body.title, enText: body.enText, arText: body.arText } })),
      );
    }
  };
}
