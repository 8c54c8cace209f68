/**
 * Route guards: a page or call that needs a logged-in user, or a role allowed to do an action.
 * Browsers are sent to the login page; API clients (JSON) get 401/403 with a message.
 */
import type { NextFunction, Request, Response } from "express";
import { can, type Action } from "../domain/auth/permissions.js";
import type { UserRecord } from "../store/types.js";

export function wantsJson(req: Request): boolean {
  return req.path.startsWith("/api/") || (req.headers.accept ?? "").includes("application/json");
}

export function requireLogin(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.user) {
    next();
    return;
  }
  if (wantsJson(req)) {
    res.status(401).json({ error: "login-required", message: res.locals.t("errors.auth.loginRequired") });
    return;
  }
  res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
}

export function requirePermission(action: Action) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const user = res.locals.user as UserRecord | null;
    if (!user) {
      requireLogin(req, res, next);
      return;
    }
    if (can(user.role, action)) {
      next();
      return;
    }
    res.status(403);
    if (wantsJson(req)) res.json({ error: "forbidden", message: res.locals.t("errors.auth.forbidden") });
    else next(Object.assign(new Error("forbidden"), { status: 403 }));
  };
}
