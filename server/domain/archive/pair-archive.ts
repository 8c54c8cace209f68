/**
 * Pairs the articles of an English and an Arabic archive (issue 14): candidates blocked by date,
 * scored cheaply through inverted indexes (cheap-evidence.ts), the best few per English article
 * re-scored with the paragraph aligner (align-units.ts: how much of each article its beads cover,
 * weighted by their scores), then assigned 1-1 above a threshold (assign-pairs.ts). A second pass
 * offers the articles still unpaired on both sides to each other within a wider window, under a
 * stricter threshold: an edition published weeks late is found without letting every article
 * compete with a month of others. Each pass scores any range of English articles on its own over
 * the index of the whole archive (preparePairing), so the archive job scores in bounded steps and
 * assigns at the end over all stored candidates, with the same result as pairArchive. Pure.
 */
import { alignUnits } from "../align/align-units.js";
import type { Lexicon } from "../align/lexicon.js";
import { DEFAULT_WINDOW_DAYS, type Article } from "./articles.js";
import { articleUnitCache, type ArticleUnitCache, type PreparedPair } from "./article-units.js";
import type { GlossaryTerm } from "./glossary-evidence.js";
import { assignOneToOne, type ScoredCandidate } from "./assign-pairs.js";
import { cheapCandidates, dayWindow, describeArchive, indexArchive, sharedEvidence, DEFAULT_CHEAP_WEIGHTS, type ArchiveIndex, type CheapWeights } from "./cheap-evidence.js";

export type PairingOptions = {
  lexicon?: Lexicon | null;
  /** Glossary entries (English ↔ Arabic names and terms): one found in both articles is shared evidence. */
  glossary?: readonly GlossaryTerm[];
  windowDays?: number;
  /** How many cheap candidates per English article the aligner re-scores. */
  topK?: number;
  weights?: CheapWeights;
  /** Share of the final score that comes from the aligner's coverage (the rest from the cheap score). */
  alignShare?: number;
  threshold?: number;
  /** The second pass's window (days) for articles unpaired after the first; no wider than windowDays turns it off. */
  secondWindowDays?: number;
  /** The second pass's threshold (stricter: a wide window brings more look-alikes); never below `threshold`. */
  secondThreshold?: number;
  /** Called after each English article (for a progress line). */
  onArticle?: (done: number, total: number) => void;
};

/**
 * Chosen on half a of the development set (scripts/eval-pairing-halves.ts, tune-pairing.ts): the
 * threshold midway between its highest wrong candidate (0.512) and its lowest true pair (0.625);
 * the second pass's threshold at that lowest true pair, so a pair found weeks away must score as
 * well as the weakest pair found within the week.
 */
export const DEFAULT_PAIRING = { windowDays: DEFAULT_WINDOW_DAYS, topK: 5, alignShare: 0.5, threshold: 0.57, secondWindowDays: 30, secondThreshold: 0.62 };

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

/** Which articles a pass looks at: English indexes to pair, and the Arabic ones they may meet (null: all). */
type PassScope = { english: readonly number[]; arabic: ReadonlySet<number> | null; windowDays: number };

/**
 * What pairing an archive needs before any English article is scored: both editions, the cheap
 * index over the whole archive and each article's units (described once, article-units.ts). Built
 * once per archive; then any range of English articles is scored on its own (scoreFirstPass,
 * scoreSecondPass) and the result is the same as scoring them all at once.
 */
export type PairingIndex = { en: readonly Article[]; ar: readonly Article[]; index: ArchiveIndex; units: ArticleUnitCache };

function scorePass({ en, ar, index, units }: PairingIndex, scope: PassScope, options: PairingOptions, report: ((done: number) => void) | null): ScoredCandidate<PairEvidence>[] {
  const lexicon = options.lexicon ?? null;
  const topK = options.topK ?? DEFAULT_PAIRING.topK;
  const alignShare = options.alignShare ?? DEFAULT_PAIRING.alignShare;
  const out: ScoredCandidate<PairEvidence>[] = [];
  scope.english.forEach((e, done) => {
    const article = en[e];
    if (!article) return;
    const all = cheapCandidates(index, e, dayWindow(index, article, scope.windowDays), options.weights ?? DEFAULT_CHEAP_WEIGHTS);
    const best = (scope.arabic ? all.filter((c) => scope.arabic?.has(c.ar)) : all).slice(0, topK);
    for (const c of best) {
      const other = ar[c.ar];
      if (!other) continue;
      const texts = units.pair(e, c.ar);
      const coverage = alignmentCoverage(texts.en, texts.ar, lexicon, texts.prepared);
      const aligned = Math.sqrt(coverage.en * coverage.ar);
      const shared = sharedEvidence(index.described, e, c.ar);
      out.push({
        en: e,
        ar: c.ar,
        score: (1 - alignShare) * c.score + alignShare * aligned,
        evidence: { cheap: c.score, coverageEn: coverage.en, coverageAr: coverage.ar, ...shared },
      });
    }
    report?.(done + 1);
  });
  return out;
}

