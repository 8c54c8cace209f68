/**
 * One place that turns a service error into an HTTP answer in the user's language: JSON for the
 * API and the page script, a page for browsers (the plain error page, or the page the caller
 * gives, e.g. the form again with its message). Unknown errors go to the app's 500 handler.
 * The route adapter (web/http.ts) sends every refusal through here. A refused action (403) is a
 * page of its own: what was refused and why, who the user is and in what role, whom to ask, and
 * the way back to the page the user came from (errorPageContext; the app's error handler uses it
 * for the guards' refusals too).
 */
import type { NextFunction, Request, Response } from "express";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "../services/errors.js";
import { ImportError } from "../import/import-error.js";
import { ExchangeImportError } from "../domain/exchange-import/exchange-import-error.js";
import { InvalidAlignment } from "../domain/align/check-cover.js";
import { GlossaryInputError } from "../services/glossary.js";
import { AcceptedWordInputError } from "../services/accepted-words.js";
import { wantsJson } from "./guards.js";

/** A refusal as HTTP: status, the JSON `error` code, the message in the user's language, extra JSON fields. */
export type Refusal = { status: number; error: string; message: string; extra?: Record<string, unknown>; why?: "role" | "locked" };

/** The path of the page the request came from, when it is a page of this site (else null: no link). */
function sameSiteReferrer(req: Request): string | null {
  const referrer = req.get("referer");
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    if (url.host !== req.get("host") || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/** What the error page shows: the status and message, and for a refused action the page's other parts. */
export function errorPageContext(req: Request, res: Response, status: number, message: string, why?: "role" | "locked"): Record<string, unknown> {
  const base = { ...res.locals, status, message };
  if (status !== 403 || !why) return base;
  return { ...base, forbidden: why, back: sameSiteReferrer(req), title: res.locals.t("forbidden.title") };
}

/** Import refusals that are not about the files sent: a preview gone, expired or someone else's. */
const IMPORT_STATUS: Partial<Record<ImportError["code"], number>> = { "preview-missing": 404, "preview-expired": 410, "preview-not-yours": 403 };

export function describeError(error: unknown, t: (key: string, params?: Record<string, unknown>) => string): Refusal | null {
  if (error instanceof ConflictError) {
    return { status: 409, error: "conflict", message: t("errors.conflict"), extra: { target: error.target, current: error.current } };
  }
  if (error instanceof NotFoundError) return { status: 404, error: "not-found", message: t("errors.page.notFound") };
  if (error instanceof ForbiddenError) {
    const why = error.reason === "locked" ? "locked" : "role";
    return { status: 403, error: "forbidden", message: t(`errors.auth.${why === "locked" ? "locked" : "forbidden"}`), why };
  }
  if (error instanceof BadRequestError) return { status: 400, error: error.reason, message: t(`errors.operation.${error.reason}`) };
  if (error instanceof InvalidAlignment) return { status: 400, error: "invalid-alignment", message: t("errors.operation.invalid-alignment") };
  if (error instanceof ImportError) {
    // Pasted text comes with the name "" (routes/import.ts): it is named in the reader's language.
    const named = (name: unknown) => (name === "" ? t("import.pastedName") : name);
    const { name, en, ar } = error.params;
    const params = { ...error.params, side: t(`sides.${error.params.side ?? "en"}`), name: named(name), en: named(en), ar: named(ar) };
    return { status: IMPORT_STATUS[error.code] ?? 400, error: error.code, message: t(`errors.import.${error.code}`, params) };
  }
  if (error instanceof ExchangeImportError) {
    // A file too large to be received has no name yet: it is named in the reader's language.
    const params = { ...error.params, name: error.params.name === "" || error.params.name === undefined ? t("manage.exchange.unnamed") : error.params.name };
    return { status: 400, error: error.code, message: t(`exports.import.${error.code}`, params) };
  }
  if (error instanceof GlossaryInputError) {
    const extra = error.variantOffer ? { approved: error.variantOffer.approved } : undefined;
    return { status: 400, error: "glossary", message: t(error.messageKey, error.params), ...(extra ? { extra } : {}) };
  }
  if (error instanceof AcceptedWordInputError) return { status: 400, error: "accepted-word", message: t(error.messageKey, error.params) };
  return null;
}

export function sendError(req: Request, res: Response, next: NextFunction, error: unknown, page?: (answer: Refusal) => void): void {
  const answer = describeError(error, res.locals.t);
  if (!answer) {
    next(error);
    return;
  }
  res.status(answer.status);
  if (wantsJson(req)) {
    res.json({ error: answer.error, message: answer.message, ...answer.extra });
    return;
  }
  if (page) {
    page(answer);
    return;
  }
  res.send(res.locals.render("errors/error", errorPageContext(req, res, answer.status, answer.message, answer.why)));
}
