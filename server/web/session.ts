/**
 * Reads the session cookie and puts the logged-in user (or null) on res.locals, with what the
 * user's role may do, for routes and templates. The cookie is HttpOnly, SameSite=Lax, and Secure
 * when the app is served over HTTPS (MIZAN_SECURE_COOKIES=1 or a secure request).
 */
import type { NextFunction, Request, Response } from "express";
import type { Store, UserRecord } from "../store/types.js";
import { abilities } from "../domain/auth/permissions.js";
import { SESSION_DAYS } from "../services/accounts.js";

export const SESSION_COOKIE = "mizan_session";

export function secureCookies(req: Request): boolean {
  return process.env.MIZAN_SECURE_COOKIES === "1" || req.secure;
}

export function sessionCookieOptions(req: Request) {
  return { httpOnly: true, sameSite: "lax" as const, secure: secureCookies(req), path: "/", maxAge: SESSION_DAYS * 86400 * 1000 };
}

export function loadSession(store: Store) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const user: UserRecord | null = id ? store.sessionUser(id) : null;
    res.locals.user = user;
    res.locals.sessionId = user ? id : undefined;
    res.locals.can = abilities(user?.role);
    next();
  };
}
