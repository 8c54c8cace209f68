/**
 * The last step of archive pairing: from scored candidate pairs, a 1-1 assignment. Greedy, best
 * score first, each article used at most once (as the WMT16 document alignment systems do), and a
 * threshold below which an article stays unpaired. Pure.
 */

export type ScoredCandidate<T = unknown> = { en: number; ar: number; score: number; evidence: T };

/** The pairs kept, best first: no article twice, none scoring below `threshold`. Ties go to the lower indexes. */
export function assignOneToOne<T>(candidates: readonly ScoredCandidate<T>[], threshold: number): ScoredCandidate<T>[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.en - y.en || x.ar - y.ar);
  const usedEn = new Set<number>();
  const usedAr = new Set<number>();
  const kept: ScoredCandidate<T>[] = [];
  for (const c of sorted) {
    if (c.score < threshold) break;
    if (usedEn.has(c.en) || usedAr.has(c.ar)) continue;
    usedEn.add(c.en);
    usedAr.add(c.ar);
    kept.push(c);
  }
  return kept;
}
