/**
 * Estimates a document's own model (model.ts) from a first alignment of it: the Arabic/English
 * length ratio and variance over its paired beads, and for each kind of evidence the hit rate
 * inside paired beads (translated) and between units far from any pairing (unrelated). Estimates
 * are shrunk towards the priors so that a short document cannot produce extreme rates.
 */
import type { Evidence } from "./evidence.js";
import type { DocumentModel, EvidenceRates } from "./model.js";
import type { Bead } from "./types.js";
import { countArabicSide, countEnglishSide } from "./bead-cost.js";

const PRIOR_WEIGHT = 20; // pseudo-observations behind each prior rate
const MIN_GAP = 0.05;

type Direction = "en" | "ar";

function shrink(hits: number, total: number, prior: number): number {
  return (hits + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT);
}

function rates(
  beads: Bead[], ev: Evidence, counts: Uint16Array, totals: Uint16Array, direction: Direction, prior: EvidenceRates, partner: Int32Array,
): EvidenceRates {
  let hits = 0;
  let total = 0;
  for (const bead of beads) {
    if (bead.en.length !== 1 || bead.ar.length !== 1) continue; // rates are per single partner unit
    const i0 = bead.en[0] ?? 0;
    const j0 = bead.ar[0] ?? 0;
    const c = direction === "en"
      ? countEnglishSide(counts, totals, ev.m, i0, bead.en.length, j0, bead.ar.length)
      : countArabicSide(counts, totals, ev.m, i0, bead.en.length, j0, bead.ar.length);
    hits += c.hits;
    total += c.total;
  }
  // Unrelated: pairs at least 3 units away from where the unit was paired (or would sit).
  let uHits = 0;
  let uTotal = 0;
  for (let i = 0; i < ev.n; i++) {
    const near = partner[i] ?? 0;
    for (let j = 0; j < ev.m; j++) {
      if (Math.abs(j - near) < 3) continue;
      const t = direction === "en" ? totals[i] ?? 0 : totals[j] ?? 0;
      if (t === 0) continue;
      uHits += Math.min(counts[i * ev.m + j] ?? 0, t);
      uTotal += t;
    }
  }
  const translated = shrink(hits, total, prior.translated);
  const unrelated = Math.min(shrink(uHits, uTotal, prior.unrelated), translated - MIN_GAP);
  return { translated: Math.min(translated, 0.98), unrelated: Math.max(unrelated, 0.005) };
}

/** For every English unit, the Arabic unit it was paired with (or the nearest pairing before it). */
function partners(beads: Bead[], n: number): Int32Array {
  const partner = new Int32Array(n);
  let lastAr = 0;
  for (const bead of beads) {
    if (bead.ar.length > 0) lastAr = bead.ar[0] ?? lastAr;
    for (const i of bead.en) partner[i] = lastAr;
  }
  return partner;
}

export function estimateModel(
  beads: Bead[], ev: Evidence, enLengths: number[], arLengths: number[], prior: DocumentModel, minVariance: number,
): DocumentModel {
  let enSum = 0;
  let arSum = 0;
  const pairs: [number, number][] = [];
  for (const bead of beads) {
    if (bead.en.length === 0 || bead.ar.length === 0) continue;
    const le = bead.en.reduce((s, i) => s + (enLengths[i] ?? 0), 0);
    const la = bead.ar.reduce((s, j) => s + (arLengths[j] ?? 0), 0);
    enSum += le;
    arSum += la;
    pairs.push([le, la]);
  }
  const ratio = enSum > 0 && arSum > 0 ? arSum / enSum : prior.ratio;
  // Variance of (la - c·le) / sqrt(mean length), the Gale–Church s², with a floor and a prior.
  let squares = 0;
  for (const [le, la] of pairs) {
    const mean = (le + la / ratio) / 2;
    if (mean > 0) squares += (la - ratio * le) ** 2 / mean;
  }
  const variance = Math.max(minVariance * ratio, (squares + 5 * prior.variance) / (pairs.length + 5));
  const partner = partners(beads, ev.n);
  return {
    ratio,
    variance,
    lexEn: rates(beads, ev, ev.lexEn, ev.lexEnTotal, "en", prior.lexEn, partner),
    lexAr: rates(beads, ev, ev.lexAr, ev.lexArTotal, "ar", prior.lexAr, partner),
    names: rates(beads, ev, ev.names, ev.namesTotal, "en", prior.names, partner),
    anchorsEn: rates(beads, ev, ev.anchorsEn, ev.anchorsEnTotal, "en", prior.anchorsEn, partner),
    anchorsAr: rates(beads, ev, ev.anchorsAr, ev.anchorsArTotal, "ar", prior.anchorsAr, partner),
  };
}
