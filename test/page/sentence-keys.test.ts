/** The sentence panel's keys: the row keys for links (j/k, c, x, m, s, e/E, a/A, u/U), and which link stays picked. */
import { expect } from "chai";
import { keepLink, panelAction, stepLink } from "../../server/page/sentence-keys.js";

describe("page script: sentence panel keys", () => {
  it("gives the panel the keys the rows use", () => {
    expect(panelAction("j")).to.deep.equal({ kind: "move", delta: 1 });
    expect(panelAction("k")).to.deep.equal({ kind: "move", delta: -1 });
    expect(panelAction("u")).to.deep.equal({ kind: "travel", direction: "undo" });
    expect(panelAction("U")).to.deep.equal({ kind: "travel", direction: "redo" });
    for (const key of ["c", "x", "m", "s", "e", "E", "a", "A"]) expect(panelAction(key)).to.deep.equal({ kind: "button", shortcut: key });
    for (const key of ["r", "R", "g", "d", "?", "Escape", null]) expect(panelAction(key), String(key)).to.equal(null);
  });

  it("moves between links within the links there are, and keeps the picked link after a change", () => {
    expect(stepLink(3, null, 1)).to.equal(0);
    expect(stepLink(3, 0, 1)).to.equal(1);
    expect(stepLink(3, 2, 1)).to.equal(2);
    expect(stepLink(3, 0, -1)).to.equal(0);
    expect(stepLink(0, null, 1)).to.equal(null);
    expect(keepLink(2, 1)).to.equal(1);
    expect(keepLink(1, 1)).to.equal(0, "a merge left fewer links: the last one");
    expect(keepLink(0, 1)).to.equal(null);
    expect(keepLink(2, null)).to.equal(0);
  });
});
