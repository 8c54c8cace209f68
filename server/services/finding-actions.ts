/**
 * Many findings fixed or dismissed at once, from the findings grid: each through the same service
 * as one (services/document-checks.ts: same permissions, same lock and staleness checks), one
 * after another; what was done and what was refused, with the reason, is answered for the page to
 * say. A refusal of one (its text changed since, its document locked, a role that may not) leaves
 * the others going. "Ignore all like these" makes one ignore rule per check and text among the
 * ticked findings (services/ignore-lists.ts): every ticked finding a rule covers counts as done.
 */
import type { Store } from "../store/types.js";
import type { Actor } from "./review.js";
import { applyFix, dismiss } from "./document-checks.js";
import { ignoreAllLike } from "./ignore-lists.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";

/** The most findings one request may act on (a page holds 50; this bounds a forged request). */
export const BULK_LIMIT = 500;

export type BulkAction = "apply" | "dismiss" | "ignore";
export type RefusalReason = "stale" | "gone" | "locked" | "role" | "no-fix";
export type BulkOutcome = { done: number[]; refused: { id: number; reason: RefusalReason }[] };

function reasonOf(error: unknown): RefusalReason | null {
  if (error instanceof ConflictError) return "stale";
  if (error instanceof NotFoundError) return "gone";
  if (error instanceof ForbiddenError) return error.reason;
  if (error instanceof BadRequestError && error.reason === "no-fix") return "no-fix";
  return null;
}

export function actOnFindings(store: Store, action: BulkAction, ids: readonly number[], actor: Actor): BulkOutcome {
  if (ids.length > BULK_LIMIT) throw new BadRequestError("too-many");
  if (action === "ignore") return ignoreAllLikeThese(store, ids, actor);
  const outcome: BulkOutcome = { done: [], refused: [] };
  for (const id of [...new Set(ids)]) {
    try {
      if (action === "apply") applyFix(store, id, actor);
      else dismiss(store, id, actor);
      outcome.done.push(id);
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === null) throw error;
      outcome.refused.push({ id, reason });
    }
  }
  return outcome;
}

/** One rule per check and text among the ticked findings; a finding whose rule was made (or already stood) is done. */
function ignoreAllLikeThese(store: Store, ids: readonly number[], actor: Actor): BulkOutcome {
  const outcome: BulkOutcome = { done: [], refused: [] };
  const byRule = new Map<string, number[]>();
  for (const id of [...new Set(ids)]) {
    const finding = store.getFinding(id);
    if (!finding) {
      outcome.refused.push({ id, reason: "gone" });
      continue;
    }
    const key = `${finding.checkId}\u0000${finding.excerpt}`;
    byRule.set(key, [...(byRule.get(key) ?? []), id]);
  }
  for (const members of byRule.values()) {
    try {
      ignoreAllLike(store, members[0]!, actor);
      outcome.done.push(...members);
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === null) throw error;
      for (const id of members) outcome.refused.push({ id, reason });
    }
  }
  return outcome;
}
