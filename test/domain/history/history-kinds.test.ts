import { expect } from "chai";
import { HISTORY_KINDS, isUndoableKind, travelPermission, UNDOABLE_KINDS } from "../../../server/domain/history/history-kinds.js";

describe("history kinds (who may undo what)", () => {
  const table: [string, "en" | "ar" | null, string[]][] = [
    ["text", "en", ["edit-en"]],
    ["text", "ar", ["edit-ar"]],
    ["text", null, ["edit-en", "edit-ar"]],
    ["structure", "ar", ["edit-ar"]],
    ["bead-status", null, ["align"]],
    ["splice", "en", ["align"]],
    ["alignment", null, ["align"]],
  ];
  for (const [kind, side, actions] of table) {
    it(`${kind} on ${side ?? "a paragraph that is gone"} needs ${actions.join(" or ")}`, () => {
      expect(isUndoableKind(kind)).to.equal(true);
      if (isUndoableKind(kind)) expect(travelPermission(kind, side)).to.deep.equal(actions);
    });
  }

  it("describes every undoable kind, and nothing else is undoable", () => {
    expect(Object.keys(HISTORY_KINDS).sort()).to.deep.equal([...UNDOABLE_KINDS].sort());
    for (const other of ["other", "import", "dismiss", ""]) expect(isUndoableKind(other)).to.equal(false);
  });
});
