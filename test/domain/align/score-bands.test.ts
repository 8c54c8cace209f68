/**
 * What a calibrated score means on the page (domain/align/score-bands.ts): one-sided boilerplate is
 * neutral whatever its score, every other row takes its band from its score; the thresholds of
 * "confirm all above" and of the export default sit on the band edges the calibration chose.
 */
import { expect } from "chai";
import { CONFIRM_ABOVE_MIN_SCORE, EXPORT_MIN_SCORE, SCORE_BANDS, scoreBand } from "../../../server/domain/align/score-bands.js";

describe("score bands", () => {
  const table: [number, boolean, string][] = [
    [0.99, false, "high"], [SCORE_BANDS.high, false, "high"], [0.89, false, "medium"], [SCORE_BANDS.medium, false, "medium"],
    [0.49, false, "low"], [0.01, false, "low"], [0.99, true, "neutral"], [0.01, true, "neutral"],
  ];
  for (const [score, boilerplate, band] of table) {
    it(`puts ${score}${boilerplate ? " (one-sided boilerplate)" : ""} in the ${band} band`, () => {
      expect(scoreBand(score, boilerplate)).to.equal(band);
    });
  }

  it("confirms above from the high band and exports by default from the medium band", () => {
    expect(CONFIRM_ABOVE_MIN_SCORE).to.equal(SCORE_BANDS.high);
    expect(EXPORT_MIN_SCORE).to.equal(SCORE_BANDS.medium);
  });
});
