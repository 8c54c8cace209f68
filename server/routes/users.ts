/**
 * Administration of accounts (admins only): list, add, change role or password, disable, remove.
 * The handlers only read the form; the checks (whole update or nothing, never the last admin)
 * and the audit entries are in services/accounts.ts.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { addUser, removeAccount, updateAccount, type AccountChanges } from "../services/accounts.js";
import { ROLES } from "../domain/auth/permissions.js";
import { sendError } from "../web/send-error.js";
import { actorOf } from "../web/actor.js";
import { NotFoundError } from "../store/conflict-error.js";

export function showUsers(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.send(ctx.render("users/list", { ...res.locals, users: ctx.store.listUsers(), roles: ROLES, title: res.locals.t("users.title") }));
  };
}

export function createUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    try {
      addUser(ctx.store, String(body.name ?? ""), String(body.password ?? ""), String(body.role ?? ""), actorOf(res).name);
      res.redirect(303, "/users");
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

/** The changes a form asks for: empty fields change nothing. */
function changesOf(body: Record<string, unknown>): AccountChanges {
  const changes: AccountChanges = {};
  if (body.role !== undefined && body.role !== "") changes.role = String(body.role);
  if (typeof body.password === "string" && body.password !== "") changes.password = body.password;
  if (body.disabled === "1" || body.disabled === "0") changes.disabled = body.disabled === "1";
  return changes;
}

export function updateUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const name = String(req.params.name ?? "");
    try {
      if (!updateAccount(ctx.store, actorOf(res).name, name, changesOf(req.body as Record<string, unknown>))) throw new NotFoundError(`user:${name}`);
      res.redirect(303, "/users");
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function removeUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const name = String(req.params.name ?? "");
    try {
      if (name !== actorOf(res).name) removeAccount(ctx.store, actorOf(res).name, name);
      res.redirect(303, "/users");
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}
