/**
 * The aligner's scoring model and its parameters.
 *
 * A bead's cost is: the prior cost of its shape, plus a length cost (Gale–Church: how far the
 * Arabic length is from the English length times the document's ratio), minus the log-likelihood
 * ratio of the evidence it shares (words, names, numbers, dates) under "these are translations"
 * against "these are unrelated". A one-sided unit costs a fixed penalty, lowered for boilerplate.
 *
 * The length ratio and its variance, and the hit rates of each kind of evidence for translated and
 * for unrelated units, are estimated from the document itself (estimate-model.ts).
 */

export type EvidenceRates = { translated: number; unrelated: number };

export type DocumentModel = {
  /** Arabic/English character ratio and the variance of the Gale–Church length model. */
  ratio: number;
  variance: number;
  lexEn: EvidenceRates;
  lexAr: EvidenceRates;
  names: EvidenceRates;
  anchorsEn: EvidenceRates;
  anchorsAr: EvidenceRates;
};

export type AlignParams = {
  /** Cost of leaving one unit unpaired, and how much cheaper that is for boilerplate. */
  nullCost: number;
  boilerplateBonus: number;
  /** Extra cost of each shape beyond 1-1 (per shape name). */
  shapeCost: Record<string, number>;
  /** Weight of the length cost and of the evidence log-likelihood ratio. */
  lengthWeight: number;
  evidenceWeight: number;
  /** Lower bound of the length variance, as a share of the ratio (keeps short documents sane). */
  minVariance: number;
};

export const DEFAULT_PARAMS: AlignParams = {
  nullCost: 3.5,
  boilerplateBonus: 3,
  shapeCost: { "1-1": 0, "1-2": 2.5, "2-1": 2.5, "1-3": 4, "3-1": 4, "2-2": 14 },
  lengthWeight: 1,
  evidenceWeight: 0.6,
  minVariance: 2,
};

/** Priors used before the document has told us its own rates. */
export const PRIOR_MODEL: DocumentModel = {
  ratio: 1.0,
  variance: 6.8,
  lexEn: { translated: 0.45, unrelated: 0.08 },
  lexAr: { translated: 0.35, unrelated: 0.06 },
  names: { translated: 0.6, unrelated: 0.05 },
  anchorsEn: { translated: 0.8, unrelated: 0.05 },
  anchorsAr: { translated: 0.8, unrelated: 0.05 },
};

/**
 * log P(hits | translated) - log P(hits | unrelated), binomial, without the common coefficient.
 * `span` is the number of units on the other side of the bead: a word has more chances to meet a
 * chance translation in three paragraphs than in one, so both rates grow with the span.
 */
export function evidenceLogRatio(hits: number, total: number, rates: EvidenceRates, span = 1): number {
  if (total === 0) return 0;
  const miss = (1 - rates.unrelated) ** (span - 1);
  const t = 1 - (1 - rates.translated) * miss;
  const u = 1 - (1 - rates.unrelated) * miss;
  return hits * Math.log(t / u) + (total - hits) * Math.log((1 - t) / (1 - u));
}

/** Per span (1–3 units on the other side): the log-ratio of one hit and of one miss. */
export type EvidenceCoefficients = { hit: Float64Array; miss: Float64Array };

export const EVIDENCE_CLASSES = ["lexEn", "lexAr", "names", "anchorsEn", "anchorsAr"] as const;
export type EvidenceClass = (typeof EVIDENCE_CLASSES)[number];
export type ModelCoefficients = Record<EvidenceClass, EvidenceCoefficients>;

const MAX_SPAN = 3;

/** Precomputes evidenceLogRatio's logarithms, so a bead's evidence costs two multiplications per class. */
export function coefficientsOf(model: DocumentModel): ModelCoefficients {
  const of = (rates: EvidenceRates): EvidenceCoefficients => {
    const hit = new Float64Array(MAX_SPAN + 1);
    const miss = new Float64Array(MAX_SPAN + 1);
    for (let span = 1; span <= MAX_SPAN; span++) {
      hit[span] = evidenceLogRatio(1, 1, rates, span);
      miss[span] = evidenceLogRatio(0, 1, rates, span);
    }
    return { hit, miss };
  };
  return { lexEn: of(model.lexEn), lexAr: of(model.lexAr), names: of(model.names), anchorsEn: of(model.anchorsEn), anchorsAr: of(model.anchorsAr) };
}

/** -log of the two-sided normal tail probability, tabulated for |z| in steps of 1/TAIL_STEPS. */
const TAIL_STEPS = 100;
const TAIL_LIMIT = 7;
const TAIL_COST = Float64Array.from({ length: TAIL_LIMIT * TAIL_STEPS + 1 }, (_, k) =>
  -Math.log(Math.max(2 * (1 - standardNormalCdf(k / TAIL_STEPS)), 1e-12)),
);

function tailCost(absZ: number): number {
  // Beyond the table the cost grows like z²/2 (the Gaussian tail), continued from its last entry.
  if (absZ >= TAIL_LIMIT) return (TAIL_COST[TAIL_COST.length - 1] ?? 0) + (absZ * absZ - TAIL_LIMIT * TAIL_LIMIT) / 2;
  const x = absZ * TAIL_STEPS;
  const k = Math.floor(x);
  const low = TAIL_COST[k] ?? 0;
  return low + ((TAIL_COST[k + 1] ?? low) - low) * (x - k);
}

/** The length deviation z of a bead under the document's length model. */
export function lengthZ(enLength: number, arLength: number, model: DocumentModel): number {
  const mean = (enLength + arLength / model.ratio) / 2;
  return mean === 0 ? 0 : (arLength - enLength * model.ratio) / Math.sqrt(model.variance * mean);
}

/** Gale–Church length cost: -log of the two-sided tail probability of the length deviation. */
export function lengthCost(enLength: number, arLength: number, model: DocumentModel): { cost: number; z: number } {
  const z = lengthZ(enLength, arLength, model);
  return { cost: tailCost(Math.abs(z)), z };
}

/** Abramowitz–Stegun 7.1.26 approximation of the standard normal CDF (error < 1.5e-7). */
export function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
