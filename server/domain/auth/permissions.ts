/**
 * Who may do what, as one table. Routes ask `can(role, action)`; the interface asks the same
 * question to hide what a role cannot do. Roles: admin (everything), translator (alignment and
 * Arabic text), copy editor (text on either side, fixes, dismissals), viewer (read and export).
 */
import type { UserRole } from "./roles.js";

export const ROLES: readonly UserRole[] = ["admin", "translator", "copy-editor", "viewer"];

export type Action =
  | "read"
  | "export"
  | "import"
  | "align"
  | "edit-en"
  | "edit-ar"
  | "fix"
  | "dismiss"
  | "set-status"
  | "edit-locked"
  | "manage-users"
  | "edit-glossary"
  | "audit";

export const PERMISSIONS: Record<Action, readonly UserRole[]> = {
  read: ROLES,
  export: ROLES,
  import: ["admin", "translator", "copy-editor"],
  align: ["admin", "translator"],
  "edit-en": ["admin", "copy-editor"],
  "edit-ar": ["admin", "translator", "copy-editor"],
  fix: ["admin", "copy-editor"],
  dismiss: ["admin", "copy-editor"],
  "set-status": ["admin", "translator", "copy-editor"],
  "edit-locked": ["admin"],
  "manage-users": ["admin"],
  "edit-glossary": ["admin", "translator", "copy-editor"],
  audit: ["admin"],
};

export function can(role: UserRole | undefined, action: Action): boolean {
  return role !== undefined && PERMISSIONS[action].includes(role);
}

export function isRole(value: unknown): value is UserRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** What a role may do, for templates: { align: true, "edit-en": false, … }. */
export function abilities(role: UserRole | undefined): Record<Action, boolean> {
  return Object.fromEntries((Object.keys(PERMISSIONS) as Action[]).map((a) => [a, can(role, a)])) as Record<Action, boolean>;
}
