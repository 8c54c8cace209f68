/**
 * The part of an operation's JSON answer the page script updates the view from: the changed rows
 * rendered by the same partial as the page (views/documents/row.hbs), the map when the structure
 * changed, and the sentence saying what was done, in the reader's language. Used by the editor's
 * and the paragraphs' routes, so every operation answers the same way (web/page-api.ts).
 */
import type { RowChangeSet } from "../services/row-changes.js";
import { formatNumberIn } from "../i18n/format-value.js";
import type { AnswerView } from "./http.js";
import type { RowChanges } from "./page-api.js";

export function renderRowChanges(changes: RowChangeSet, view: AnswerView): RowChanges {
  return {
    order: changes.order,
    rows: changes.rows.map((row) => ({ bead: row.bead.id, html: view.fragment("documents/row", { row }) })),
    removed: changes.removed,
    added: changes.added,
    map: changes.map ? view.fragment("documents/map", { map: changes.map }) : null,
  };
}

/** The history action's name (history.actions.<action>), or the action itself for one without a name yet. */
function actionName(view: AnswerView, action: string): string {
  const key = `history.actions.${action}`;
  const name = view.t(key);
  return name === key ? action : name;
}

/** "Rows merged: row 4." — what was done, and where (row 1-based; null: the whole document). */
export function describeDone(view: AnswerView, action: string, row: number | null): string {
  const name = actionName(view, action);
  return row === null ? view.t("feedback.done", { action: name }) : view.t("feedback.doneAtRow", { action: name, row: formatNumberIn(view.lang, row) });
}

/** "Undone: Rows merged (row 4)." — what an undo or redo moved; null action: there was nothing to move. */
export function describeTravel(view: AnswerView, direction: "undo" | "redo", action: string | null, row: number | null): string {
  const keys = direction === "undo"
    ? { nothing: "feedback.undoNothing", done: "feedback.undone", atRow: "feedback.undoneAtRow" }
    : { nothing: "feedback.redoNothing", done: "feedback.redone", atRow: "feedback.redoneAtRow" };
  if (action === null) return view.t(keys.nothing);
  const name = actionName(view, action);
  return row === null ? view.t(keys.done, { action: name }) : view.t(keys.atRow, { action: name, row: formatNumberIn(view.lang, row) });
}
