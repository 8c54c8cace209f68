/**
 * The calibration recorded by scripts/calibrate-scores.ts: points in raw order, calibrated shares
 * that never go down and stay within 0–1, so every stored score is a calibrated share.
 */
import { expect } from "chai";
import { SCORE_CALIBRATION_POINTS } from "../../../../server/domain/align/data/score-calibration-points.js";
import { calibrateScore, MAX_SCORE, MIN_SCORE } from "../../../../server/domain/align/score-calibration.js";

describe("score calibration points", () => {
  it("are fitted (not empty), in raw order, non-decreasing and within 0–1", () => {
    expect(SCORE_CALIBRATION_POINTS.length).to.be.greaterThan(3);
    SCORE_CALIBRATION_POINTS.forEach((p, k) => {
      expect(p.raw).to.be.within(0, 1);
      expect(p.calibrated).to.be.within(0, 1);
      const prev = SCORE_CALIBRATION_POINTS[k - 1];
      if (prev) {
        expect(p.raw).to.be.above(prev.raw);
        expect(p.calibrated).to.be.at.least(prev.calibrated);
      }
    });
  });

  it("map raw scores monotonically into [MIN_SCORE, MAX_SCORE], low raw scores low and high ones high", () => {
    const raws = Array.from({ length: 101 }, (_, k) => k / 100);
    const mapped = raws.map(calibrateScore);
    mapped.forEach((c, k) => {
      expect(c).to.be.within(MIN_SCORE, MAX_SCORE);
      if (k > 0) expect(c).to.be.at.least(mapped[k - 1]!);
    });
    expect(calibrateScore(0)).to.be.below(0.1);
    expect(calibrateScore(1)).to.be.above(0.9);
  });
});
