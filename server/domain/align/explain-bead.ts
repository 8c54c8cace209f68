/**
 * The signals behind a bead, for the editor's "why this pair", and its score in 0–1. The score is
 * a logistic of the bead's margin: how much cheaper the bead is than leaving its units unpaired
 * (for a one-sided unit: how much cheaper that is than its best pairing).
 */
import type { ArabicUnit, EnglishUnit } from "./unit-features.js";
import { beadCost, countEnglishSide, countArabicSide, nullCost, type CostInputs } from "./bead-cost.js";
import { lengthCost } from "./model.js";
import type { BeadSignals, ScoredBead, Bead } from "./types.js";
import type { BoilerplateReason } from "../segment/boilerplate.js";

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

function scoreOf(inputs: ExplainInputs, bead: Bead): number {
  const a = bead.en.length;
  const b = bead.ar.length;
  const i0 = bead.en[0] ?? 0;
  const j0 = bead.ar[0] ?? 0;
  if (a > 0 && b > 0) {
    let unpaired = 0;
    for (const i of bead.en) unpaired += nullCost(inputs, "en", i);
    for (const j of bead.ar) unpaired += nullCost(inputs, "ar", j);
    return logistic(unpaired - beadCost(inputs, i0, a, j0, b));
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

export function explainBead(inputs: ExplainInputs, bead: Bead, position: { n: number; m: number }): ScoredBead {
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
  return { en: bead.en, ar: bead.ar, score: round(scoreOf(inputs, bead)), signals };
}
