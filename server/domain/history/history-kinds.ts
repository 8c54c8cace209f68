/**
 * The kinds of change undo and redo act on, and the permission each needs: the one table both
 * the service (who may travel) and the store (how to travel, store/travel.ts) follow. A change of
 * text or paragraph structure needs the right to edit that paragraph's side; a change of the
 * alignment (a row's status, a few rows, the whole bead list, or the sentence links inside a row)
 * needs the right to align.
 */
import type { Action } from "../auth/permissions.js";
import type { Side } from "../align/types.js";

export const UNDOABLE_KINDS = ["alignment", "text", "structure", "bead-status", "splice", "sentence-links"] as const;
export type HistoryKind = (typeof UNDOABLE_KINDS)[number];

type KindRule = { what: string; permission: "align" | "edit-side" };

export const HISTORY_KINDS: Record<HistoryKind, KindRule> = {
  text: { what: "a paragraph's text before and after", permission: "edit-side" },
  structure: { what: "a paragraph split or joined: one side's paragraphs and the beads", permission: "edit-side" },
  "bead-status": { what: "one row confirmed, unconfirmed or rejected", permission: "align" },
  splice: { what: "a few neighbouring rows merged, split, shifted, gapped or detached", permission: "align" },
  alignment: { what: "the whole bead list (re-alignment, confirm all above)", permission: "align" },
  "sentence-links": { what: "the sentence links inside one row merged, split, shifted, confirmed or unconfirmed", permission: "align" },
};

export function isUndoableKind(kind: string): kind is HistoryKind {
  return (UNDOABLE_KINDS as readonly string[]).includes(kind);
}

/**
 * The action undoing or redoing a change of `kind` needs; `side` is the side of the paragraph the
 * change names (null when that paragraph no longer exists: then either side's right will do).
 */
export function travelPermission(kind: HistoryKind, side: Side | null): Action[] {
  if (HISTORY_KINDS[kind].permission === "align") return ["align"];
  return side === "en" ? ["edit-en"] : side === "ar" ? ["edit-ar"] : ["edit-en", "edit-ar"];
}
