/**
 * The keys of a row's sentence panel: the same as for rows (keys.ts names them by physical key):
 * j / k pick the next or previous link, c confirm, x unconfirm, m merge with the next link, s split,
 * e / E and a / A move an English or Arabic sentence up or down, u / U undo and redo. Which link is
 * picked after a move or a change, clamped to the links there are. Pure: no DOM.
 */

/** What a key does in the panel: pick another link, press the panel's button with that shortcut, or undo/redo. */
export type PanelAction = { kind: "move"; delta: 1 | -1 } | { kind: "button"; shortcut: string } | { kind: "travel"; direction: "undo" | "redo" };

/** The panel's buttons by shortcut (views/partials/sentence-panel.hbs, data-sentence-shortcut). */
export const PANEL_BUTTONS = ["c", "x", "m", "s", "e", "E", "a", "A"] as const;

export function panelAction(name: string | null): PanelAction | null {
  if (name === "j") return { kind: "move", delta: 1 };
  if (name === "k") return { kind: "move", delta: -1 };
  if (name === "u") return { kind: "travel", direction: "undo" };
  if (name === "U") return { kind: "travel", direction: "redo" };
  if (name !== null && (PANEL_BUTTONS as readonly string[]).includes(name)) return { kind: "button", shortcut: name };
  return null;
}

/** The link picked after moving `delta` from `current` among `count` links (none picked: the first); null when there is none. */
export function stepLink(count: number, current: number | null, delta: number): number | null {
  if (count <= 0) return null;
  if (current === null) return 0;
  return Math.min(count - 1, Math.max(0, current + delta));
}

/** The link to pick again after the links changed: the same index, or the last one there is. */
export function keepLink(count: number, before: number | null): number | null {
  if (count <= 0) return null;
  return before === null ? 0 : Math.min(before, count - 1);
}
