/**
 * Logging in and out. The login form is CSRF-protected like every form; a failure says only that
 * the name or password is wrong. Failed logins are limited twice: per account (the user name's
 * skeleton, so "Admin" and "аdmin" count as "admin"), so that guessing one account's password
 * stalls without locking out anyone else, and per client address (behind a proxy, the address
 * the proxy reports when MIZAN_TRUST_PROXY says to believe it), so that one client trying many
 * accounts is stopped too. Both are counted in the database (web/rate-limit-store.ts), so every
 * app instance on it counts the same failures. A login ends the session the browser had before.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { AppContext } from "../app-context.js";
import { logIn, logOut } from "../services/accounts.js";
import { SESSION_COOKIE, sessionCookieOptions } from "../web/session.js";
import { userNameSkeleton } from "../domain/auth/user-names.js";
import type { Store } from "../store/types.js";
import { DatabaseRateLimitStore } from "../web/rate-limit-store.js";

const WINDOW_MS = 15 * 60 * 1000;
/** Failed logins per account in 15 minutes before that account's logins are refused. */
export const FAILURES_PER_ACCOUNT = 20;
/** Failed logins per client address in 15 minutes, whatever the accounts, before it is refused. */
export const FAILURES_PER_ADDRESS = 50;

/** Only local paths are followed after login, never another site. */
function safeNext(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

/** The 429 page in the user's language. */
const refuse = (messageKey: string) => (_req: Request, res: Response) => {
  res.status(429).send((res.locals.render as AppContext["render"])("errors/error", { ...res.locals, status: 429, message: res.locals.t(messageKey) }));
};

/** The per-address limit, then the per-account one; only failed logins count, in `store`'s database. */
export function loginRateLimit(store: Store): RequestHandler {
  // Without MIZAN_TRUST_PROXY an X-Forwarded-For header is ignored on purpose (anyone can send
  // one), so the library's warning about it is turned off; the README says when to set it.
  const common = {
    windowMs: WINDOW_MS, standardHeaders: "draft-8", legacyHeaders: false, skipSuccessfulRequests: true,
    validate: { xForwardedForHeader: false },
  } as const;
  const perAddress = rateLimit({ ...common, limit: FAILURES_PER_ADDRESS, identifier: "login-address",
    store: new DatabaseRateLimitStore(store, "login-address:"), handler: refuse("errors.auth.tooManyLogins") });
  const perAccount = rateLimit({
    ...common,
    limit: FAILURES_PER_ACCOUNT,
    identifier: "login-account",
    store: new DatabaseRateLimitStore(store, "login-account:"),
    keyGenerator: (req) => `account:${userNameSkeleton(String((req.body as Record<string, unknown> | undefined)?.name ?? "")).slice(0, 200)}`,
    handler: refuse("errors.auth.tooManyLoginsForAccount"),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    void perAddress(req, res, (error?: unknown) => (error ? next(error) : void perAccount(req, res, next)));
  };
}

export function showLogin(ctx: AppContext) {
  return (req: Request, res: Response) => {
    res.send(ctx.render("auth/login", { ...res.locals, next: safeNext(req.query.next), title: res.locals.t("auth.title") }));
  };
}

export function submitLogin(ctx: AppContext) {
  return async (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const previous = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const result = await logIn(ctx.store, body.name, body.password, previous);
    if (!result) {
      res.status(401).send(ctx.render("auth/login", { ...res.locals, next: safeNext(body.next), failed: true, name: body.name, title: res.locals.t("auth.title") }));
      return;
    }
    res.cookie(SESSION_COOKIE, result.sessionId, sessionCookieOptions(req));
    res.redirect(303, safeNext(body.next));
  };
}

export function submitLogout(ctx: AppContext) {
  return (req: Request, res: Response) => {
    logOut(ctx.store, res.locals.sessionId as string | undefined, (res.locals.user as { name?: string } | null)?.name);
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.redirect(303, "/login");
  };
}
