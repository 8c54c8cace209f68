/**
 * Route guards: who may use a URL, declared beside the URL in routes/index.ts. Each guard is a
 * middleware that carries its rule (`guard.rule`), so a test can read every route's permissions
 * from the router itself. Browsers are sent to the login page; API clients (JSON) get 401/403.
 *
 * Some permissions depend on the data a request names (editing an English or an Arabic
 * paragraph, undoing a text or an alignment change). Such a guard lists the actions the route may
 * need and admits a role that has at least one; where the exact action can be read cheaply from
 * the data (`decidedFrom`), the guard checks it too; where it can only be known inside the
 * change's transaction (`decidedByService`), the service decides. The services check every
 * permission again either way: they also serve the command line and the worker threads.
 */
import type { NextFunction, Request, Response } from "express";
import { can, type Action } from "../domain/auth/permissions.js";
import type { UserRecord } from "../store/types.js";

export function wantsJson(req: Request): boolean {
  return req.path.startsWith("/api/") || (req.headers.accept ?? "").includes("application/json");
}

/** What a guard asks for, as data. */
export type PermissionRule =
  | { kind: "anyone" }
  | { kind: "login" }
  | { kind: "action"; action: Action }
  | { kind: "depends"; actions: readonly Action[]; on: string; decidedBy: "route" | "service" };

export type Guard = ((req: Request, res: Response, next: NextFunction) => void) & { readonly rule: PermissionRule };

/** How a data-dependent permission is decided: from the request's data, or by the service. */
export type Decider = { on: string; decide: ((req: Request) => Action | null) | null };

/** The guard reads the exact action from the data the request names; null: nothing to read (the service answers, e.g. 404). */
export function decidedFrom(on: string, decide: (req: Request) => Action | null): Decider {
  return { on, decide };
}

/** Only the service can tell (it reads the data inside the change's transaction). */
export function decidedByService(on: string): Decider {
  return { on, decide: null };
}

function guard(rule: PermissionRule, handler: (req: Request, res: Response, next: NextFunction) => void): Guard {
  return Object.assign(handler, { rule });
}

function refuse(req: Request, res: Response, next: NextFunction): void {
  res.status(403);
  if (wantsJson(req)) res.json({ error: "forbidden", message: res.locals.t("errors.auth.forbidden") });
  else next(Object.assign(new Error("forbidden"), { status: 403 }));
}

/** Open to everybody, logged in or not (the login page, the health check). */
export const anyone: Guard = guard({ kind: "anyone" }, (_req, _res, next) => next());

export const requireLogin: Guard = guard({ kind: "login" }, (req, res, next) => {
  if (res.locals.user) {
    next();
    return;
  }
  if (wantsJson(req)) {
    res.status(401).json({ error: "login-required", message: res.locals.t("errors.auth.loginRequired") });
    return;
  }
  res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
});

/**
 * `requirePermission("fix")`: the role must be allowed that action.
 * `requirePermission(["edit-en", "edit-ar"], decider)`: one of those, the exact one decided by
 * the decider (see the file comment).
 */
export function requirePermission(action: Action): Guard;
export function requirePermission(actions: readonly Action[], decider: Decider): Guard;
export function requirePermission(wanted: Action | readonly Action[], decider?: Decider): Guard {
  const actions: readonly Action[] = typeof wanted === "string" ? [wanted] : wanted;
  if (actions.length === 0 || (typeof wanted !== "string" && !decider)) throw new Error("requirePermission: name an action, or the actions and how the data decides between them");
  const rule: PermissionRule = typeof wanted === "string"
    ? { kind: "action", action: wanted }
    : { kind: "depends", actions, on: decider!.on, decidedBy: decider!.decide ? "route" : "service" };
  return guard(rule, (req, res, next) => {
    const user = res.locals.user as UserRecord | null;
    if (!user) {
      requireLogin(req, res, next);
      return;
    }
    if (!actions.some((a) => can(user.role, a))) {
      refuse(req, res, next);
      return;
    }
    const exact = decider?.decide?.(req) ?? null;
    if (exact !== null && !can(user.role, exact)) {
      refuse(req, res, next);
      return;
    }
    next();
  });
}
