/**
 * The audit log page's read: the newest entries (500 at most), for one document or one user or
 * all of them.
 */
import type { HistoryEntry, Store } from "../store/types.js";

export const AUDIT_PAGE = 500;

export type AuditFilter = { documentId?: number; user?: string };

export function listAuditEntries(store: Store, filter: AuditFilter): HistoryEntry[] {
  return store.listAudit({ documentId: filter.documentId, user: filter.user, limit: AUDIT_PAGE });
}
