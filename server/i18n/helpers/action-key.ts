/**
 * (actionKey "undo:merge") -> "undo": the locale key of a history action; undo/redo/revert entries
 * carry the action they undid after a colon.
 */
export function actionKey(action: unknown): string {
  return String(action ?? "").split(":")[0] ?? "";
}
