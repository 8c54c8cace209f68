/**
 * Administration of accounts (admins only): list, add, change role or password, disable, remove.
 * Every change is in the audit log.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { addUser, changePassword } from "../services/accounts.js";
import { ROLES, isRole } from "../domain/auth/permissions.js";
import { sendError } from "../web/send-error.js";
import { actorOf } from "./editor.js";
import { BadRequestError } from "../services/errors.js";

export function showUsers(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.send(ctx.render("users/list", { ...res.locals, users: ctx.store.listUsers(), roles: ROLES, title: res.locals.t("users.title") }));
  };
}

export function createUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    try {
      const user = addUser(ctx.store, String(body.name ?? ""), String(body.password ?? ""), String(body.role ?? ""));
      ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "user-add", target: `user:${user.name}`, details: { role: user.role } });
      res.redirect(303, "/users");
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function updateUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, unknown>;
    const name = String(req.params.name ?? "");
    try {
      if (body.role !== undefined && body.role !== "") {
        if (!isRole(body.role)) throw new BadRequestError("bad-role");
        ctx.store.updateUser(name, { role: body.role });
      }
      if (typeof body.password === "string" && body.password !== "") changePassword(ctx.store, name, body.password);
      if (body.disabled === "1" || body.disabled === "0") ctx.store.updateUser(name, { disabled: body.disabled === "1" });
      ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "user-update", target: `user:${name}`, details: { role: body.role, disabled: body.disabled, password: body.password ? "changed" : undefined } });
      res.redirect(303, "/users");
    } catch (error) {
      sendError(req, res, next, error);
    }
  };
}

export function removeUserFromForm(ctx: AppContext) {
  return (req: Request, res: Response) => {
    const name = String(req.params.name ?? "");
    if (name !== actorOf(res).name && ctx.store.removeUser(name)) {
      ctx.store.audit({ documentId: null, user: actorOf(res).name, action: "user-remove", target: `user:${name}` });
    }
    res.redirect(303, "/users");
  };
}
