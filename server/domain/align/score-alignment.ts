/**
 * Scores predicted beads against gold beads the way the evaluation set's scorer does: links
 * (every English–Arabic pair inside a two-sided bead) by precision, recall and F1; exact beads;
 * and null recall (one-sided units found one-sided, compared one unit at a time). Used by the
 * tests and by the tuning script; micro-averaged by summing counts.
 */
import type { Bead } from "./types.js";

export type AlignmentCounts = {
  linksPredicted: number; linksGold: number; linksCorrect: number;
  nullsGold: number; nullsFound: number; beadsGold: number; beadsCorrect: number;
};

export function emptyCounts(): AlignmentCounts {
  return { linksPredicted: 0, linksGold: 0, linksCorrect: 0, nullsGold: 0, nullsFound: 0, beadsGold: 0, beadsCorrect: 0 };
}

function links(beads: Bead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) for (const i of b.en) for (const j of b.ar) out.add(`${i}:${j}`);
  return out;
}

/** One-sided units as "en:3" / "ar:5", and two-sided beads as their canonical string. */
function beadKeys(beads: Bead[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) {
    if (b.en.length > 0 && b.ar.length > 0) out.add(`${b.en.join(",")}|${b.ar.join(",")}`);
    else for (const i of b.en) out.add(`en:${i}`);
    for (const j of b.en.length === 0 ? b.ar : []) out.add(`ar:${j}`);
  }
  return out;
}

export function countAlignment(predicted: Bead[], gold: Bead[], into: AlignmentCounts = emptyCounts()): AlignmentCounts {
  const p = links(predicted);
  const g = links(gold);
  into.linksPredicted += p.size;
  into.linksGold += g.size;
  for (const l of p) if (g.has(l)) into.linksCorrect++;
  const pk = beadKeys(predicted);
  const gk = beadKeys(gold);
  into.beadsGold += gk.size;
  for (const k of gk) {
    if (pk.has(k)) into.beadsCorrect++;
    if (k.startsWith("en:") || k.startsWith("ar:")) {
      into.nullsGold++;
      if (pk.has(k)) into.nullsFound++;
    }
  }
  return into;
}

export function summarise(c: AlignmentCounts): { linkP: number; linkR: number; linkF1: number; nullR: number; beadAcc: number } {
  const linkP = c.linksPredicted ? c.linksCorrect / c.linksPredicted : 1;
  const linkR = c.linksGold ? c.linksCorrect / c.linksGold : 1;
  return {
    linkP, linkR,
    linkF1: linkP + linkR > 0 ? (2 * linkP * linkR) / (linkP + linkR) : 0,
    nullR: c.nullsGold ? c.nullsFound / c.nullsGold : 1,
    beadAcc: c.beadsGold ? c.beadsCorrect / c.beadsGold : 1,
  };
}

/**
 * For each predicted bead, whether gold has exactly it: a two-sided bead with the same units on
 * both sides, or a one-sided unit that gold leaves one-sided too (calibration of bead scores).
 */
export function correctBeads(predicted: Bead[], gold: Bead[]): boolean[] {
  const gk = beadKeys(gold);
  return predicted.map((b) => {
    if (b.en.length > 0 && b.ar.length > 0) return gk.has(`${b.en.join(",")}|${b.ar.join(",")}`);
    return [...b.en.map((i) => `en:${i}`), ...b.ar.map((j) => `ar:${j}`)].every((k) => gk.has(k));
  });
}
