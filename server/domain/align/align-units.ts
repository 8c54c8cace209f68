/**
 * Aligns two sequences of units (the paragraphs, or the sentences, of the two editions of one
 * article): describe each unit, collect pair evidence, align once with prior rates, re-estimate the
 * document's own model from that alignment, align again, and explain every bead (with the model
 * estimated from the final alignment, as score-beads.ts scores an edited one).
 */
import { BEAD_SHAPES, REFINE_RADIUS, ROUGH_SHAPES, type BeadShape } from "./bead-shapes.js";
import { beadCost, setModel, type CostInputs } from "./bead-cost.js";
import { bandAround, fillTable, orderOneSided, traceBack, type Band } from "./dynamic-programme.js";
import { estimateModel } from "./estimate-model.js";
import { explainBead } from "./explain-bead.js";
import { DEFAULT_PARAMS, type DocumentModel } from "./model.js";
import { prepareInputs, type InputOptions } from "./align-inputs.js";
import type { Bead, ScoredBead } from "./types.js";

export type AlignOptions = InputOptions & {
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
  const { inputs, prior } = prepareInputs(enTexts, arTexts, options);
  const { evidence } = inputs;
  const n = evidence.n;
  const m = evidence.m;
  if (n === 0 || m === 0) {
    const beads = [...Array.from({ length: n }, (_, i) => ({ en: [i], ar: [] })), ...Array.from({ length: m }, (_, j) => ({ en: [], ar: [j] }))];
    return { beads: beads.map((b) => explainBead(inputs, b, evidence)), model: prior };
  }
  // A rough pass with the simple shapes over the whole grid, the model re-estimated from it, then
  // the final pass with every shape inside a band around the rough path.
  const first = alignWith(inputs, ROUGH_SHAPES);
  setModel(inputs, estimateModel(first, evidence, inputs.enLengths, inputs.arLengths, prior, params.minVariance));
  const beads = alignWith(inputs, BEAD_SHAPES, bandAround(first, n, m, REFINE_RADIUS));
  if (options.explain === false) {
    return { beads: beads.map((b) => ({ ...b, score: 0, signals: { shape: `${b.en.length}-${b.ar.length}` } })), model: inputs.model };
  }
  const model = inputs.model;
  setModel(inputs, estimateModel(beads, evidence, inputs.enLengths, inputs.arLengths, prior, params.minVariance));
  return { beads: beads.map((b) => explainBead(inputs, b, evidence)), model };
}
