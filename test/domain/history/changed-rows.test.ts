/** Which rows a stored alignment change touched, from its before and after values (1-based rows). */
import { expect } from "chai";
import { alignmentChanges, firstWords, spliceRows } from "../../../server/domain/history/changed-rows.js";

describe("changed rows of a history entry", () => {
  it("a splice: the window's rows before and after, numbered from 1", () => {
    const merge = spliceRows({ from: 3, rows: [{ enIds: [1], arIds: [2] }, { enIds: [3], arIds: [4] }] }, { from: 3, rows: [{ enIds: [1, 3], arIds: [2, 4] }] });
    expect(merge?.before).to.deep.equal({ first: 4, last: 5 });
    expect(merge?.after).to.deep.equal({ first: 4, last: 4 });
    expect(merge?.afterRows).to.have.length(1);
    expect(spliceRows(null, { from: 0, rows: [] })).to.equal(null);
    expect(spliceRows({ from: "3", rows: [] }, { from: 3, rows: [] })).to.equal(null);
  });

  it("a whole-list change: rows newly paired, and rows whose status alone changed", () => {
    const before = [{ en: [0], ar: [0], status: "auto" }, { en: [1], ar: [1], status: "auto" }, { en: [2], ar: [2, 3], status: "auto" }];
    const after = [{ en: [0], ar: [0], status: "confirmed" }, { en: [1], ar: [1], status: "auto" }, { en: [2], ar: [2], status: "auto" }, { en: [], ar: [3], status: "auto" }];
    expect(alignmentChanges(before, after)).to.deep.equal({ paired: [3, 4], restatused: [{ row: 1, status: "confirmed" }] });
    expect(alignmentChanges({}, after)).to.equal(null);
  });

  it("the first words of a text, marked when cut", () => {
    expect(firstWords("  one two\nthree ", 8)).to.equal("one two three");
    expect(firstWords("a b c d e f g h i j", 3)).to.equal("a b c …");
  });
});
