/**
 * Administration of accounts (admins only): list, add, change role or password, disable, remove.
 * The controllers (web/http.ts) only read the form; the checks (whole update or nothing, never
 * the last admin) and the audit entries are in services/accounts.ts. Forms are always answered
 * with the users page again (303), refusals with the error page. The new-user form offers the
 * least privileged role first (DEFAULT_ROLE). Removing asks first: GET /users/:name/remove shows
 * a confirmation form that posts `confirmed=yes`; a removal posted without it is sent there.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { addUser, listAccounts, removeAccount, updateAccount, type AccountChanges } from "../services/accounts.js";
import { DEFAULT_ROLE, ROLES } from "../domain/auth/permissions.js";
import { NotFoundError } from "../store/conflict-error.js";
import { http } from "../web/http.js";

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToUsers = (): string => "/users";

export function showUsers(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: ({ store }) => listAccounts(store),
    answer: { page: (users, _input, t) => ({ view: "users/list", context: { users, roles: ROLES, defaultRole: DEFAULT_ROLE, title: t("users.title") } }) },
  });
}

/** The page that asks before an account is removed. */
const removalPage = (name: string): string => `/users/${encodeURIComponent(name)}/remove`;

export function confirmUserRemoval(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ name: String(req.params.name ?? "") }),
    run: ({ store }, { name }) => {
      const account = listAccounts(store).find((u) => u.name === name);
      if (!account) throw new NotFoundError(`user:${name}`);
      return account;
    },
    answer: { page: (account, _input, t) => ({ view: "users/remove", context: { account, title: t("users.removeTitle", { name: account.name }) } }) },
  });
}

export function createUserFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ name: String(bodyOf(req).name ?? ""), password: String(bodyOf(req).password ?? ""), role: String(bodyOf(req).role ?? "") }),
    run: ({ store }, { name, password, role }, actor) => addUser(store, name, password, role, actor.name),
    answer: { redirect: backToUsers },
  });
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
  return http(ctx, {
    parse: (req) => ({ name: String(req.params.name ?? ""), changes: changesOf(bodyOf(req)) }),
    run: ({ store }, { name, changes }, actor) => {
      if (!updateAccount(store, actor.name, name, changes)) throw new NotFoundError(`user:${name}`);
    },
    answer: { redirect: backToUsers },
  });
}

export function removeUserFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ name: String(req.params.name ?? ""), confirmed: bodyOf(req).confirmed === "yes" }),
    // Nobody removes their own account from this page (the form does not offer it).
    run: ({ store }, { name, confirmed }, actor) => {
      if (confirmed && name !== actor.name) removeAccount(store, actor.name, name);
    },
    answer: { redirect: (_result, { name, confirmed }) => (confirmed ? backToUsers() : removalPage(name)) },
  });
}
