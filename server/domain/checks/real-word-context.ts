/**
 * The real-word check's fallback when no language model is installed: a noun written for another
 * noun of its confusion set ("the stat of" / start), judged by the small bigram model counted
 * from Debian's manual pages (context-model.ts). With the trigram model (real-word-model.ts)
 * loaded, this is not used.
 */
import type { Token } from "../segment/tokenise.js";
import { confusablesOf } from "./confusion-sets.js";
import { contextEvidence, contextScore, wordCount } from "./context-model.js";
import { FUNCTION_WORDS } from "./english-classes.js";
import { partsOfSpeech } from "./english-words.js";
import { NOT_NOUNS, type Slot, type Verdict } from "./real-word-slot.js";

/** The neighbour of a slot for the context model: the word, or the punctuation mark between (paragraph edges read as "."). */
function neighbour(s: Slot, side: -1 | 1): string {
  const here = s.tokens[s.k];
  const there = s.tokens[s.k + side];
  if (!here) return ".";
  const gap = side < 0 ? s.text.slice(there ? there.end : 0, here.start) : s.text.slice(here.end, there ? there.start : s.text.length);
  const marks = gap.match(/[.,;:!?()]/gu);
  if (marks) return (side < 0 ? marks[marks.length - 1] : marks[0]) ?? ".";
  return there && /^\s*$/u.test(gap) ? there.norm.replace(/’/gu, "'") : ".";
}

/**
 * Context-model thresholds: the written word common enough in the model's text that its absence
 * from a context means something (rarer words would be flagged for the model's sparseness), the
 * partner seen often enough to be estimated and well attested between these neighbours, and far
 * likelier there (a margin in natural log units).
 */
const MIN_WORD_COUNT = 300;
const MIN_PARTNER_COUNT = 100;
const MIN_EVIDENCE = 20;
const MIN_MARGIN = 5;

/**
 * A noun written for another noun of its confusion set ("the stat of" / start, "a better change
 * of" / chance): both fill the slot grammatically, so no rule above separates them, and the bigram
 * model decides. Closed-class words and pairs of different parts of speech are left to the rules,
 * since the model's text (manual pages) says little of how news uses pronouns, prepositions and
 * verbs ("sentenced to life in prison" reads there like "to live in").
 */
export function contextVerdict(s: Slot, w: Token): Verdict {
  if (w.capitalised || FUNCTION_WORDS.has(w.norm) || NOT_NOUNS.has(w.norm) || wordCount(w.norm) < MIN_WORD_COUNT) return null;
  const pos = partsOfSpeech(w.norm);
  if (pos.size === 0) return null;
  const before = neighbour(s, -1);
  const after = neighbour(s, 1);
  const own = contextScore(before, w.norm, after);
  let best: { word: string; margin: number } | null = null;
  for (const partner of confusablesOf(w.norm)) {
    if (FUNCTION_WORDS.has(partner) || NOT_NOUNS.has(partner) || wordCount(partner) < MIN_PARTNER_COUNT) continue;
    if (!pos.has("noun") || !partsOfSpeech(partner).has("noun")) continue;
    if (contextEvidence(before, partner, after) < MIN_EVIDENCE) continue;
    const margin = contextScore(before, partner, after) - own;
    if (margin >= MIN_MARGIN && (!best || margin > best.margin)) best = { word: partner, margin };
  }
  return best ? { suggestion: best.word, reason: "context" } : null;
}
