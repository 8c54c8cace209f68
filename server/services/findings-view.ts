/**
 * The corpus-wide findings page: stored findings (2,000 at most) grouped by check, the largest
 * group first, each group showing up to 200 with its message in the reader's language; the checks
 * that have findings (for the filter), and whether the background is still recomputing some
 * document's findings. It only reads: pages never run checks.
 */
import type { FindingRecord, Store } from "../store/types.js";
import { CONSISTENCY_CHECKS } from "./document-checks.js";
import { findingMessage } from "../i18n/finding-message.js";

export const FINDINGS_LIMIT = 2000;
export const FINDINGS_PER_GROUP = 200;

type Translate = (key: string, params?: Record<string, unknown>) => string;

export type FindingsFilter = { checkId?: string; severity?: string; documentId?: number };

export type FindingsGroup = {
  checkId: string; name: string; count: number; consistency: boolean;
  findings: (FindingRecord & { message: string; original: string })[];
};

export type FindingsView = {
  groups: FindingsGroup[];
  checks: { id: string; name: string }[];
  total: number;
  /** True while some document's findings are older than its text. */
  pending: boolean;
};

export function buildFindingsView(store: Store, filter: FindingsFilter, t: Translate): FindingsView {
  const findings = store.listFindings({ ...filter, limit: FINDINGS_LIMIT });
  const groups = new Map<string, FindingsGroup>();
  for (const f of findings) {
    const group = groups.get(f.checkId) ?? { checkId: f.checkId, name: t(`checks.${f.checkId}.name`), count: 0, consistency: CONSISTENCY_CHECKS.includes(f.checkId), findings: [] };
    group.count++;
    if (group.findings.length < FINDINGS_PER_GROUP) group.findings.push({ ...f, message: findingMessage(t, f.checkId, f.params), original: f.excerpt });
    groups.set(f.checkId, group);
  }
  const counts = store.countFindings(filter.documentId);
  return {
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    checks: [...new Set(counts.map((c) => c.checkId))].map((id) => ({ id, name: t(`checks.${id}.name`) })),
    total: findings.length,
    pending: store.staleFindings(1).length > 0,
  };
}
