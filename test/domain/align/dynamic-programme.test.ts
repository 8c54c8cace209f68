import { expect } from "chai";
import { BEAD_SHAPES } from "../../../server/domain/align/bead-shapes.js";
import { fillTable, orderOneSided, traceBack, type CostFunction } from "../../../server/domain/align/dynamic-programme.js";
import { checkCover, InvalidAlignment } from "../../../server/domain/align/check-cover.js";

/** A cost function that makes exactly the given beads cheap. */
function preferring(beads: [number[], number[]][]): CostFunction {
  const wanted = new Set(beads.map(([en, ar]) => `${en.join(",")}|${ar.join(",")}`));
  return (i0, a, j0, b) => {
    const key = `${Array.from({ length: a }, (_, k) => i0 + k).join(",")}|${Array.from({ length: b }, (_, k) => j0 + k).join(",")}`;
    return wanted.has(key) ? 0 : a + b === 1 ? 5 : 20;
  };
}

describe("dynamic programme", () => {
  it("finds 1-1, merges, splits and one-sided beads when they are cheapest", () => {
    const gold: [number[], number[]][] = [[[0], [0]], [[1, 2], [1]], [[3], [2, 3]], [[4], []], [[], [4]], [[5, 6, 7], [5]], [[8], [6, 7, 8]]];
    const table = fillTable(9, 9, BEAD_SHAPES, preferring(gold));
    const beads = orderOneSided(traceBack(table, BEAD_SHAPES));
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal(gold);
    expect(table.cost[table.cost.length - 1]).to.equal(0);
  });

  it("always returns a monotone cover, even for arbitrary costs", () => {
    const costs: CostFunction = (i0, a, j0, b) => ((i0 * 7 + j0 * 13 + a * 3 + b * 5) % 11) + 1;
    for (const [n, m] of [[0, 3], [3, 0], [1, 1], [7, 4], [12, 20]] as [number, number][]) {
      const beads = traceBack(fillTable(n, m, BEAD_SHAPES, costs), BEAD_SHAPES);
      expect(() => checkCover(beads, n, m)).to.not.throw();
    }
  });

  it("puts English one-sided units before Arabic ones inside a run", () => {
    const beads = orderOneSided([{ en: [0], ar: [0] }, { en: [], ar: [1] }, { en: [1], ar: [] }, { en: [2], ar: [2] }]);
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal([[[0], [0]], [[1], []], [[], [1]], [[2], [2]]]);
  });

  it("refuses covers that lose or repeat a unit", () => {
    expect(() => checkCover([{ en: [0], ar: [0] }], 2, 1)).to.throw(InvalidAlignment);
    expect(() => checkCover([{ en: [0], ar: [0] }, { en: [0], ar: [] }], 1, 1)).to.throw(InvalidAlignment);
    expect(() => checkCover([{ en: [], ar: [] }], 0, 0)).to.throw(InvalidAlignment);
  });
});
