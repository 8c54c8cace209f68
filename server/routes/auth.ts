/**
 * Logging in and out. The login form is CSRF-protected like every form and rate-limited per
 * address; a failure says only that the name or password is wrong.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { logIn, logOut } from "../services/accounts.js";
import { SESSION_COOKIE, sessionCookieOptions } from "../web/session.js";

/** Only local paths are followed after login, never another site. */
function safeNext(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export function showLogin(ctx: AppContext) {
  return (req: Request, res: Response) => {
    res.send(ctx.render("auth/login", { ...res.locals, next: safeNext(req.query.next), title: res.locals.t("auth.title") }));
  };
}

export function submitLogin(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown>;
    const result = logIn(ctx.store, body.name, body.password);
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
