/**
 * realignStretches: the rows where a proposed alignment differs from the current one, cut at every
 * row boundary the two share, so each stretch can be accepted alone.
 */
import { expect } from "chai";
import { realignStretches, type PositionsBead } from "../../../server/domain/review/realign-stretches.js";

const bead = (en: number[], ar: number[]): PositionsBead => ({ en, ar });
const oneToOne = (n: number) => Array.from({ length: n }, (_, k) => bead([k], [k]));

describe("realignStretches", () => {
  it("finds nothing when the lists are the same", () => {
    expect(realignStretches(oneToOne(5), oneToOne(5))).to.deep.equal([]);
  });

  it("cuts two separate changes into two stretches", () => {
    const old = [bead([0, 1], [0, 1]), bead([2], [2]), bead([3], [3]), bead([4], []), bead([5], [4])];
    const next = [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3, 4], [3]), bead([5], [4])];
    expect(realignStretches(old, next)).to.deep.equal([
      { oldFrom: 0, oldTo: 1, newFrom: 0, newTo: 2 },
      { oldFrom: 2, oldTo: 4, newFrom: 3, newTo: 4 },
    ]);
  });

  it("keeps a one-sided paragraph moved to the other row in one stretch with its neighbours", () => {
    const old = [bead([0], []), bead([1], [0]), bead([2], [1])];
    const next = [bead([0, 1], [0]), bead([2], [1])];
    expect(realignStretches(old, next)).to.deep.equal([{ oldFrom: 0, oldTo: 2, newFrom: 0, newTo: 1 }]);
  });

  it("finds a change at the very end, and stays linear on long lists", () => {
    const old = [...oneToOne(100_000), bead([100_000], [])];
    const next = [...oneToOne(100_000).slice(0, -1), bead([99_999, 100_000], [99_999])];
    expect(realignStretches(old, next)).to.deep.equal([{ oldFrom: 99_999, oldTo: 100_001, newFrom: 99_999, newTo: 100_000 }]);
  });
});
