/**
 * When the dictionary knows both a written word and its slip-class alternative, which was meant.
 * Ayaspell makes many slipped forms out of other words: "مدينه" is مدين + ه (his debtor),
 * "وزاره" و + زار + ه (and he visited him), "اكثر" and "يري" are rare verb forms. Folding the
 * letters cannot tell them from the intended word, and the dictionary alone cannot either; usage
 * can. The written word is taken for a slip when the alternative is clearly the more used:
 *
 *   used(alternative) >= minimum  and  used(alternative) >= ratio × (used(written) + 1)
 *
 * where `used` counts a form in the reference text (arabic-word-counts.ts: FreeDict's Arabic), as
 * written or without its leading clitics, plus `minimum` for each other time the document itself
 * writes it. The written word is given its best reading: also the use of each stem the dictionary
 * makes it from ("كتابه" is كتاب + ه, his book, as used as كتاب), so an inflected word is not
 * outweighed by an alternative that merely happens to be a citation form.
 *
 * Only the directions of the slips themselves are weighed: a hamza dropped from an initial alef
 * (ا for أ or إ), ha for ta marbuta (ه for ة), ya for alef maqsura (ي for ى). A written hamza, ta
 * marbuta or alef maqsura is a choice somebody made ("إن" and "أن" are both everyday words).
 * The thresholds (SLIP_THRESHOLDS) were chosen on the fifty slip words of the check's test and on
 * the first half of the clean Arabic that scripts/tune-arabic-slips.ts reads, and measured on the
 * other half (README: Arabic spelling).
 */
import { slipCandidates, withoutClitics } from "./arabic-slips.js";
import type { ArabicWordCounts } from "./arabic-word-counts.js";
import type { HunspellLookup } from "./hunspell-lookup.js";

/**
 * `minimum`: uses of the alternative needed at the least (in the reference text, or `minimum` a use
 * in the document); `ratio`: how many times more used than the written word it must be (plus one).
 */
export type SlipThresholds = { minimum: number; ratio: number };
export const SLIP_THRESHOLDS: SlipThresholds = { minimum: 3, ratio: 3 };

/** Whether `candidate` undoes one of the slips weighed here in `written` (same length, one letter apart). */
export function isSlipDirection(written: string, candidate: string): boolean {
  if (written.length !== candidate.length) return false;
  const last = written.length - 1;
  if (written[last] !== candidate[last]) return (written[last] === "ه" && candidate[last] === "ة") || (written[last] === "ي" && candidate[last] === "ى");
  for (let i = 0; i < last; i++) if (written[i] !== candidate[i]) return written[i] === "ا" && (candidate[i] === "أ" || candidate[i] === "إ");
  return false;
}

export type SlipEvidence = {
  dictionary: HunspellLookup;
  counts: ArabicWordCounts;
  /** How often the document writes each word (the dictionary's matching form), this word included. */
  inDocument: ReadonlyMap<string, number>;
};

/** A slip-class alternative of a written word, both dictionary words, with how much each is used. */
export type WeighedAlternative = { candidate: string; used: number; written: number };

/**
 * The alternatives of the written word (a dictionary word, in the dictionary's form) in the
 * directions weighed here that the dictionary knows and that are used `minimum` times at least
 * (no other can be likelier), with their uses.
 */
export function weighAlternatives(word: string, evidence: SlipEvidence, thresholds: SlipThresholds = SLIP_THRESHOLDS): WeighedAlternative[] {
  const { dictionary, counts, inDocument } = evidence;
  const reference = (form: string) => Math.max(counts.get(form) ?? 0, counts.get(withoutClitics(form)) ?? 0);
  const out: WeighedAlternative[] = [];
  let written: number | null = null;
  for (const candidate of slipCandidates(word)) {
    if (!isSlipDirection(word, candidate) || !dictionary.isWord(candidate)) continue;
    const used = reference(candidate) + thresholds.minimum * (inDocument.get(candidate) ?? 0);
    if (used < thresholds.minimum) continue; // never likelier: spare the readings
    written ??= writtenUse(word, evidence, reference, thresholds);
    out.push({ candidate, used, written });
  }
  return out;
}

/** Whether the alternative is used clearly more than the written word. */
export function isLikelier(w: WeighedAlternative, thresholds: SlipThresholds = SLIP_THRESHOLDS): boolean {
  return w.used >= thresholds.minimum && w.used >= thresholds.ratio * (w.written + 1);
}

/** The most used alternative the written word is a slip for, or null. */
export function likelierAlternative(word: string, evidence: SlipEvidence, thresholds: SlipThresholds = SLIP_THRESHOLDS): string | null {
  let best: WeighedAlternative | null = null;
  for (const w of weighAlternatives(word, evidence, thresholds)) if (isLikelier(w, thresholds) && (!best || w.used > best.used)) best = w;
  return best?.candidate ?? null;
}

/** The written word's use at its best reading: as written, or as the stem of a reading. */
function writtenUse(word: string, evidence: SlipEvidence, reference: (form: string) => number, thresholds: SlipThresholds): number {
  let best = reference(word);
  for (const r of evidence.dictionary.readings(word)) best = Math.max(best, evidence.counts.get(r.stem) ?? 0);
  return best + thresholds.minimum * Math.max(0, (evidence.inDocument.get(word) ?? 0) - 1);
}
