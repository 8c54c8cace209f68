/**
 * Importing an article pair from the browser: paste the two editions or upload two files (text,
 * HTML or DOCX). Bad files get a clear message in the interface language and nothing is stored;
 * a good pair opens its alignment view at once, its findings already computed. Reading,
 * aligning, storing and checking run in a worker thread (services/worker-tasks.ts), so a long
 * pair never stalls the server. The form page itself only renders, with no service to call.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { importInWorker } from "../services/worker-tasks.js";
import { http } from "../web/http.js";

type UploadedFiles = Record<string, { buffer: Buffer; originalname: string }[] | undefined>;

function sideInput(req: Request, side: "en" | "ar"): { bytes: Uint8Array; name: string } {
  const file = ((req as Request & { files?: unknown }).files as UploadedFiles | undefined)?.[`${side}File`]?.[0];
  if (file && file.buffer.length > 0) return { bytes: file.buffer, name: file.originalname };
  const pasted = ((req.body ?? {}) as Record<string, unknown>)[`${side}Text`];
  // Pasted text has no file name: "" is named in the reader's language where a message needs it
  // (web/send-error.ts), and a name without an extension lets the reader sniff the format.
  return { bytes: Buffer.from(typeof pasted === "string" ? pasted : "", "utf8"), name: "" };
}

export function showImport(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.send(ctx.render("import/import", { ...res.locals, title: res.locals.t("import.title") }));
  };
}

export function submitImport(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      return {
        files: { en: sideInput(req, "en"), ar: sideInput(req, "ar") },
        title: typeof body.title === "string" ? body.title : undefined,
        // What the form showed, to show it again with the message when the pair is refused.
        values: { title: body.title, enText: body.enText, arText: body.arText },
      };
    },
    run: ({ store, background }, { files, title }, actor) => importInWorker(store, background.tasks, files, { title }, actor.name),
    answer: { json: (result) => result, status: 201, redirect: (result) => `/documents/${result.id}` },
    refused: (_ctx, { values }, refusal, _error, t) => ({ view: "import/import", context: { error: refusal.message, title: t("import.title"), values } }),
  });
}
