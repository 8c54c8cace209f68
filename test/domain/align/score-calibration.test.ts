/**
 * The calibration of bead scores (domain/align/score-calibration.ts): the fit is monotone and
 * bounded whatever the samples, it follows the share right of each score level, and the mapping
 * it gives never decreases and never leaves [MIN_SCORE, MAX_SCORE]; the band table counts beads
 * and right ones per band.
 */
import { expect } from "chai";
import fc from "fast-check";
import { bandTable, calibrateWith, calibrationFigures, fitCalibration, MAX_SCORE, MIN_SCORE } from "../../../server/domain/align/score-calibration.js";

describe("score calibration", () => {
  it("fits the share right of each raw score level, pooling levels that would go down", () => {
    const samples = [
      ...Array.from({ length: 10 }, (_, k) => ({ raw: 0.1, correct: k < 1 })),
      ...Array.from({ length: 10 }, (_, k) => ({ raw: 0.5, correct: k < 6 })),
      ...Array.from({ length: 10 }, (_, k) => ({ raw: 0.6, correct: k < 4 })),
      ...Array.from({ length: 10 }, (_, k) => ({ raw: 0.9, correct: k < 9 })),
    ];
    const points = fitCalibration(samples, 0);
    // 0.5 (6/10) and 0.6 (4/10) go down: pooled into one level of 10/20 at raw 0.55.
    expect(points).to.deep.equal([
      { raw: 0.1, calibrated: 0.1 },
      { raw: 0.55, calibrated: 0.5 },
      { raw: 0.9, calibrated: 0.9 },
    ]);
    expect(calibrateWith(points, 0.325)).to.be.closeTo(0.3, 1e-9);
    expect(calibrateWith(points, 0)).to.equal(0.1);
    expect(calibrateWith(points, 1)).to.equal(0.9);
  });

  it("weighs samples by their weight", () => {
    const points = fitCalibration([{ raw: 0.2, correct: false, weight: 3 }, { raw: 0.2, correct: true, weight: 1 }], 0);
    expect(points).to.deep.equal([{ raw: 0.2, calibrated: 0.25 }]);
  });

  it("is monotone and bounded for any samples and any raw score", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ raw: fc.double({ min: 0, max: 1, noNaN: true }), correct: fc.boolean() }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 2, maxLength: 50 }),
        (samples, raws) => {
          const points = fitCalibration(samples);
          for (let k = 1; k < points.length; k++) {
            expect(points[k]!.raw).to.be.above(points[k - 1]!.raw);
            expect(points[k]!.calibrated).to.be.at.least(points[k - 1]!.calibrated);
          }
          const sorted = [...raws].sort((a, b) => a - b);
          const mapped = sorted.map((r) => calibrateWith(points, r));
          mapped.forEach((c, k) => {
            expect(c).to.be.within(MIN_SCORE, MAX_SCORE);
            if (k > 0) expect(c).to.be.at.least(mapped[k - 1]!);
          });
        },
      ),
    );
  });

  it("counts beads and right ones per band, and the two figures the bands are chosen by", () => {
    const scores = [0.1, 0.35, 0.6, 0.8, 0.95, 0.99];
    const correct = [false, false, true, true, true, false];
    expect(bandTable(scores, correct).map((l) => [l.from, l.beads, l.correct])).to.deep.equal([[0, 1, 0], [0.3, 1, 0], [0.5, 1, 1], [0.7, 1, 1], [0.9, 2, 1]]);
    expect(calibrationFigures(scores, correct)).to.deep.equal({ highRight: 1, highBeads: 2, wrongBelowLow: 2, wrongBeads: 3 });
  });
});
