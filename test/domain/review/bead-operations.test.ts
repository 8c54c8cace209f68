/**
 * The editor's alignment operations on bead lists: what each makes of a small alignment, and the
 * refusals (each with its reason code) that keep every result a monotone cover.
 */
import { expect } from "chai";
import {
  confirmAbove, confirmRow, detachParagraph, insertGap, InvalidOperation, mergeWithNext, shiftParagraph, splitRow, unconfirmRow,
  type EditableBead,
} from "../../../server/domain/review/bead-operations.js";

/** Beads written as "en/ar" with comma-separated positions and "-" for none: "0,1/0" "2/-". */
function beads(...rows: string[]): EditableBead[] {
  return rows.map((row) => {
    const [en = "", ar = ""] = row.split("/");
    const list = (s: string) => (s === "-" ? [] : s.split(",").map(Number));
    return { en: list(en), ar: list(ar), status: "auto" };
  });
}
const shape = (bs: EditableBead[]) => bs.map((b) => `${b.en.join(",") || "-"}/${b.ar.join(",") || "-"}`);

describe("bead operations", () => {
  const start = () => beads("0/0", "1/1,2", "2,3/3", "-/4");

  const RESHAPES: [string, (b: EditableBead[]) => EditableBead[], string[]][] = [
    ["merges a row with the next", (b) => mergeWithNext(b, 0), ["0,1/0,1,2", "2,3/3", "-/4"]],
    ["merges the last two rows", (b) => mergeWithNext(b, 2), ["0/0", "1/1,2", "2,3/3,4"]],
    ["splits a row after its first Arabic paragraph", (b) => splitRow(b, 1, 1, 1), ["0/0", "1/1", "-/2", "2,3/3", "-/4"]],
    ["splits a row into two one-sided parts", (b) => splitRow(b, 2, 2, 0), ["0/0", "1/1,2", "2,3/-", "-/3", "-/4"]],
    ["shifts an Arabic paragraph up into the row above", (b) => shiftParagraph(b, 1, "ar", "up"), ["0/0,1", "1/2", "2,3/3", "-/4"]],
    ["shifts an English paragraph down into the row below", (b) => shiftParagraph(b, 2, "en", "down"), ["0/0", "1/1,2", "2/3", "3/4"]],
    ["drops a row a shift leaves empty", (b) => shiftParagraph(b, 3, "ar", "up"), ["0/0", "1/1,2", "2,3/3,4"]],
    ["detaches a first paragraph as a row before", (b) => detachParagraph(b, 2, "en", 2), ["0/0", "1/1,2", "2/-", "3/3", "-/4"]],
    ["detaches a last paragraph as a row after", (b) => detachParagraph(b, 1, "ar", 2), ["0/0", "1/1", "-/2", "2,3/3", "-/4"]],
    ["inserts a gap: the English moves to a row of its own", (b) => insertGap(b, 0, "en"), ["-/0", "0/-", "1/1,2", "2,3/3", "-/4"]],
  ];
  for (const [what, operation, expected] of RESHAPES) {
    it(what, () => {
      const before = start();
      const after = operation(before);
      expect(shape(after)).to.deep.equal(expected);
      expect(shape(before), "the input is not changed").to.deep.equal(shape(start()));
    });
  }

  it("sets the rows an operation reshaped back to automatic", () => {
    const confirmed = start().map((b) => ({ ...b, status: "confirmed" as const }));
    const merged = mergeWithNext(confirmed, 0);
    expect(merged.map((b) => b.status)).to.deep.equal(["auto", "confirmed", "confirmed"]);
    const shifted = shiftParagraph(confirmed, 1, "ar", "up");
    expect(shifted.map((b) => b.status)).to.deep.equal(["auto", "auto", "confirmed", "confirmed"]);
  });

  it("confirms one row, the rows up to one, and sends a row back to automatic", () => {
    expect(confirmRow(start(), 1).map((b) => b.status)).to.deep.equal(["auto", "confirmed", "auto", "auto"]);
    const above = confirmAbove(start(), 2);
    expect(above.map((b) => b.status)).to.deep.equal(["confirmed", "confirmed", "confirmed", "auto"]);
    expect(unconfirmRow(above, 1).map((b) => b.status)).to.deep.equal(["confirmed", "auto", "confirmed", "auto"]);
  });

  it("confirms all above but leaves rejected rows rejected", () => {
    const rows = start().map((b, k) => (k === 1 ? { ...b, status: "rejected" as const } : b));
    expect(confirmAbove(rows, 2).map((b) => b.status)).to.deep.equal(["confirmed", "rejected", "confirmed", "auto"]);
    expect(unconfirmRow(rows, 1).map((b) => b.status)).to.deep.equal(["auto", "auto", "auto", "auto"]);
  });

  const REFUSALS: [string, (b: EditableBead[]) => unknown, string][] = [
    ["a row that does not exist", (b) => confirmRow(b, 9), "no-such-row"],
    ["merging the last row", (b) => mergeWithNext(b, 3), "no-next-row"],
    ["a split that leaves a part empty", (b) => splitRow(b, 1, 1, 2), "bad-split"],
    ["a split past the row", (b) => splitRow(b, 1, 2, 0), "bad-split"],
    ["a split at a fraction", (b) => splitRow(b, 1, 0.5, 1), "bad-split"],
    ["shifting the first row up", (b) => shiftParagraph(b, 0, "en", "up"), "no-previous-row"],
    ["shifting the last row down", (b) => shiftParagraph(b, 3, "ar", "down"), "no-next-row"],
    ["shifting from an empty side", (b) => shiftParagraph(b, 3, "en", "up"), "nothing-to-shift"],
    ["detaching from a one-paragraph row", (b) => detachParagraph(b, 3, "ar", 4), "already-one-sided"],
    ["detaching a middle paragraph", (b) => detachParagraph(beads("0/0,1,2"), 0, "ar", 1), "detach-middle"],
    ["a gap in a one-sided row", (b) => insertGap(b, 3, "ar"), "already-one-sided"],
    ["a gap on an empty side", (b) => insertGap(b, 3, "en"), "nothing-to-shift"],
  ];
  for (const [what, operation, reason] of REFUSALS) {
    it(`refuses ${what} (${reason})`, () => {
      expect(() => operation(start())).to.throw(InvalidOperation).with.property("reason", reason);
    });
  }
});
