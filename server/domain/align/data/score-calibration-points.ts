/**
 * The calibration of bead scores (score-calibration.ts): raw score -> share of beads right.
 * Written by `node dist/scripts/calibrate-scores.js --write`; do not edit by hand.
 * Fitted on 12 of 23 base documents (even places in name order), 96 cases.
 */
export type CalibrationPoint = { raw: number; calibrated: number };

export const SCORE_CALIBRATION_POINTS: readonly CalibrationPoint[] = [
  { raw: 0.0081, calibrated: 0.0013 },
  { raw: 0.0415, calibrated: 0.008 },
  { raw: 0.0692, calibrated: 0.0143 },
  { raw: 0.0972, calibrated: 0.0143 },
  { raw: 0.1227, calibrated: 0.0487 },
  { raw: 0.1437, calibrated: 0.0487 },
  { raw: 0.1716, calibrated: 0.0884 },
  { raw: 0.1962, calibrated: 0.0952 },
  { raw: 0.2185, calibrated: 0.3269 },
  { raw: 0.226, calibrated: 0.3269 },
  { raw: 0.2657, calibrated: 0.3269 },
  { raw: 0.3458, calibrated: 0.3269 },
  { raw: 0.4203, calibrated: 0.3353 },
  { raw: 0.4639, calibrated: 0.3568 },
  { raw: 0.4857, calibrated: 0.3994 },
  { raw: 0.5174, calibrated: 0.4067 },
  { raw: 0.5633, calibrated: 0.4475 },
  { raw: 0.6194, calibrated: 0.6122 },
  { raw: 0.697, calibrated: 0.7895 },
  { raw: 0.7096, calibrated: 0.8337 },
  { raw: 0.719, calibrated: 0.872 },
  { raw: 0.73, calibrated: 0.872 },
  { raw: 0.7606, calibrated: 0.9263 },
  { raw: 0.8118, calibrated: 0.9324 },
  { raw: 0.8294, calibrated: 0.9417 },
  { raw: 0.841, calibrated: 0.9417 },
  { raw: 0.8459, calibrated: 0.9417 },
  { raw: 0.9115, calibrated: 0.972 },
  { raw: 0.9591, calibrated: 0.972 },
  { raw: 0.9913, calibrated: 0.9821 },
];
