/**
 * What a calibrated bead score means in the editor and the exports, chosen from the calibration
 * table on the development set (scripts/calibrate-scores.ts, README "Scores"): the colour bands
 * of rows and map cells, the score "confirm all above" needs to confirm a row, and the default
 * `--min-score` of an export of every pair.
 */
export const SCORE_BANDS = { high: 0.9, medium: 0.5 } as const;

export type ScoreBand = "high" | "medium" | "low" | "neutral";

/** Rows confirmed by "confirm all above" score at least this; the rest stay for the editor. */
export const CONFIRM_ABOVE_MIN_SCORE = 0.9;

/** `--status all` exports pairs scoring at least this (more likely right than wrong) unless `--min-score` says otherwise. */
export const EXPORT_MIN_SCORE = 0.5;

/**
 * A row's band: one-sided boilerplate (a photo credit, an appeal on one side only) is neutral,
 * neither right nor wrong; every other row by its score.
 */
export function scoreBand(score: number, oneSidedBoilerplate = false): ScoreBand {
  if (oneSidedBoilerplate) return "neutral";
  return score >= SCORE_BANDS.high ? "high" : score >= SCORE_BANDS.medium ? "medium" : "low";
}
