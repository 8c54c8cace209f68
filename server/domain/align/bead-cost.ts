/**
 * The cost of one candidate bead: English units [i0, i0+a) with Arabic units [j0, j0+b).
 * Lower is better; a one-sided unit costs the null penalty. See model.ts for the terms.
 */
import type { Evidence } from "./evidence.js";
import { coefficientsOf, lengthCost, type AlignParams, type DocumentModel, type EvidenceCoefficients, type ModelCoefficients } from "./model.js";
import { shapeName } from "./bead-shapes.js";

export type CostInputs = {
  evidence: Evidence;
  enLengths: number[];
  arLengths: number[];
  /** Units taken as one-sided boilerplate (see segment/boilerplate.ts). */
  enBoilerplate: boolean[];
  arBoilerplate: boolean[];
  /** Units that repeat an earlier one (a caption printed twice): never part of a merge. */
  enRepeat: boolean[];
  arRepeat: boolean[];
  model: DocumentModel;
  /** coefficientsOf(model), kept in step with it (see setModel). */
  coefficients: ModelCoefficients;
  params: AlignParams;
};

export function setModel(inputs: CostInputs, model: DocumentModel): void {
  inputs.model = model;
  inputs.coefficients = coefficientsOf(model);
}

export type EvidenceCounts = { hits: number; total: number };

/** Hits of English units [i0,i0+a) in Arabic units [j0,j0+b): each unit's count capped at its total. */
export function countEnglishSide(counts: Uint16Array, totals: Uint16Array, m: number, i0: number, a: number, j0: number, b: number): EvidenceCounts {
  let hits = 0;
  let total = 0;
  for (let i = i0; i < i0 + a; i++) {
    const t = totals[i] ?? 0;
    if (t === 0) continue;
    let h = 0;
    for (let j = j0; j < j0 + b; j++) h += counts[i * m + j] ?? 0;
    hits += Math.min(h, t);
    total += t;
  }
  return { hits, total };
}

/** Hits of Arabic units [j0,j0+b) in English units [i0,i0+a). */
export function countArabicSide(counts: Uint16Array, totals: Uint16Array, m: number, i0: number, a: number, j0: number, b: number): EvidenceCounts {
  let hits = 0;
  let total = 0;
  for (let j = j0; j < j0 + b; j++) {
    const t = totals[j] ?? 0;
    if (t === 0) continue;
    let h = 0;
    for (let i = i0; i < i0 + a; i++) h += counts[i * m + j] ?? 0;
    hits += Math.min(h, t);
    total += t;
  }
  return { hits, total };
}

/** Shape costs by a*4+b, computed once per parameter set (the DP asks millions of times). */
const SHAPE_TABLES = new WeakMap<AlignParams, Float64Array>();

function shapeCostOf(params: AlignParams, a: number, b: number): number {
  let table = SHAPE_TABLES.get(params);
  if (!table) {
    table = new Float64Array(16);
    for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) table[x * 4 + y] = params.shapeCost[shapeName([x, y])] ?? 0;
    SHAPE_TABLES.set(params, table);
  }
  return table[a * 4 + b] ?? 0;
}

function sum(values: number[], from: number, count: number): number {
  let s = 0;
  for (let k = from; k < from + count; k++) s += values[k] ?? 0;
  return s;
}

function ratio(c: EvidenceCounts, k: EvidenceCoefficients, span: number): number {
  return c.hits * (k.hit[span] ?? 0) + (c.total - c.hits) * (k.miss[span] ?? 0);
}

/** Log-likelihood ratio of all the evidence the bead's two sides share. */
export function evidenceScore(inputs: CostInputs, i0: number, a: number, j0: number, b: number): number {
  const { evidence: ev, coefficients: k } = inputs;
  const m = ev.m;
  return (
    ratio(countEnglishSide(ev.lexEn, ev.lexEnTotal, m, i0, a, j0, b), k.lexEn, b) +
    ratio(countArabicSide(ev.lexAr, ev.lexArTotal, m, i0, a, j0, b), k.lexAr, a) +
    ratio(countEnglishSide(ev.names, ev.namesTotal, m, i0, a, j0, b), k.names, b) +
    ratio(countEnglishSide(ev.anchorsEn, ev.anchorsEnTotal, m, i0, a, j0, b), k.anchorsEn, b) +
    ratio(countArabicSide(ev.anchorsAr, ev.anchorsArTotal, m, i0, a, j0, b), k.anchorsAr, a)
  );
}

/** Cost of leaving one unit unpaired. */
export function nullCost(inputs: CostInputs, side: "en" | "ar", unit: number): number {
  const boiler = side === "en" ? inputs.enBoilerplate[unit] : inputs.arBoilerplate[unit];
  return inputs.params.nullCost - (boiler ? inputs.params.boilerplateBonus : 0);
}

export function beadCost(inputs: CostInputs, i0: number, a: number, j0: number, b: number): number {
  if (b === 0) return nullCost(inputs, "en", i0);
  if (a === 0) return nullCost(inputs, "ar", j0);
  const { params } = inputs;
  if (a > 1) for (let i = i0; i < i0 + a; i++) if (inputs.enRepeat[i]) return Infinity;
  if (b > 1) for (let j = j0; j < j0 + b; j++) if (inputs.arRepeat[j]) return Infinity;
  let cost = shapeCostOf(params, a, b);
  // Boilerplate is one-sided by nature: pairing it is allowed but costs what leaving it would save.
  for (let i = i0; i < i0 + a; i++) if (inputs.enBoilerplate[i]) cost += params.boilerplateBonus;
  for (let j = j0; j < j0 + b; j++) if (inputs.arBoilerplate[j]) cost += params.boilerplateBonus;
  const len = lengthCost(sum(inputs.enLengths, i0, a), sum(inputs.arLengths, j0, b), inputs.model);
  return cost + params.lengthWeight * len.cost - params.evidenceWeight * evidenceScore(inputs, i0, a, j0, b);
}
