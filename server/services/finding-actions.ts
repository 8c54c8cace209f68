/**
 * Many findings fixed or dismissed at once, from the findings grid: each through the same service
 * as one (services/document-checks.ts: same permissions, same lock and staleness checks), one
 * after another; what was done and what was refused, with the reason, is answered for the page to
 * say. A refusal of one (its text changed since, its document locked, a role that may not) leaves
 * the others going.
 */
import type { Store } from "../store/types.js";
import type { Actor } from "./review.js";
import { applyFix, dismiss } from "./document-checks.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";

/** The most findings one request may act on (a page holds 50; this bounds a forged request). */
export const BULK_LIMIT = 500;

export type BulkAction = "apply" | "dismiss";
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
