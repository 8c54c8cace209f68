/**
 * Row bookkeeping after an operation: which shown rows are replaced, removed, and where new rows
 * go, on the page (a slice of the document) only; and every row's number after a merge or split.
 */
import { expect } from "chai";
import { planRowUpdate, rowNumbers } from "../../server/page/row-plan.js";

const rows = (...beads: number[]) => beads.map((bead) => ({ bead, html: "" }));

describe("page script: row plan", () => {
  it("replaces a confirmed row and its neighbours, nothing else", () => {
    const plan = planRowUpdate([1, 2, 3, 4], { order: [1, 2, 3, 4], rows: rows(1, 2, 3), removed: [], added: [] });
    expect(plan).to.deep.equal({ replace: [1, 2, 3], insert: [], remove: [] });
  });

  it("after a merge, removes the rows merged away and puts the new row where they were", () => {
    // Rows 2 and 3 merged into 9; 1 and 4 changed as neighbours.
    const plan = planRowUpdate([1, 2, 3, 4], { order: [1, 9, 4], rows: rows(1, 9, 4), removed: [2, 3], added: [9] });
    expect(plan.remove).to.deep.equal([2, 3]);
    expect(plan.replace).to.deep.equal([1, 4]);
    expect(plan.insert).to.deep.equal([{ bead: 9, after: 1, before: null }]);
  });

  it("after a split of the first row, places both new rows before the first shown row, in order", () => {
    // Row 4 split into 7 and 8; 5 changed as the neighbour.
    const plan = planRowUpdate([4, 5], { order: [7, 8, 5], rows: rows(8, 7, 5), removed: [4], added: [7, 8] });
    expect(plan.remove).to.deep.equal([4]);
    expect(plan.replace).to.deep.equal([5]);
    expect(plan.insert).to.deep.equal([{ bead: 8, after: null, before: 5 }, { bead: 7, after: null, before: 8 }]);
  });

  it("after a split in the middle, places the new rows after the row before them, one after the other", () => {
    const plan = planRowUpdate([1, 2, 3], { order: [1, 7, 8, 3], rows: rows(1, 7, 8, 3), removed: [2], added: [7, 8] });
    expect(plan.insert).to.deep.equal([{ bead: 7, after: 1, before: null }, { bead: 8, after: 7, before: null }]);
  });

  it("leaves out changed rows of other pages, and removes shown rows the document no longer has", () => {
    const plan = planRowUpdate([10, 11], { order: [1, 2, 3, 10, 11, 12], rows: rows(2, 3, 12), removed: [], added: [] });
    expect(plan).to.deep.equal({ replace: [], insert: [], remove: [] }, "rows 3 and 12 changed beside the page: they stay on theirs");
    const gone = planRowUpdate([10, 11], { order: [1, 10], rows: [], removed: [], added: [] });
    expect(gone.remove).to.deep.equal([11]);
  });

  it("numbers every row from 1 in document order", () => {
    expect([...rowNumbers([9, 4, 7])]).to.deep.equal([[9, 1], [4, 2], [7, 3]]);
  });
});
