/**
 * CSRF protection for every state-changing request, with csrf-csrf (double-submit cookie bound to
 * the session): forms carry the token in a hidden `_csrf` field, the page script sends it in the
 * X-CSRF-Token header. The signing secret is generated once per installation and kept in the
 * database, so tokens survive a restart.
 */
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { doubleCsrf } from "csrf-csrf";
import type { Store } from "../store/types.js";
import { secureCookies, SESSION_COOKIE } from "./session.js";

export function createCsrf(store: Store) {
  const secret = store.setting("csrf-secret", () => randomBytes(32).toString("base64"));
  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (req) => (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE] ?? "anonymous",
    cookieName: "mizan_csrf",
    cookieOptions: { sameSite: "strict", path: "/", secure: false, httpOnly: true },
    getCsrfTokenFromRequest: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = typeof body?._csrf === "string" ? body._csrf : undefined;
      return fromBody ?? (req.headers["x-csrf-token"] as string | undefined);
    },
  });
  return {
    /** Puts a token for this request's forms on res.locals.csrfToken. */
    issue(req: Request, res: Response, next: NextFunction): void {
      res.locals.csrfToken = generateCsrfToken(req, res, { cookieOptions: { secure: secureCookies(req) } });
      next();
    },
    protect: doubleCsrfProtection,
  };
}
