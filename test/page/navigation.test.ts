/** Moves between rows: next and previous, and the next (previous) row of a kind, from any current row or none. */
import { expect } from "chai";
import { seekRow, type RowFacts } from "../../server/page/navigation.js";

const row = (facts: Partial<RowFacts>): RowFacts => ({ status: "auto", flagged: false, band: "high", oneToOne: true, ...facts });
const ROWS: RowFacts[] = [
  row({ status: "confirmed" }), // 0
  row({ flagged: true }), // 1
  row({ status: "confirmed", band: "low" }), // 2
  row({ status: "confirmed", oneToOne: false }), // 3
  row({ band: "medium" }), // 4
  row({ band: "neutral", oneToOne: false }), // 5: one-sided boilerplate
];

describe("page script: navigation", () => {
  it("goes to the next and previous row, and stops at the ends", () => {
    expect(seekRow(ROWS, 0, "next")).to.equal(1);
    expect(seekRow(ROWS, 5, "next")).to.equal(null);
    expect(seekRow(ROWS, 2, "prev")).to.equal(1);
    expect(seekRow(ROWS, 0, "prev")).to.equal(null);
  });

  it("starts at the first row (next) or the last (previous) when no row is current", () => {
    expect(seekRow(ROWS, -1, "next")).to.equal(0);
    expect(seekRow(ROWS, -1, "prev")).to.equal(5);
    expect(seekRow(ROWS, -1, "next-unconfirmed")).to.equal(1);
    expect(seekRow([], -1, "next")).to.equal(null);
  });

  it("finds the next or previous row of a kind, never the current one", () => {
    expect(seekRow(ROWS, 1, "next-unconfirmed")).to.equal(4);
    expect(seekRow(ROWS, 4, "prev-unconfirmed")).to.equal(1);
    expect(seekRow(ROWS, 1, "prev-unconfirmed")).to.equal(null);
    expect(seekRow(ROWS, 1, "next-flagged")).to.equal(null);
    expect(seekRow(ROWS, 0, "next-flagged")).to.equal(1);
    expect(seekRow(ROWS, 0, "next-low")).to.equal(2);
    expect(seekRow(ROWS, 2, "next-low")).to.equal(4, "medium counts as low, as in the low-score filter");
    expect(seekRow(ROWS, 4, "next-low")).to.equal(null, "a neutral row (one-sided boilerplate) is not a low score");
    expect(seekRow(ROWS, 0, "next-not-one-to-one")).to.equal(3);
  });
});
