/**
 * Pairs the articles of an English and an Arabic archive (issue 14): candidates blocked by date,
 * scored cheaply through inverted indexes (cheap-evidence.ts), the best few per English article
 * re-scored with the paragraph aligner (align-units.ts: how much of each article its beads cover,
 * weighted by their scores), then assigned 1-1 above a threshold (assign-pairs.ts). Pure.
 */
import { alignUnits } from "../align/align-units.js";
import type { Lexicon } from "../align/lexicon.js";
import { DEFAULT_WINDOW_DAYS, type Article } from "./articles.js";
import { articleUnitCache, type PreparedPair } from "./article-units.js";
import { assignOneToOne, type ScoredCandidate } from "./assign-pairs.js";
import { cheapCandidates, dayWindow, describeArchive, indexArchive, sharedEvidence, DEFAULT_CHEAP_WEIGHTS, type CheapWeights } from "./cheap-evidence.js";

export type PairingOptions = {
  lexicon?: Lexicon | null;
  windowDays?: number;
  /** How many cheap candidates per English article the aligner re-scores. */
  topK?: number;
  weights?: CheapWeights;
  /** Share of the final score that comes from the aligner's coverage (the rest from the cheap score). */
  alignShare?: number;
  threshold?: number;
  /** Called after each English article (for a progress line). */
  onArticle?: (done: number, total: number) => void;
};

export const DEFAULT_PAIRING = { windowDays: DEFAULT_WINDOW_DAYS, topK: 5, alignShare: 0.5, threshold: 0.56 };

export type PairEvidence = {
  cheap: number;
  /** Share of each side's characters in two-sided beads, weighted by the beads' scores. */
  coverageEn: number;
  coverageAr: number;
  numbers: string[];
  names: string[];
  /** English translatable words with a translation in the Arabic article. */
  words: number;
};

export type ProposedPair = { en: string; ar: string; score: number; evidence: PairEvidence };

/**
 * How much of each article the alignment pairs, weighted by bead score (one-sided beads add
 * nothing). `prepared`: the units already described (article-units.ts), else described here.
 */
export function alignmentCoverage(en: readonly string[], ar: readonly string[], lexicon: Lexicon | null, prepared: PreparedPair = {}): { en: number; ar: number } {
  const { beads } = alignUnits(en, ar, { lexicon, ...prepared });
  let enTotal = 0;
  let arTotal = 0;
  for (const t of en) enTotal += t.length;
  for (const t of ar) arTotal += t.length;
  let enCovered = 0;
  let arCovered = 0;
  for (const b of beads) {
    if (b.en.length === 0 || b.ar.length === 0) continue;
    for (const i of b.en) enCovered += (en[i]?.length ?? 0) * b.score;
    for (const j of b.ar) arCovered += (ar[j]?.length ?? 0) * b.score;
  }
  return { en: enTotal > 0 ? enCovered / enTotal : 0, ar: arTotal > 0 ? arCovered / arTotal : 0 };
}

/** Every re-scored candidate pair (before the 1-1 assignment), for tuning and for pairArchive. */
export function scoreCandidates(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  const lexicon = options.lexicon ?? null;
  const windowDays = options.windowDays ?? DEFAULT_PAIRING.windowDays;
  const topK = options.topK ?? DEFAULT_PAIRING.topK;
  const alignShare = options.alignShare ?? DEFAULT_PAIRING.alignShare;
  const described = describeArchive(en, ar, lexicon);
  const index = indexArchive(described);
  const units = articleUnitCache(en, ar, lexicon);
  const out: ScoredCandidate<PairEvidence>[] = [];
  en.forEach((article, e) => {
    const best = cheapCandidates(index, e, dayWindow(index, article, windowDays), options.weights ?? DEFAULT_CHEAP_WEIGHTS).slice(0, topK);
    for (const c of best) {
      const other = ar[c.ar];
      if (!other) continue;
      const texts = units.pair(e, c.ar);
      const coverage = alignmentCoverage(texts.en, texts.ar, lexicon, texts.prepared);
      const aligned = Math.sqrt(coverage.en * coverage.ar);
      const shared = sharedEvidence(described, e, c.ar);
      out.push({
        en: e,
        ar: c.ar,
        score: (1 - alignShare) * c.score + alignShare * aligned,
        evidence: { cheap: c.score, coverageEn: coverage.en, coverageAr: coverage.ar, ...shared },
      });
    }
    options.onArticle?.(e + 1, en.length);
  });
  return out;
}

/** The proposed pairs, best first, 1-1, each above the threshold, with its score and evidence. */
export function pairArchive(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): ProposedPair[] {
  const kept = assignOneToOne(scoreCandidates(en, ar, options), options.threshold ?? DEFAULT_PAIRING.threshold);
  return kept.map((c) => ({ en: en[c.en]?.id ?? "", ar: ar[c.ar]?.id ?? "", score: c.score, evidence: c.evidence }));
}
