/**
 * Importing an article pair from the browser: paste the two editions or upload two files (text,
 * HTML or DOCX), with each edition's publication date if known. The form's POST reads the files
 * (in a worker thread, services/worker-tasks.ts) and opens a preview of how each was cut into
 * paragraphs, which waits in the database (services/import-preview.ts); its "Save" aligns,
 * stores and checks the document (in a worker too) and opens its alignment view. Bad files or
 * dates get a clear message in the interface language and nothing is stored. The API's import
 * (`POST /api/import`) stores at once, as before, and answers JSON.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { checkImportDates } from "../services/import-article.js";
import { importPreviewView } from "../services/import-preview.js";
import { importInWorker, previewImportInWorker, saveImportInWorker } from "../services/worker-tasks.js";
import { latestPublicationDate } from "../domain/publication-date.js";
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

const textField = (body: Record<string, unknown>, name: string): string | undefined => (typeof body[name] === "string" ? body[name] : undefined);

/** The form's fields: both editions, the title and the two dates (checked by the service). */
function parseImportForm(req: Request) {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return {
    files: { en: sideInput(req, "en"), ar: sideInput(req, "ar") },
    title: textField(body, "title"),
    dates: { enDate: textField(body, "enDate"), arDate: textField(body, "arDate") },
    // What the form showed, to show it again with the message when the pair is refused.
    values: { title: body.title, enText: body.enText, arText: body.arText, enDate: body.enDate, arDate: body.arDate },
  };
}

/** What the form page needs besides the request's locals: the latest date its date fields accept. */
function formContext(t: (key: string) => string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: t("import.title"), latestDate: latestPublicationDate(new Date()), ...extra };
}

export function showImport(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.send(ctx.render("import/import", { ...res.locals, ...formContext(res.locals.t) }));
  };
}

/** The form's POST: reads the files into a pending import and opens its preview. */
export function submitImport(ctx: AppContext) {
  return http(ctx, {
    parse: parseImportForm,
    run: ({ store, background }, { files, title, dates }, actor) =>
      previewImportInWorker(store, background.tasks, files, { title, ...checkImportDates(dates, new Date()) }, actor.name),
    answer: { redirect: (result) => `/import/preview/${result.pendingId}` },
    refused: (_ctx, { values }, refusal, _error, t) => ({ view: "import/import", context: formContext(t, { error: refusal.message, values }) }),
  });
}

/** `POST /api/import`: reads, aligns and stores at once; answers the document's id and counts. */
export function importNow(ctx: AppContext) {
  return http(ctx, {
    parse: parseImportForm,
    run: ({ store, background }, { files, title, dates }, actor) =>
      importInWorker(store, background.tasks, files, { title, ...checkImportDates(dates, new Date()) }, actor.name),
    answer: { json: (result) => result, status: 201 },
  });
}

/** The preview of a pending import (its owner only), or, once saved, a link to its document. */
export function showImportPreview(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ pendingId: String(req.params.id ?? "") }),
    run: ({ store }, { pendingId }, actor) => importPreviewView(store, pendingId, actor.name),
    answer: { page: (view, _input, t) => ({ view: "import/preview", context: { title: t("import.preview.title"), preview: view } }) },
    refused: (_ctx, _input, refusal, _error, t) => ({ view: "import/import", context: formContext(t, { error: refusal.message }) }),
  });
}

/** "Save" on the preview: aligns, stores and checks the pending import, then opens the document. */
export function saveImport(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ pendingId: textField((req.body ?? {}) as Record<string, unknown>, "pending") ?? "" }),
    run: ({ store, background }, { pendingId }, actor) => saveImportInWorker(store, background.tasks, pendingId, actor.name),
    answer: { redirect: (saved) => `/documents/${saved.id}` },
    refused: (_ctx, _input, refusal, _error, t) => ({ view: "import/import", context: formContext(t, { error: refusal.message }) }),
  });
}
