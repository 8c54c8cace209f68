/**
 * Importing a translation memory from the browser: a page of its own (`/import/exchange`, linked
 * from the import page) uploads one TMX or XLIFF file, which a worker thread reads, checks and
 * stores (services/import-exchange.ts through services/worker-tasks.ts: all its documents or none),
 * as `mizan import-exchange` does. Every refusal (malformed, lying, entities, other languages, too
 * large, no pair) is the form again with the message in the interface language; success is a page
 * linking to each new document.
 */
import type { Request, RequestHandler } from "express";
import multer from "multer";
import type { AppContext } from "../app-context.js";
import { DEFAULT_LIMITS } from "../domain/exchange-import/types.js";
import { ExchangeImportError } from "../domain/exchange-import/exchange-import-error.js";
import { importExchangeInWorker } from "../services/worker-tasks.js";
import { findDocument } from "../services/document-read.js";
import { BadRequestError } from "../services/errors.js";
import { http } from "../web/http.js";

type Uploaded = { buffer: Buffer; originalname: string };
type ExchangeRequest = Request & { file?: Uploaded; exchangeTooLarge?: string };

/**
 * The upload: one file, at most as large as the importer reads. A larger one is not an error of the
 * request but a refusal the page explains (the importer's own "too large", in the reader's language):
 * the request goes on to the CSRF check and the controller, which says so.
 */
export function exchangeUpload(): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: DEFAULT_LIMITS.maxBytes, files: 1, fields: 5 } }).single("file");
  return (req, res, next) => {
    upload(req, res, (error: unknown) => {
      const failure = error as { code?: unknown; field?: unknown } | undefined;
      if (failure?.code === "LIMIT_FILE_SIZE") {
        (req as ExchangeRequest).exchangeTooLarge = "";
        next();
        return;
      }
      next(error);
    });
  };
}

export function showExchangeImport(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: () => ({}),
    answer: { page: (_result, _input, t) => ({ view: "import/exchange", context: { title: t("manage.exchange.title") } }) },
  });
}

export function submitExchangeImport(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const upload = req as ExchangeRequest;
      const title = typeof body.title === "string" && body.title.trim() !== "" ? body.title.trim().slice(0, 200) : undefined;
      const file = upload.file && upload.file.buffer.length > 0 ? { bytes: new Uint8Array(upload.file.buffer), name: upload.file.originalname } : null;
      return { file, title, tooLarge: upload.exchangeTooLarge !== undefined };
    },
    run: async ({ store, background }, { file, title, tooLarge }, actor) => {
      if (tooLarge) throw new ExchangeImportError("too-large", { name: "", limit: DEFAULT_LIMITS.maxBytes });
      if (!file) throw new BadRequestError("no-exchange-file");
      const result = await importExchangeInWorker(store, background.tasks, file, title, actor.name);
      const documents = result.documents.map((id) => findDocument(store, id)).filter((d) => d !== null);
      return { ...result, documents };
    },
    answer: {
      json: (result) => ({ ...result, documents: result.documents.map((d) => ({ id: d.id, title: d.title })) }),
      status: 201,
      page: (result, _input, t) => ({ view: "import/exchange-done", context: { result, title: t("manage.exchange.doneTitle") } }),
    },
    refused: (_ctx, { title }, refusal, _error, t) => ({ view: "import/exchange", context: { error: refusal.message, values: { title: title ?? "" }, title: t("manage.exchange.title") } }),
  });
}
