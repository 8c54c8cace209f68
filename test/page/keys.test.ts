/**
 * Shortcuts by physical key: the same key press gives the same shortcut in the English and the
 * Arabic layout (KeyboardEvent.code, not key), Shift makes the capital, Ctrl/Alt/Meta leave the
 * key to the browser; text fields take keys as text, radio buttons and other controls do not.
 */
import { expect } from "chai";
import { moveOf, shortcutName, takesText, type KeyPress } from "../../server/page/keys.js";

const press = (code: string, key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ code, key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe("page script: keys", () => {
  it("names a key press by its place on the keyboard, whatever the layout", () => {
    const table: [KeyPress, string | null][] = [
      [press("KeyC", "c"), "c"],
      [press("KeyC", "ؤ"), "c"], // Arabic layout: the key marked C gives ؤ
      [press("KeyC", "C", { shiftKey: true }), "C"],
      [press("KeyC", "ِ", { shiftKey: true }), "C"], // Arabic layout with Shift: kasra
      [press("KeyJ", "ت"), "j"],
      [press("KeyU", "ع"), "u"],
      [press("KeyU", "U", { shiftKey: true }), "U"],
      [press("Slash", "?", { shiftKey: true }), "?"],
      [press("Slash", "؟", { shiftKey: true }), "?"],
      [press("Comma", "?", { shiftKey: true }), "?"], // a layout with ? elsewhere
      [press("Slash", "/"), null],
      [press("Escape", "Escape"), "Escape"],
      [press("KeyC", "c", { ctrlKey: true }), null],
      [press("KeyC", "c", { metaKey: true }), null],
      [press("KeyC", "c", { altKey: true }), null],
      [press("Digit1", "1"), null],
      [press("Enter", "Enter"), null],
    ];
    for (const [given, expected] of table) expect(shortcutName(given), JSON.stringify(given)).to.equal(expected);
  });

  it("leaves keys to text fields only: radio buttons, checkboxes and buttons keep the shortcuts", () => {
    expect(takesText({ tagName: "TEXTAREA" })).to.equal(true);
    expect(takesText({ tagName: "SELECT" })).to.equal(true);
    expect(takesText({ tagName: "INPUT", type: "text" })).to.equal(true);
    expect(takesText({ tagName: "INPUT", type: "search" })).to.equal(true);
    expect(takesText({ tagName: "INPUT", type: "number" })).to.equal(true);
    expect(takesText({ tagName: "INPUT" })).to.equal(true, "an input without a type is a text field");
    expect(takesText({ tagName: "DIV", isContentEditable: true })).to.equal(true);
    expect(takesText({ tagName: "INPUT", type: "radio" })).to.equal(false);
    expect(takesText({ tagName: "INPUT", type: "checkbox" })).to.equal(false);
    expect(takesText({ tagName: "BUTTON" })).to.equal(false);
    expect(takesText({ tagName: "A" })).to.equal(false);
    expect(takesText(null)).to.equal(false);
  });

  it("knows the moves between rows and nothing else", () => {
    expect(moveOf("j")).to.equal("next");
    expect(moveOf("k")).to.equal("prev");
    expect(moveOf("n")).to.equal("next-unconfirmed");
    expect(moveOf("N")).to.equal("prev-unconfirmed");
    expect(moveOf("f")).to.equal("next-flagged");
    expect(moveOf("l")).to.equal("next-low");
    expect(moveOf("o")).to.equal("next-not-one-to-one");
    expect(moveOf("c")).to.equal(null);
    expect(moveOf("toString")).to.equal(null, "no inherited property counts");
  });
});
