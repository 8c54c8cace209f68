/**
 * SQLite: user accounts and login sessions. Passwords arrive already hashed (see
 * server/domain/auth/passwords.ts); sessions are random ids with an expiry, stored server-side.
 */
import type { SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";
import type { UserRecord, UserRole } from "./types.js";

type UserRow = { id: number; name: string; role: UserRole; created_at: string; disabled: number; password_hash: string };

const toUser = (r: UserRow): UserRecord => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, disabled: r.disabled === 1 });

export function createUser(db: SqlDatabase, name: string, passwordHash: string, role: UserRole): UserRecord {
  const result = statement(db, "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)").run(name, passwordHash, role, new Date().toISOString());
  return toUser(statement(db, "SELECT * FROM users WHERE id = ?").get(Number(result.lastInsertRowid)) as UserRow);
}

export function findUser(db: SqlDatabase, name: string): (UserRecord & { passwordHash: string }) | null {
  const row = statement(db, "SELECT * FROM users WHERE name = ?").get(name) as UserRow | undefined;
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
}

export function listUsers(db: SqlDatabase): UserRecord[] {
  return (statement(db, "SELECT * FROM users ORDER BY name").all() as UserRow[]).map(toUser);
}

export function updateUser(db: SqlDatabase, name: string, changes: { passwordHash?: string; role?: UserRole; disabled?: boolean }): boolean {
  return db.transaction(() => {
    const user = findUser(db, name);
    if (!user) return false;
    if (changes.passwordHash !== undefined) statement(db, "UPDATE users SET password_hash = ? WHERE id = ?").run(changes.passwordHash, user.id);
    if (changes.role !== undefined) statement(db, "UPDATE users SET role = ? WHERE id = ?").run(changes.role, user.id);
    if (changes.disabled !== undefined) statement(db, "UPDATE users SET disabled = ? WHERE id = ?").run(changes.disabled ? 1 : 0, user.id);
    // A changed password, role or status ends the user's sessions.
    statement(db, "DELETE FROM sessions WHERE user_id = ?").run(user.id);
    return true;
  }).immediate();
}

export function removeUser(db: SqlDatabase, name: string): boolean {
  return statement(db, "DELETE FROM users WHERE name = ?").run(name).changes > 0;
}

export function createSession(db: SqlDatabase, id: string, userId: number, expiresAt: string): void {
  statement(db, "INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)").run(id, userId, new Date().toISOString(), expiresAt);
}

export function sessionUser(db: SqlDatabase, id: string): UserRecord | null {
  const row = statement(db, 
    "SELECT u.*, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?",
  ).get(id) as (UserRow & { expires_at: string }) | undefined;
  if (!row) return null;
  if (row.expires_at < new Date().toISOString() || row.disabled === 1) {
    statement(db, "DELETE FROM sessions WHERE id = ?").run(id);
    return null;
  }
  return toUser(row);
}

export function deleteSession(db: SqlDatabase, id: string): void {
  statement(db, "DELETE FROM sessions WHERE id = ?").run(id);
}
