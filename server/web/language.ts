/**
 * Chooses the interface language of each request: ?lang=ar|en (remembered in a cookie), else the
 * cookie, else the browser's Accept-Language, else English. Sets res.locals.lang and .dir, which
 * the layout puts on <html lang dir>, and res.locals.t for route handlers.
 */
import type { NextFunction, Request, Response } from "express";
import { LANGUAGES, translatorFor, type Language } from "../i18n/translate.js";

const COOKIE = "mizan_lang";

function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function fromCookie(header: string | undefined): Language | null {
  const match = /(?:^|;\s*)mizan_lang=(en|ar)(?:;|$)/u.exec(header ?? "");
  return match ? (match[1] as Language) : null;
}

function fromAcceptLanguage(header: string | undefined): Language | null {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (tag.startsWith("ar")) return "ar";
    if (tag.startsWith("en")) return "en";
  }
  return null;
}

export function chooseLanguage(req: Request, res: Response, next: NextFunction): void {
  let lang: Language;
  if (isLanguage(req.query.lang)) {
    lang = req.query.lang;
    res.cookie(COOKIE, lang, { httpOnly: true, sameSite: "lax", maxAge: 365 * 24 * 3600 * 1000, path: "/" });
  } else {
    lang = fromCookie(req.headers.cookie) ?? fromAcceptLanguage(req.headers["accept-language"]) ?? "en";
  }
  res.locals.lang = lang;
  res.locals.dir = lang === "ar" ? "rtl" : "ltr";
  res.locals.otherLang = lang === "ar" ? "en" : "ar";
  res.locals.t = translatorFor(lang);
  next();
}
