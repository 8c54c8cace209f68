import { expect } from "chai";
import { assignOneToOne } from "../../../server/domain/archive/assign-pairs.js";

const c = (en: number, ar: number, score: number) => ({ en, ar, score, evidence: null });

describe("archive pairing: 1-1 assignment", () => {
  it("takes the best pair first and never uses an article twice", () => {
    const kept = assignOneToOne([c(0, 0, 0.7), c(0, 1, 0.9), c(1, 1, 0.8), c(1, 0, 0.6)], 0);
    expect(kept.map((k) => [k.en, k.ar])).to.deep.equal([[0, 1], [1, 0]]);
  });

  it("leaves an article unpaired when its best remaining pair is below the threshold", () => {
    const kept = assignOneToOne([c(0, 1, 0.9), c(1, 1, 0.8), c(1, 0, 0.4), c(2, 2, 0.55)], 0.5);
    expect(kept.map((k) => [k.en, k.ar])).to.deep.equal([[0, 1], [2, 2]]);
  });

  it("breaks ties by the lower indexes, whatever the input order", () => {
    expect(assignOneToOne([c(1, 0, 0.5), c(0, 0, 0.5)], 0).map((k) => k.en)).to.deep.equal([0]);
  });
});
