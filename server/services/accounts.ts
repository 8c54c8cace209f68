/**
 * Accounts: logging in and out with server-side sessions, the first-run admin, and user
 * management for the command line and the admin page. Login failures go to the audit log.
 * Every change to an account is checked whole before anything is written, then written in one
 * transaction together with its one audit entry; no change may leave the installation without
 * an active admin.
 */
import { randomBytes } from "node:crypto";
import type { Store, UserRecord, UserRole } from "../store/types.js";
import { hashPassword, hashPasswordAsync, MIN_PASSWORD_LENGTH, randomPassword, verifyPasswordAsync } from "../domain/auth/passwords.js";
import { isRole } from "../domain/auth/permissions.js";
import { findConfusable, normaliseUserName } from "../domain/auth/user-names.js";
import { BadRequestError } from "./errors.js";

export const SESSION_DAYS = 14;

/** A scrypt hash of a random password, compared when the user does not exist (same timing). */
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPasswordAsync(randomPassword()));

/** The account a typed name means: its NFKC form, or as written for names stored before NFKC. */
function lookUp(store: Store, name: string) {
  const clean = normaliseUserName(name);
  return clean ? store.findUser(clean) ?? (clean === name.trim() ? null : store.findUser(name.trim())) : null;
}

/**
 * Checks a name and password; on success opens a session and ends `previousSessionId`, the
 * session this browser had until now (whoever it belonged to), so one browser holds one session.
 */
export async function logIn(store: Store, name: unknown, password: unknown, previousSessionId?: string): Promise<{ sessionId: string; user: UserRecord } | null> {
  const userName = typeof name === "string" ? normaliseUserName(name) : "";
  const pass = typeof password === "string" ? password : "";
  const user = userName ? lookUp(store, name as string) : null;
  const ok = (await verifyPasswordAsync(pass, user?.passwordHash ?? (await decoy()))) && user !== null && !user.disabled;
  if (!ok || !user) {
    store.audit({ documentId: null, user: userName.slice(0, 100) || "(none)", action: "login-failed" });
    return null;
  }
  const sessionId = randomBytes(32).toString("base64url");
  store.atomically(() => {
    if (previousSessionId) store.deleteSession(previousSessionId);
    store.createSession(sessionId, user.id, new Date(Date.now() + SESSION_DAYS * 86400 * 1000).toISOString());
    store.audit({ documentId: null, user: user.name, action: "login" });
  });
  const { passwordHash: _hash, ...record } = user;
  return { sessionId, user: record };
}

export function logOut(store: Store, sessionId: string | undefined, userName: string | undefined): void {
  if (!sessionId) return;
  store.deleteSession(sessionId);
  if (userName) store.audit({ documentId: null, user: userName, action: "logout" });
}

function checkName(name: string): string {
  const clean = normaliseUserName(name);
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(clean)) throw new BadRequestError("bad-user-name");
  return clean;
}

function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new BadRequestError("password-too-short");
  return password;
}

const isActiveAdmin = (u: { role: UserRole; disabled: boolean }) => u.role === "admin" && !u.disabled;

/** Refuses a change that would take away the last active admin (`after` null: removal). */
function keepAnAdmin(store: Store, before: UserRecord, after: { role: UserRole; disabled: boolean } | null): void {
  if (!isActiveAdmin(before) || (after && isActiveAdmin(after))) return;
  if (store.listUsers().filter(isActiveAdmin).length <= 1) throw new BadRequestError("last-admin");
}

/** Adds an account; `actor` (a user name, or "cli") is written in the audit log. */
export function addUser(store: Store, name: string, password: string, role: string, actor = "cli"): UserRecord {
  if (!isRole(role)) throw new BadRequestError("bad-role");
  const clean = checkName(name);
  const hash = hashPassword(checkPassword(password));
  return store.atomically(() => {
    const users = store.listUsers();
    if (users.some((u) => u.name.toLowerCase() === clean.toLowerCase())) throw new BadRequestError("user-exists");
    if (findConfusable(clean, users.map((u) => u.name))) throw new BadRequestError("user-name-confusable");
    const user = store.createUser(clean, hash, role);
    store.audit({ documentId: null, user: actor, action: "user-add", target: `user:${user.name}`, details: { role: user.role } });
    return user;
  });
}

/** Every account, for the admin page. */
export function listAccounts(store: Store): UserRecord[] {
  return store.listUsers();
}

export type AccountChanges = { role?: string; password?: string; disabled?: boolean };

/**
 * Changes an account's role, password and state together: everything is checked first (a bad
 * role or short password changes nothing), then written in one transaction with one audit entry.
 * False when there is no such user.
 */
export function updateAccount(store: Store, actor: string, name: string, changes: AccountChanges): boolean {
  if (changes.role !== undefined && !isRole(changes.role)) throw new BadRequestError("bad-role");
  const passwordHash = changes.password !== undefined ? hashPassword(checkPassword(changes.password)) : undefined;
  const role = changes.role as UserRole | undefined;
  return store.atomically(() => {
    const user = lookUp(store, name);
    if (!user) return false;
    keepAnAdmin(store, user, { role: role ?? user.role, disabled: changes.disabled ?? user.disabled });
    store.updateUser(user.name, { passwordHash, role, disabled: changes.disabled });
    store.audit({
      documentId: null, user: actor, action: "user-update", target: `user:${user.name}`,
      details: { role, disabled: changes.disabled, password: passwordHash ? "changed" : undefined },
    });
    return true;
  });
}

export function changePassword(store: Store, name: string, password: string, actor = "cli"): boolean {
  return updateAccount(store, actor, name, { password });
}

/** Removes an account (never the last active admin); false when there is no such user. */
export function removeAccount(store: Store, actor: string, name: string): boolean {
  return store.atomically(() => {
    const user = lookUp(store, name);
    if (!user) return false;
    keepAnAdmin(store, user, null);
    store.removeUser(user.name);
    store.audit({ documentId: null, user: actor, action: "user-remove", target: `user:${user.name}` });
    return true;
  });
}

/**
 * On an empty user table: creates `admin` with MIZAN_ADMIN_PASSWORD or a random password, which is
 * returned (to be printed once) when it was generated. A MIZAN_ADMIN_PASSWORD shorter than any
 * other password may be is refused.
 */
export function ensureAdmin(store: Store, fromEnvironment = process.env.MIZAN_ADMIN_PASSWORD): { created: boolean; password?: string } {
  if (store.countUsers() > 0) return { created: false };
  if (fromEnvironment !== undefined && fromEnvironment !== "" && fromEnvironment.length < MIN_PASSWORD_LENGTH) {
    throw new BadRequestError("admin-password-too-short");
  }
  const generated = !fromEnvironment;
  const password = fromEnvironment || randomPassword();
  const hash = hashPassword(password);
  // Counted again inside the write transaction: of several instances starting at once on an empty
  // database, one creates the admin and the others find it there (no second admin, no failed start).
  const created = store.atomically(() => {
    if (store.countUsers() > 0) return false;
    store.createUser("admin", hash, "admin");
    return true;
  });
  if (!created) return { created: false };
  return generated ? { created: true, password } : { created: true };
}
