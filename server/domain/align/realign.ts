/**
 * Re-alignment that respects the editor's work: confirmed beads stay exactly as they are, and only
 * the stretches between them (and before the first and after the last) are aligned again. Each
 * stretch is aligned on its own, with the units' indices shifted back to document positions.
 */
import { alignUnits, type AlignOptions } from "./align-units.js";
import type { Bead, ScoredBead } from "./types.js";

export class InvalidFixedBeads extends Error {}

/** Checks that the fixed beads are in order and do not overlap; returns them sorted. */
function orderFixed<B extends Bead>(fixed: B[], n: number, m: number): B[] {
  const sorted = [...fixed].sort((x, y) => (x.en[0] ?? x.ar[0] ?? 0) - (y.en[0] ?? y.ar[0] ?? 0));
  let lastEn = -1;
  let lastAr = -1;
  for (const b of sorted) {
    for (const i of b.en) {
      if (i <= lastEn || i >= n) throw new InvalidFixedBeads(`English unit ${i} is out of order in the fixed beads`);
      lastEn = i;
    }
    for (const j of b.ar) {
      if (j <= lastAr || j >= m) throw new InvalidFixedBeads(`Arabic unit ${j} is out of order in the fixed beads`);
      lastAr = j;
    }
  }
  return sorted;
}

export function realignAround(en: readonly string[], ar: readonly string[], fixed: (Bead & Partial<ScoredBead>)[], options: AlignOptions = {}): ScoredBead[] {
  const ordered = orderFixed(fixed, en.length, ar.length);
  const out: ScoredBead[] = [];
  let enFrom = 0;
  let arFrom = 0;
  const alignStretch = (enTo: number, arTo: number) => {
    if (enTo <= enFrom && arTo <= arFrom) return;
    const { beads } = alignUnits(en.slice(enFrom, enTo), ar.slice(arFrom, arTo), {
      ...options,
      enBoilerplate: options.enBoilerplate?.slice(enFrom, enTo),
      arBoilerplate: options.arBoilerplate?.slice(arFrom, arTo),
    });
    for (const b of beads) out.push({ ...b, en: b.en.map((i) => i + enFrom), ar: b.ar.map((j) => j + arFrom) });
  };
  for (const bead of ordered) {
    const enStart = bead.en[0] ?? enFrom;
    const arStart = bead.ar[0] ?? arFrom;
    alignStretch(bead.en.length ? enStart : enFrom, bead.ar.length ? arStart : arFrom);
    out.push({ en: bead.en, ar: bead.ar, score: bead.score ?? 1, signals: bead.signals ?? { shape: `${bead.en.length}-${bead.ar.length}` } });
    enFrom = bead.en.length ? (bead.en[bead.en.length - 1] ?? 0) + 1 : enFrom;
    arFrom = bead.ar.length ? (bead.ar[bead.ar.length - 1] ?? 0) + 1 : arFrom;
  }
  alignStretch(en.length, ar.length);
  return out;
}
