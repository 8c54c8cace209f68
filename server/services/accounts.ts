/**
 * Accounts: logging in and out with server-side sessions, the first-run admin, and user
 * management for the command line and the admin page. Login failures go to the audit log.
 */
import { randomBytes } from "node:crypto";
import type { Store, UserRecord, UserRole } from "../store/types.js";
import { hashPassword, MIN_PASSWORD_LENGTH, randomPassword, verifyPassword } from "../domain/auth/passwords.js";
import { isRole } from "../domain/auth/permissions.js";
import { BadRequestError } from "./errors.js";

export const SESSION_DAYS = 14;

/** A scrypt hash of a random password, compared when the user does not exist (same timing). */
let decoyHash: string | null = null;
const decoy = () => (decoyHash ??= hashPassword(randomPassword()));

export function logIn(store: Store, name: unknown, password: unknown): { sessionId: string; user: UserRecord } | null {
  const userName = typeof name === "string" ? name.trim() : "";
  const pass = typeof password === "string" ? password : "";
  const user = userName ? store.findUser(userName) : null;
  const ok = verifyPassword(pass, user?.passwordHash ?? decoy()) && user !== null && !user.disabled;
  if (!ok || !user) {
    store.audit({ documentId: null, user: userName.slice(0, 100) || "(none)", action: "login-failed" });
    return null;
  }
  const sessionId = randomBytes(32).toString("base64url");
  store.createSession(sessionId, user.id, new Date(Date.now() + SESSION_DAYS * 86400 * 1000).toISOString());
  store.audit({ documentId: null, user: user.name, action: "login" });
  const { passwordHash: _hash, ...record } = user;
  return { sessionId, user: record };
}

export function logOut(store: Store, sessionId: string | undefined, userName: string | undefined): void {
  if (!sessionId) return;
  store.deleteSession(sessionId);
  if (userName) store.audit({ documentId: null, user: userName, action: "logout" });
}

function checkName(name: string): string {
  const clean = name.trim();
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(clean)) throw new BadRequestError("bad-user-name");
  return clean;
}

function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new BadRequestError("password-too-short");
  return password;
}

export function addUser(store: Store, name: string, password: string, role: string): UserRecord {
  if (!isRole(role)) throw new BadRequestError("bad-role");
  const clean = checkName(name);
  if (store.findUser(clean)) throw new BadRequestError("user-exists");
  return store.createUser(clean, hashPassword(checkPassword(password)), role as UserRole);
}

export function changePassword(store: Store, name: string, password: string): boolean {
  return store.updateUser(name, { passwordHash: hashPassword(checkPassword(password)) });
}

/**
 * On an empty user table: creates `admin` with MIZAN_ADMIN_PASSWORD or a random password, which is
 * returned (to be printed once) when it was generated.
 */
export function ensureAdmin(store: Store, fromEnvironment = process.env.MIZAN_ADMIN_PASSWORD): { created: boolean; password?: string } {
  if (store.countUsers() > 0) return { created: false };
  const generated = !fromEnvironment;
  const password = fromEnvironment ?? randomPassword();
  store.createUser("admin", hashPassword(password), "admin");
  return generated ? { created: true, password } : { created: true };
}
