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

/** Gale–Church length cost: -log of the two-sided tail probability of the length deviation. */
export function lengthCost(enLength: number, arLength: number, model: DocumentModel): { cost: number; z: number } {
  const mean = (enLength + arLength / model.ratio) / 2;
  if (mean === 0) return { cost: 0, z: 0 };
  const z = (arLength - enLength * model.ratio) / Math.sqrt(model.variance * mean);
  const tail = 2 * (1 - standardNormalCdf(Math.abs(z)));
  return { cost: -Math.log(Math.max(tail, 1e-12)), z };
}

/** Abramowitz–Stegun 7.1.26 approximation of the standard normal CDF (error < 1.5e-7). */
export function standardNormalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
