/**
 * Calibration of bead scores: a monotone mapping from the aligner's raw score (a logistic of the
 * bead's cost margin, explain-bead.ts) to the share of beads with that raw score that were right
 * on the development set, so that a row showing 0.9 is right about nine times in ten.
 *
 * The mapping is fitted by isotonic regression (pool adjacent violators) on beads compared with
 * gold (scripts/calibrate-scores.ts) and kept as points in data/score-calibration-points.ts;
 * between points it is linear, outside them flat, and always within [MIN_SCORE, MAX_SCORE]: no
 * score claims certainty the development set cannot show.
 */
import { SCORE_CALIBRATION_POINTS, type CalibrationPoint } from "./data/score-calibration-points.js";

export type { CalibrationPoint };

/** A bead compared with gold: its raw score and whether it was right. */
export type CalibrationSample = { raw: number; correct: boolean; weight?: number };

export const MIN_SCORE = 0.01;
export const MAX_SCORE = 0.99;

function bounded(x: number): number {
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, x));
}

/** The calibrated score of a raw score under `points` (sorted by raw, calibrated non-decreasing). */
export function calibrateWith(points: readonly CalibrationPoint[], raw: number): number {
  if (!Number.isFinite(raw)) return bounded(raw > 0 ? 1 : 0);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return bounded(raw);
  if (raw <= first.raw) return bounded(first.calibrated);
  if (raw >= last.raw) return bounded(last.calibrated);
  // Binary search for the segment [points[lo], points[lo + 1]] holding raw.
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid]?.raw ?? 0) <= raw) lo = mid;
    else hi = mid;
  }
  const p = points[lo] as CalibrationPoint;
  const q = points[hi] as CalibrationPoint;
  const t = q.raw === p.raw ? 1 : (raw - p.raw) / (q.raw - p.raw);
  return bounded(p.calibrated + t * (q.calibrated - p.calibrated));
}

/** The calibrated score of a raw score, with the fitted points. */
export function calibrateScore(raw: number): number {
  return calibrateWith(SCORE_CALIBRATION_POINTS, raw);
}

/**
 * Isotonic regression of correctness on raw score (pool adjacent violators): blocks of samples in
 * raw order whose share correct never decreases; each block becomes a point at its mean raw score.
 * A sample counts `weight` times (default 1).
 * `priorWeight` pseudo-samples keep a tiny block from claiming 0 or 1: each block's share is shrunk
 * towards the overall share by that many samples.
 */
export function fitCalibration(samples: readonly CalibrationSample[], priorWeight = 2): CalibrationPoint[] {
  const sorted = [...samples].filter((s) => Number.isFinite(s.raw)).sort((x, y) => x.raw - y.raw);
  if (sorted.length === 0) return [];
  const weightOf = (s: CalibrationSample) => s.weight ?? 1;
  const total = sorted.reduce((sum, s) => sum + weightOf(s), 0);
  const overall = sorted.reduce((sum, s) => sum + (s.correct ? weightOf(s) : 0), 0) / total;
  type Block = { rawSum: number; correct: number; count: number; firstRaw: number; lastRaw: number };
  const blocks: Block[] = [];
  for (const s of sorted) {
    const w = weightOf(s);
    blocks.push({ rawSum: s.raw * w, correct: s.correct ? w : 0, count: w, firstRaw: s.raw, lastRaw: s.raw });
    // Pool while the last block's share is not above the one before it (equal shares make one
    // level), or the two meet at the same raw score (a raw score has one calibrated value).
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as Block;
      const a = blocks[blocks.length - 2] as Block;
      if (a.lastRaw !== b.firstRaw && a.correct / a.count < b.correct / b.count) break;
      blocks.splice(blocks.length - 2, 2, { rawSum: a.rawSum + b.rawSum, correct: a.correct + b.correct, count: a.count + b.count, firstRaw: a.firstRaw, lastRaw: b.lastRaw });
    }
  }
  const points = blocks.map((b) => ({
    raw: Math.round((b.rawSum / b.count) * 1e4) / 1e4,
    calibrated: Math.round(((b.correct + priorWeight * overall) / (b.count + priorWeight)) * 1e4) / 1e4,
  }));
  // A small block is shrunk more than a large one, which can break the order: a running maximum
  // restores it (and raw points stay strictly increasing).
  for (let k = 1; k < points.length; k++) {
    const prev = points[k - 1] as CalibrationPoint;
    const here = points[k] as CalibrationPoint;
    if (here.calibrated < prev.calibrated) here.calibrated = prev.calibrated;
    if (here.raw <= prev.raw) here.raw = Math.round((prev.raw + 1e-4) * 1e4) / 1e4;
  }
  return points;
}

/** One line of a calibration table: the beads whose score is in [from, to), and how many were right. */
export type BandLine = { from: number; to: number; beads: number; correct: number };

/** Lower edges of the bands the calibration is reported in (the last band runs to 1 inclusive). */
export const REPORT_BANDS: readonly number[] = [0, 0.3, 0.5, 0.7, 0.9];

/** Beads per score band and how many of them were right (`scores` and `samples` in step). */
export function bandTable(scores: readonly number[], correct: readonly boolean[], edges: readonly number[] = REPORT_BANDS): BandLine[] {
  const lines = edges.map((from, k) => ({ from, to: edges[k + 1] ?? Infinity, beads: 0, correct: 0 }));
  scores.forEach((score, k) => {
    const line = [...lines].reverse().find((l) => score >= l.from) ?? lines[0];
    if (!line) return;
    line.beads++;
    if (correct[k]) line.correct++;
  });
  return lines;
}

/** The two figures the bands are chosen by: how often a bead at ≥ `high` is right, and the share of wrong beads below `low`. */
export function calibrationFigures(scores: readonly number[], correct: readonly boolean[], high = 0.9, low = 0.5): { highRight: number; highBeads: number; wrongBelowLow: number; wrongBeads: number } {
  let highBeads = 0;
  let highRight = 0;
  let wrongBeads = 0;
  let wrongBelowLow = 0;
  scores.forEach((score, k) => {
    if (score >= high) {
      highBeads++;
      if (correct[k]) highRight++;
    }
    if (!correct[k]) {
      wrongBeads++;
      if (score < low) wrongBelowLow++;
    }
  });
  return { highRight, highBeads, wrongBelowLow, wrongBeads };
}