/** The index over both editions (the costly part before scoring: seconds at 10,000 × 10,000). */
export function preparePairing(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): PairingIndex {
  const lexicon = options.lexicon ?? null;
  return { en, ar, index: indexArchive(describeArchive(en, ar, lexicon, options.glossary ?? [])), units: articleUnitCache(en, ar, lexicon) };
}

/** The first pass's re-scored candidates of English articles [from, to) (indexes into en), against every Arabic article in the window. */
export function scoreFirstPass(prepared: PairingIndex, from: number, to: number, options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  const english: number[] = [];
  for (let e = Math.max(0, from); e < Math.min(to, prepared.en.length); e++) english.push(e);
  const total = prepared.en.length;
  const report = options.onArticle ? (done: number) => options.onArticle?.(from + done, total) : null;
  return scorePass(prepared, { english, arabic: null, windowDays: options.windowDays ?? DEFAULT_PAIRING.windowDays }, options, report);
}

/** The first pass's 1-1 assignment over all its candidates. */
export function assignFirstPass(candidates: readonly ScoredCandidate<PairEvidence>[], options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  return assignOneToOne(candidates, options.threshold ?? DEFAULT_PAIRING.threshold);
}

/** Whom the second pass offers to whom: the articles the first assignment left unpaired on both sides (English in index order). */
export type SecondPassScope = { english: number[]; arabic: ReadonlySet<number> };

/** The second pass's articles after the first assignment, or null when it has nothing to do (off, or one side all paired). */
export function secondPassScope(prepared: PairingIndex, first: readonly ScoredCandidate<unknown>[], options: PairingOptions = {}): SecondPassScope | null {
  const windowDays = options.windowDays ?? DEFAULT_PAIRING.windowDays;
  const secondWindowDays = options.secondWindowDays ?? DEFAULT_PAIRING.secondWindowDays;
  if (secondWindowDays <= windowDays) return null;
  const pairedEn = new Set(first.map((c) => c.en));
  const pairedAr = new Set(first.map((c) => c.ar));
  const english = prepared.en.map((_, e) => e).filter((e) => !pairedEn.has(e));
  const arabic = new Set(prepared.ar.map((_, a) => a).filter((a) => !pairedAr.has(a)));
  return english.length === 0 || arabic.size === 0 ? null : { english, arabic };
}

/** The second pass's re-scored candidates of the scope's English articles at positions [from, to), against its Arabic ones within the wider window. */
export function scoreSecondPass(prepared: PairingIndex, scope: SecondPassScope, from: number, to: number, options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  const windowDays = options.secondWindowDays ?? DEFAULT_PAIRING.secondWindowDays;
  return scorePass(prepared, { english: scope.english.slice(from, to), arabic: scope.arabic, windowDays }, options, null);
}

/** The second pass's 1-1 assignment, under the stricter of both thresholds. */
export function assignSecondPass(candidates: readonly ScoredCandidate<PairEvidence>[], options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  return assignOneToOne(candidates, Math.max(options.threshold ?? DEFAULT_PAIRING.threshold, options.secondThreshold ?? DEFAULT_PAIRING.secondThreshold));
}

/** Every re-scored candidate pair of the first pass (before the 1-1 assignment), for tuning. */
export function scoreCandidates(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): ScoredCandidate<PairEvidence>[] {
  return scoreFirstPass(preparePairing(en, ar, options), 0, en.length, options);
}

export type TwoPasses = {
  first: ScoredCandidate<PairEvidence>[];
  /** Every candidate the second pass scored (for tuning), and those it kept. */
  offered: ScoredCandidate<PairEvidence>[];
  second: ScoredCandidate<PairEvidence>[];
};

/** The two passes' 1-1 assignments (indexes into en and ar). */
export function assignTwoPasses(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): TwoPasses {
  const prepared = preparePairing(en, ar, options);
  const first = assignFirstPass(scoreFirstPass(prepared, 0, en.length, options), options);
  const scope = secondPassScope(prepared, first, options);
  if (!scope) return { first, offered: [], second: [] };
  const candidates = scoreSecondPass(prepared, scope, 0, scope.english.length, options);
  return { first, offered: candidates, second: assignSecondPass(candidates, options) };
}

/** Both passes' kept pairs as proposed pairs (article ids), best first. */
export function proposedPairs(en: readonly Article[], ar: readonly Article[], first: readonly ScoredCandidate<PairEvidence>[], second: readonly ScoredCandidate<PairEvidence>[]): ProposedPair[] {
  const kept = [...first, ...second].sort((x, y) => y.score - x.score || x.en - y.en || x.ar - y.ar);
  return kept.map((c) => ({ en: en[c.en]?.id ?? "", ar: ar[c.ar]?.id ?? "", score: c.score, evidence: c.evidence }));
}

/** The proposed pairs, 1-1, each above its pass's threshold, best first, with its score and evidence. */
export function pairArchive(en: readonly Article[], ar: readonly Article[], options: PairingOptions = {}): ProposedPair[] {
  const { first, second } = assignTwoPasses(en, ar, options);
  return proposedPairs(en, ar, first, second);
}
