/**
 * The signals behind a bead, for the editor's "why this pair", and its score in 0–1. The raw score
 * is a logistic of the bead's margin: how much cheaper the bead is than any cut of it in two (its
 * units unpaired, one paragraph left out, two pairs): a paragraph that does not belong, such as a
 * one-sided note merged into a pair, makes the bead cheaper without it; for a one-sided unit, how
 * much cheaper it is than its best pairing.
 * The score shown and stored is the raw score through the calibration fitted on the development
 * set (score-calibration.ts): the share of beads with that raw score that were right.
 */
import type { ArabicUnit, EnglishUnit } from "./unit-features.js";
import { beadCost, countEnglishSide, countArabicSide, nullCost, type CostInputs } from "./bead-cost.js";
import { lengthCost } from "./model.js";
import type { BeadSignals, ScoredBead, Bead } from "./types.js";
import type { BoilerplateReason } from "../segment/boilerplate.js";
import { calibrateScore } from "./score-calibration.js";

const SCORE_SCALE = 4;

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x / SCORE_SCALE));
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function share(hits: number, total: number): number | undefined {
  return total > 0 ? round(hits / total) : undefined;
}

export type ExplainInputs = CostInputs & {
  en: EnglishUnit[];
  ar: ArabicUnit[];
  enReasons: (BoilerplateReason | null)[];
  arReasons: (BoilerplateReason | null)[];
};

/** Cost of units [i0, i0+a) × [j0, j0+b) as one bead, or as unpaired units when a side is empty. */
function partCost(inputs: ExplainInputs, i0: number, a: number, j0: number, b: number): number {
  if (a > 0 && b > 0) return beadCost(inputs, i0, a, j0, b);
  let cost = 0;
  for (let i = i0; i < i0 + a; i++) cost += nullCost(inputs, "en", i);
  for (let j = j0; j < j0 + b; j++) cost += nullCost(inputs, "ar", j);
  return cost;
}

/**
 * How much cheaper the bead [i0, i0+a) × [j0, j0+b) is than its best cut in two, in order: the
 * first x English and y Arabic units, then the rest, either part possibly one-sided. The cuts
 * include leaving both sides unpaired, leaving one end paragraph out (a one-sided note merged into
 * a pair) and two pairs (two rows merged that were right apart).
 */
function splitMargin(inputs: ExplainInputs, i0: number, a: number, j0: number, b: number, cost: number): number {
  let best = Infinity;
  for (let x = 0; x <= a; x++) {
    for (let y = 0; y <= b; y++) {
      if ((x === 0 && y === 0) || (x === a && y === b)) continue;
      best = Math.min(best, partCost(inputs, i0, x, j0, y) + partCost(inputs, i0 + x, a - x, j0 + y, b - y));
    }
  }
  return best - cost;
}

/** The bead's raw score in 0–1 (before calibration). */
export function rawScoreOf(inputs: ExplainInputs, bead: Bead): number {
  const a = bead.en.length;
  const b = bead.ar.length;
  const i0 = bead.en[0] ?? 0;
  const j0 = bead.ar[0] ?? 0;
  if (a > 0 && b > 0) {
    const cost = beadCost(inputs, i0, a, j0, b);
    // An impossible bead (a repeated caption merged in) has no margin at all.
    if (!Number.isFinite(cost)) return 0;
    return logistic(splitMargin(inputs, i0, a, j0, b, cost));
  }
  // One-sided: compare with pairing the unit with its best partner on the other side.
  const { n, m } = inputs.evidence;
  let best = Infinity;
  if (a > 0) {
    for (let j = 0; j < m; j++) best = Math.min(best, beadCost(inputs, i0, 1, j, 1) - nullCost(inputs, "ar", j));
    return best === Infinity ? 1 : logistic(best - nullCost(inputs, "en", i0));
  }
  for (let i = 0; i < n; i++) best = Math.min(best, beadCost(inputs, i, 1, j0, 1) - nullCost(inputs, "en", i));
  return best === Infinity ? 1 : logistic(best - nullCost(inputs, "ar", j0));
}

/** The bead's score and signals; `raw` leaves the score uncalibrated (for fitting the calibration). */
export function explainBead(inputs: ExplainInputs, bead: Bead, position: { n: number; m: number }, options: { raw?: boolean } = {}): ScoredBead {
  const a = bead.en.length;
  const b = bead.ar.length;
  const signals: BeadSignals = { shape: `${a}-${b}` };
  const i0 = bead.en[0] ?? 0;
  const j0 = bead.ar[0] ?? 0;
  if (a > 0 && b > 0) {
    const { evidence: ev, model } = inputs;
    const le = bead.en.reduce((s, i) => s + (inputs.enLengths[i] ?? 0), 0);
    const la = bead.ar.reduce((s, j) => s + (inputs.arLengths[j] ?? 0), 0);
    signals.lengthRatio = le > 0 ? round(la / le) : undefined;
    signals.expectedRatio = round(model.ratio);
    signals.lengthZ = round(lengthCost(le, la, model).z, 2);
    const lexEn = countEnglishSide(ev.lexEn, ev.lexEnTotal, ev.m, i0, a, j0, b);
    const lexAr = countArabicSide(ev.lexAr, ev.lexArTotal, ev.m, i0, a, j0, b);
    signals.lexiconEn = share(lexEn.hits, lexEn.total);
    signals.lexiconAr = share(lexAr.hits, lexAr.total);
    const enAnchors = new Set(bead.en.flatMap((i) => inputs.en[i]?.anchors ?? []));
    const arAnchors = new Set(bead.ar.flatMap((j) => inputs.ar[j]?.anchors ?? []));
    const numbers = (set: Set<string>) => [...set].filter((k) => k.startsWith("n:")).map((k) => k.slice(2));
    signals.numbersShared = numbers(enAnchors).filter((v) => arAnchors.has(`n:${v}`));
    signals.numbersEnOnly = numbers(enAnchors).filter((v) => !arAnchors.has(`n:${v}`));
    signals.numbersArOnly = numbers(arAnchors).filter((v) => !enAnchors.has(`n:${v}`));
    signals.datesShared = [...enAnchors].filter((k) => !k.startsWith("n:") && arAnchors.has(k));
    const names = new Set<string>();
    for (const i of bead.en) {
      const unit = inputs.en[i];
      if (!unit) continue;
      unit.nameKeys.forEach((keys, k) => {
        const found = bead.ar.some((j) => {
          const arKeys = inputs.ar[j]?.skeletonKeys;
          return arKeys !== undefined && Array.from(keys).some((key) => arKeys.includes(key));
        });
        if (found) names.add(unit.names[k] ?? "");
      });
    }
    signals.namesShared = [...names];
    signals.quotes = bead.en.some((i) => inputs.en[i]?.quote) && bead.ar.some((j) => inputs.ar[j]?.quote);
  } else {
    const reason = a > 0 ? inputs.enReasons[i0] : inputs.arReasons[j0];
    if (reason) signals.boilerplate = reason;
  }
  const enPos = a > 0 ? (i0 + a / 2) / Math.max(1, position.n) : undefined;
  const arPos = b > 0 ? (j0 + b / 2) / Math.max(1, position.m) : undefined;
  if (enPos !== undefined && arPos !== undefined) signals.positionDrift = round(Math.abs(enPos - arPos));
  const raw = rawScoreOf(inputs, bead);
  return { en: bead.en, ar: bead.ar, score: round(options.raw ? raw : calibrateScore(raw)), signals };
}
