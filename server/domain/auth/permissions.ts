/**
 * Who may do what, as one table. Routes ask `can(role, action)`; the interface asks the same
 * question to hide what a role cannot do. Roles: admin (everything), translator (alignment and
 * Arabic text), copy editor (text on either side, fixes, dismissals), viewer (read and export).
 * A locked document takes every change away from a role without edit-locked (documentAbilities),
 * so the alignment view shows such a user what the services would allow, no more.
 */
import type { UserRole } from "./roles.js";

export const ROLES: readonly UserRole[] = ["admin", "translator", "copy-editor", "viewer"];

/** What a new account gets unless an admin chooses otherwise: the least privileged role. */
export const DEFAULT_ROLE: UserRole = "viewer";

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
  | "rename-document"
  | "delete-document"
  | "edit-locked"
  | "manage-users"
  | "edit-glossary"
  | "audit"
  | "see-jobs"
  | "cancel-any-job";

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
  "rename-document": ["admin", "translator", "copy-editor"],
  /** Deleting (recoverable for 30 days), restoring and the list of recently deleted documents. */
  "delete-document": ["admin"],
  "edit-locked": ["admin"],
  "manage-users": ["admin"],
  "edit-glossary": ["admin", "translator", "copy-editor"],
  audit: ["admin"],
  /** The jobs page (/jobs): every job, its progress, and cancelling the jobs one started. */
  "see-jobs": ["admin", "translator", "copy-editor"],
  /** Cancelling a job somebody else started. */
  "cancel-any-job": ["admin"],
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

/** The actions that change a document; on a locked one only a role with edit-locked keeps them. */
export const DOCUMENT_CHANGES: readonly Action[] = ["align", "edit-en", "edit-ar", "fix", "dismiss", "set-status", "rename-document"];

/** What a role may do on one document: its abilities, less every change when the document is locked and the role may not edit locked ones. */
export function documentAbilities(role: UserRole | undefined, locked: boolean): Record<Action, boolean> {
  const all = abilities(role);
  if (!locked || all["edit-locked"]) return all;
  return { ...all, ...Object.fromEntries(DOCUMENT_CHANGES.map((a) => [a, false])) };
}

/** Why a document is read-only for a role: "locked", "role" (it may change no document), or null when it may change something. */
export function readOnlyReason(role: UserRole | undefined, locked: boolean): "locked" | "role" | null {
  if (!DOCUMENT_CHANGES.some((a) => can(role, a))) return "role";
  return locked && !can(role, "edit-locked") ? "locked" : null;
}
