/**
 * Checks that beads form a monotone cover of n English and m Arabic units: every unit in exactly
 * one bead, in order, no empty bead. The store refuses anything else, so a bug elsewhere can never
 * write an alignment that loses or repeats a paragraph.
 */
import type { Bead } from "./types.js";

export class InvalidAlignment extends Error {}

export function checkCover(beads: readonly Bead[], n: number, m: number): void {
  let nextEn = 0;
  let nextAr = 0;
  for (const [k, bead] of beads.entries()) {
    if (bead.en.length === 0 && bead.ar.length === 0) throw new InvalidAlignment(`bead ${k} is empty`);
    for (const i of bead.en) {
      if (i !== nextEn) throw new InvalidAlignment(`bead ${k}: English unit ${i} where ${nextEn} was expected`);
      nextEn++;
    }
    for (const j of bead.ar) {
      if (j !== nextAr) throw new InvalidAlignment(`bead ${k}: Arabic unit ${j} where ${nextAr} was expected`);
      nextAr++;
    }
  }
  if (nextEn !== n || nextAr !== m) throw new InvalidAlignment(`beads cover ${nextEn}/${n} English and ${nextAr}/${m} Arabic units`);
}
