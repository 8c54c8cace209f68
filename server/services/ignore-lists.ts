/**
 * The ignore lists the team shares, as use cases: every dismissal of the corpus a page at a time,
 * restoring one or many (the findings come back once the background has checked their documents
 * again), "ignore all like this" from a finding (a rule for its check and its text, everywhere,
 * now and in documents still to come) and removing rules. Who may dismiss a finding may do all of
 * this; anyone may read the lists. Every change is in the audit log (history rows of kind "other").
 */
import type { DismissalListing, IgnoreRuleRecord, Store } from "../store/types.js";
import { can } from "../domain/auth/permissions.js";
import { RULE_TEXT_LIMIT } from "../domain/checks/ignore-rules.js";
import { ForbiddenError } from "./errors.js";
import { NotFoundError } from "../store/conflict-error.js";
import type { Actor } from "./review.js";

/** Dismissals on one page of the list. */
export const DISMISSALS_PER_PAGE = 50;
/** The most dismissals or rules one request may restore or remove. */
export const MAX_IDS_PER_REQUEST = 1000;

export type IgnoreListsView = {
  dismissals: DismissalListing[]; total: number; page: number; pages: number; rules: IgnoreRuleRecord[];
};

function mayDismiss(actor: Actor): void {
  if (!can(actor.role, "dismiss")) throw new ForbiddenError("role");
}

/** Page `page` (from 1) of the dismissals, newest first, and every ignore rule. */
export function ignoreListsView(store: Store, page: number): IgnoreListsView {
  const first = store.listAllDismissals({ offset: 0, limit: 0 });
  const pages = Math.max(1, Math.ceil(first.total / DISMISSALS_PER_PAGE));
  const shown = Math.min(Math.max(1, page), pages);
  const { total, dismissals } = store.listAllDismissals({ offset: (shown - 1) * DISMISSALS_PER_PAGE, limit: DISMISSALS_PER_PAGE });
  return { dismissals, total, page: shown, pages, rules: store.listIgnoreRules() };
}

/** Restores these dismissals (their findings come back with the next check of their documents); how many were restored. */
export function restoreDismissals(store: Store, ids: readonly number[], actor: Actor): number {
  mayDismiss(actor);
  const restored = store.restoreDismissals(ids.slice(0, MAX_IDS_PER_REQUEST));
  for (const d of restored) {
    store.audit({ documentId: d.documentId, user: actor.name, action: "dismissal-restore", target: `check:${d.checkId}`, details: { text: d.excerpt, dismissedBy: d.user, dismissedAt: d.at } });
  }
  return restored.length;
}

/**
 * "Ignore all like this": a rule hiding every finding of this finding's check about the same text
 * in the whole corpus. The rule is the text as the finding has it; true when a rule was added
 * (false: there was one already).
 */
export function ignoreAllLike(store: Store, findingId: number, actor: Actor): { documentId: number; added: boolean; checkId: string; text: string } {
  mayDismiss(actor);
  const finding = store.getFinding(findingId);
  if (!finding) throw new NotFoundError("finding");
  const text = finding.excerpt.slice(0, RULE_TEXT_LIMIT);
  const rule = store.addIgnoreRule({ checkId: finding.checkId, text }, actor.name);
  if (rule) store.audit({ documentId: null, user: actor.name, action: "ignore-rule-add", target: `check:${rule.checkId}`, details: { text: rule.text, from: finding.documentId } });
  return { documentId: finding.documentId, added: rule !== null, checkId: finding.checkId, text };
}

/** Removes these rules (their findings come back as the documents are checked again); how many went. */
export function removeIgnoreRules(store: Store, ids: readonly number[], actor: Actor): number {
  mayDismiss(actor);
  const removed = store.removeIgnoreRules(ids.slice(0, MAX_IDS_PER_REQUEST));
  for (const r of removed) store.audit({ documentId: null, user: actor.name, action: "ignore-rule-remove", target: `check:${r.checkId}`, details: { text: r.text, addedBy: r.user, addedAt: r.at } });
  return removed.length;
}
