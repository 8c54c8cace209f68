/**
 * The calibration of bead scores (score-calibration.ts): raw score -> share of beads right.
 * Written by `node dist/scripts/calibrate-scores.js --write`; do not edit by hand.
 * Fitted on 12 of 23 base documents (even places in name order), 96 cases.
 */
export type CalibrationPoint = { raw: number; calibrated: number };

export const SCORE_CALIBRATION_POINTS: readonly CalibrationPoint[] = [
  { raw: 0.006, calibrated: 0.0013 },
  { raw: 0.0411, calibrated: 0.0116 },
  { raw: 0.0828, calibrated: 0.0125 },
  { raw: 0.1227, calibrated: 0.0615 },
  { raw: 0.1428, calibrated: 0.0615 },
  { raw: 0.1718, calibrated: 0.0959 },
  { raw: 0.1963, calibrated: 0.1317 },
  { raw: 0.2268, calibrated: 0.2825 },
  { raw: 0.2595, calibrated: 0.3357 },
  { raw: 0.2951, calibrated: 0.3931 },
  { raw: 0.3451, calibrated: 0.3931 },
  { raw: 0.4181, calibrated: 0.4133 },
  { raw: 0.5036, calibrated: 0.4157 },
  { raw: 0.5634, calibrated: 0.5 },
  { raw: 0.5838, calibrated: 0.6275 },
  { raw: 0.6335, calibrated: 0.6338 },
  { raw: 0.6816, calibrated: 0.6338 },
  { raw: 0.6971, calibrated: 0.7895 },
  { raw: 0.706, calibrated: 0.7895 },
  { raw: 0.71, calibrated: 0.832 },
  { raw: 0.7191, calibrated: 0.8687 },
  { raw: 0.7602, calibrated: 0.927 },
  { raw: 0.8087, calibrated: 0.927 },
  { raw: 0.9026, calibrated: 0.9766 },
  { raw: 0.99, calibrated: 0.9849 },
];
