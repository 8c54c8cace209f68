/**
 * Importing a whole archive from the browser (issue 14): `/archives/new` uploads one archive file
 * per edition (ZIP, WXR or JSON lines) with the archive's name and the pairing's options (the
 * date window, the threshold, and optionally the score from which pairs are confirmed at once).
 * The POST only stores the files and queues the archive job (services/archive-start.ts); the job
 * runs in the background and the browser is sent to its page, `/jobs/:id`. A refusal (a missing
 * or too large file, a bad option) is the form again with the message in the interface language.
 */
import type { Request, RequestHandler } from "express";
import multer from "multer";
import type { AppContext } from "../app-context.js";
import { ARCHIVE_DEFAULTS, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_NAME, MAX_WINDOW_DAYS, startArchiveImport } from "../services/archive-start.js";
import { BadRequestError } from "../services/errors.js";
import { http } from "../web/http.js";

type Uploaded = { buffer: Buffer; originalname: string };
type ArchiveRequest = Request & { files?: Record<string, Uploaded[] | undefined>; archiveTooLarge?: true };

/**
 * The upload: two files, each at most MAX_ARCHIVE_BYTES (100 MB, what the ZIP reader unpacks at
 * most). A larger one is not an error of the request but a refusal the form explains: the request
 * goes on to the CSRF check and the controller, which says so.
 */
export function archiveUpload(): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_ARCHIVE_BYTES, files: 2, fields: 10 } })
    .fields([{ name: "enFile", maxCount: 1 }, { name: "arFile", maxCount: 1 }]);
  return (req, res, next) => {
    upload(req, res, (error: unknown) => {
      if ((error as { code?: unknown } | undefined)?.code === "LIMIT_FILE_SIZE") {
        (req as ArchiveRequest).archiveTooLarge = true;
        next();
        return;
      }
      next(error);
    });
  };
}

const formContext = (t: (key: string) => string, values: Record<string, unknown>, error?: string) => ({
  title: t("archiveImport.title"), values, error, limits: { name: MAX_ARCHIVE_NAME, window: MAX_WINDOW_DAYS, megabytes: MAX_ARCHIVE_BYTES / (1024 * 1024) },
});

const DEFAULT_VALUES = { name: "", windowDays: String(ARCHIVE_DEFAULTS.windowDays), threshold: String(ARCHIVE_DEFAULTS.threshold), confirmAbove: "" };

export function showArchiveImport(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: () => ({}),
    answer: { page: (_result, _input, t) => ({ view: "archives/new", context: formContext(t, DEFAULT_VALUES) }) },
  });
}

/** A number field: a finite number, or a refusal with the field's own code (empty: the fallback). */
function numberField(text: string, code: string, empty?: null): number | null {
  if (text.trim() === "") {
    if (empty === null) return null;
    throw new BadRequestError(code);
  }
  const x = Number(text.trim());
  if (!Number.isFinite(x)) throw new BadRequestError(code);
  return x;
}

export function submitArchiveImport(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const text = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
      const upload = req as ArchiveRequest;
      const file = (field: string) => {
        const f = upload.files?.[field]?.[0];
        return f && f.buffer.length > 0 ? { name: f.originalname, bytes: new Uint8Array(f.buffer.buffer, f.buffer.byteOffset, f.buffer.byteLength) } : null;
      };
      return {
        files: { en: file("enFile"), ar: file("arFile") },
        tooLarge: upload.archiveTooLarge === true,
        values: { name: text("name").slice(0, MAX_ARCHIVE_NAME * 2), windowDays: text("windowDays"), threshold: text("threshold"), confirmAbove: text("confirmAbove") },
      };
    },
    run: ({ store, background }, { files, tooLarge, values }, actor) => {
      if (tooLarge) throw new BadRequestError("archive-file-too-large");
      const windowDays = numberField(values.windowDays, "archive-bad-window") as number;
      const threshold = numberField(values.threshold, "archive-bad-threshold") as number;
      const confirmAbove = numberField(values.confirmAbove, "archive-bad-confirm-above", null);
      const started = startArchiveImport(store, files, { name: values.name, windowDays, threshold, confirmAbove, user: actor.name });
      background.jobs.wake();
      return started;
    },
    answer: {
      json: (result) => result,
      status: 201,
      redirect: (result) => `/jobs/${result.jobId}`,
    },
    refused: (_ctx, { values }, refusal, _error, t) => ({ view: "archives/new", context: formContext(t, values, refusal.message) }),
  });
}
