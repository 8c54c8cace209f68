/**
 * Aligns two sequences of units (the paragraphs, or the sentences, of the two editions of one
 * article): describe each unit, collect pair evidence, align once with prior rates, re-estimate the
 * document's own model from that alignment, align again, and explain every bead.
 */
import { BEAD_SHAPES, REFINE_RADIUS, ROUGH_SHAPES, type BeadShape } from "./bead-shapes.js";
import { beadCost, setModel, type CostInputs } from "./bead-cost.js";
import { bandAround, fillTable, orderOneSided, traceBack, type Band } from "./dynamic-programme.js";
import { collectEvidence } from "./evidence.js";
import { estimateModel } from "./estimate-model.js";
import { explainBead, type ExplainInputs } from "./explain-bead.js";
import { coefficientsOf, DEFAULT_PARAMS, PRIOR_MODEL, type AlignParams, type DocumentModel } from "./model.js";
import { describeArabicUnit, describeEnglishUnit, type AlignResources } from "./unit-features.js";
import { detectBoilerplate, type BoilerplateReason } from "../segment/boilerplate.js";
import type { Bead, ScoredBead } from "./types.js";

export type AlignOptions = AlignResources & {
  params?: AlignParams;
  /** Boilerplate reasons already known (from import); detected here when absent. */
  enBoilerplate?: (BoilerplateReason | null)[];
  arBoilerplate?: (BoilerplateReason | null)[];
  /** Skip boilerplate detection (sentence pass: sentences are never site furniture). */
  noBoilerplate?: boolean;
  /** Compute each bead's score and signals (default true; batch evaluation needs only the beads). */
  explain?: boolean;
};

export type Alignment = { beads: ScoredBead[]; model: DocumentModel };

function alignWith(inputs: CostInputs, shapes: readonly BeadShape[], band?: Band): Bead[] {
  const { n, m } = inputs.evidence;
  const table = fillTable(n, m, shapes, (i0, a, j0, b) => beadCost(inputs, i0, a, j0, b), band);
  return orderOneSided(traceBack(table, shapes));
}

export function alignUnits(enTexts: readonly string[], arTexts: readonly string[], options: AlignOptions = {}): Alignment {
  const params = options.params ?? DEFAULT_PARAMS;
  const en = enTexts.map((t) => describeEnglishUnit(t, options));
  const ar = arTexts.map((t) => describeArabicUnit(t, options));
  const enReasons = options.noBoilerplate ? en.map(() => null) : options.enBoilerplate ?? detectBoilerplate(enTexts, "en");
  const arReasons = options.noBoilerplate ? ar.map(() => null) : options.arBoilerplate ?? detectBoilerplate(arTexts, "ar");
  const evidence = collectEvidence(en, ar);
  const enLengths = en.map((u) => u.length);
  const arLengths = ar.map((u) => u.length);
  const totalEn = enLengths.reduce((s, x) => s + x, 0);
  const totalAr = arLengths.reduce((s, x) => s + x, 0);
  const prior: DocumentModel = { ...PRIOR_MODEL, ratio: totalEn > 0 && totalAr > 0 ? totalAr / totalEn : PRIOR_MODEL.ratio };
  const inputs: ExplainInputs = {
    evidence, enLengths, arLengths, model: prior, coefficients: coefficientsOf(prior), params, en, ar, enReasons, arReasons,
    enBoilerplate: enReasons.map((r) => r !== null),
    arBoilerplate: arReasons.map((r) => r !== null),
    enRepeat: enReasons.map((r) => r === "duplicate"),
    arRepeat: arReasons.map((r) => r === "duplicate"),
  };
  if (en.length === 0 || ar.length === 0) {
    const beads = [...en.map((_, i) => ({ en: [i], ar: [] })), ...ar.map((_, j) => ({ en: [], ar: [j] }))];
    return { beads: beads.map((b) => explainBead(inputs, b, evidence)), model: prior };
  }
  // A rough pass with the simple shapes over the whole grid, the model re-estimated from it, then
  // the final pass with every shape inside a band around the rough path.
  const first = alignWith(inputs, ROUGH_SHAPES);
  setModel(inputs, estimateModel(first, evidence, enLengths, arLengths, prior, params.minVariance));
  const beads = alignWith(inputs, BEAD_SHAPES, bandAround(first, en.length, ar.length, REFINE_RADIUS));
  if (options.explain === false) {
    return { beads: beads.map((b) => ({ ...b, score: 0, signals: { shape: `${b.en.length}-${b.ar.length}` } })), model: inputs.model };
  }
  return { beads: beads.map((b) => explainBead(inputs, b, evidence)), model: inputs.model };
}
