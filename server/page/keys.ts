/**
 * Keyboard shortcuts by physical key (KeyboardEvent.code), so that they work in any layout: with
 * the Arabic layout active, the key marked C gives `key` "ؤ" but still `code` "KeyC". A key press
 * is turned into the name the page uses for it ("c", "C" with Shift, "?" for Shift+Slash,
 * "Escape"), the name the toolbar buttons carry in `data-shortcut`. Pure: no DOM.
 */

/** What a shortcut depends on in a keydown event. */
export type KeyPress = { code: string; key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** The page's name of a key press, or null for a press that is no shortcut (with Ctrl, Alt or Meta: the browser's). */
export function shortcutName(press: KeyPress): string | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const letter = /^Key([A-Z])$/u.exec(press.code)?.[1];
  if (letter) return press.shiftKey ? letter : letter.toLowerCase();
  // The list of shortcuts: the key that gives "?" (or the Arabic "؟") in the layout in use, or
  // Shift and the key right of the full stop, where "?" is on an English keyboard.
  if (press.key === "?" || press.key === "؟" || (press.code === "Slash" && press.shiftKey)) return "?";
  if (press.code === "Escape") return "Escape";
  return null;
}

/** What the focused element is, as far as shortcuts go. */
export type FocusedControl = { tagName: string; type?: string; isContentEditable?: boolean };

/** Input types that take no typed text: shortcuts go on working while one of them has focus. */
const NOT_TYPED = new Set(["radio", "checkbox", "button", "submit", "reset", "range", "color", "file", "image"]);

/** Whether keys typed now belong to a text field (then they are text, not shortcuts). */
export function takesText(control: FocusedControl | null): boolean {
  if (!control) return false;
  if (control.isContentEditable) return true;
  const tag = control.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  return tag === "input" && !NOT_TYPED.has((control.type ?? "text").toLowerCase());
}

/** The moves between rows, by key; every other shortcut is a toolbar button's `data-shortcut`. */
export const MOVES = {
  j: "next",
  k: "prev",
  n: "next-unconfirmed",
  N: "prev-unconfirmed",
  f: "next-flagged",
  l: "next-low",
  o: "next-not-one-to-one",
} as const;

export type Move = (typeof MOVES)[keyof typeof MOVES];

export function moveOf(name: string): Move | null {
  return Object.hasOwn(MOVES, name) ? MOVES[name as keyof typeof MOVES] : null;
}
