/**
 * The language-model half of the real-word check: every word that has confusable alternatives is
 * scored against each of them in its sentence with the trigram model (language-model/), and an
 * alternative that makes the sentence clearly likelier is proposed. Alternatives come two ways,
 * each with its own margin (chosen on data, scripts/tune-real-word.ts):
 *   - "confusion": the word's confusion set (confusion-sets.ts, LanguageTool's pairs);
 *   - "edit": the real words one slip away (edit-neighbours.ts), among the words the model knows
 *     well (unigram log10 ≥ MIN_LOG_UNIGRAM) and the dictionary knows, leaving out plain
 *     inflections (side/sides, agree/agreed), which are grammar, not slips.
 * Names (capitalised words inside a sentence, and sentence openers the document writes only
 * capitalised elsewhere), hyphenated words, words the model lacks and a word that is all a
 * quotation or a bracket holds (mentioned, not used: "we" and "them"; an editor's [sic]) are not
 * judged; a word's US/British counterpart (centre/center) is not an alternative.
 *
 * Index conventions: `k` is the token's index in the paragraph's tokens; a sentence's model words
 * are its tokens lower-cased, with "<unk>" where the text has a number or other non-word between
 * two tokens, so no trigram spans it.
 */
import type { Token } from "../segment/tokenise.js";
import { confusablesOf } from "./confusion-sets.js";
import { FUNCTION_WORDS } from "./english-classes.js";
import { isKnownWord } from "./english-words.js";
import { EditNeighbours } from "./language-model/edit-neighbours.js";
import type { NgramModel } from "./language-model/ngram-model.js";

export type Method = "confusion" | "edit";
/**
 * One alternative of one word: `margin` is the gain over the word's three trigram terms, `left`
 * the part from the word's own term (how the alternative follows the two words before it),
 * `right` the rest (how the next two words follow it). A function word (of, they, were, and) fits
 * almost anywhere on one side, so one side's gain is no evidence against it: it is judged only when
 * the alternative gains on both sides.
 */
export type Candidate = { k: number; word: string; alternative: string; method: Method; margin: number; left: number; right: number; functionWord: boolean };
/** What the judge may know of the document besides the paragraph. */
export type ModelContext = {
  /** US/British spelling pairs (colour -> color): one spelling system is never a slip for the other. */
  variants?: ReadonlyMap<string, string>;
  /** Lower-cased words the document writes only capitalised inside sentences (names): not judged as sentence openers either. */
  names?: ReadonlySet<string>;
};

/** Margins in log10 (the alternative this many powers of ten likelier over the words it touches). */
export const MARGINS: Record<Method, number> = { confusion: 2.25, edit: 4.5 };
/** Words the model has seen often enough to judge, and to propose: log10 P(word) at least this. */
export const MIN_LOG_UNIGRAM = -5.5;
const MIN_EDIT_LENGTH = 3;
const WORD = /^[a-z]+(?:'[a-z]+)?$/u;

const neighbourCache = new WeakMap<NgramModel, EditNeighbours>();

function editIndex(model: NgramModel): EditNeighbours {
  let index = neighbourCache.get(model);
  if (!index) {
    const words = model.words.filter((w) => w.length >= MIN_EDIT_LENGTH && WORD.test(w) && model.unigramLogProb(w) >= MIN_LOG_UNIGRAM && isKnownWord(w));
    index = new EditNeighbours(words);
    neighbourCache.set(model, index);
  }
  return index;
}

/** side/sides, agree/agreed, city/city's: one word an inflection of the other. */
function inflection(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^(?:s|es|d|ed|'s|')$/u.test(long.slice(short.length));
}

/** The alternatives of a word, each with the method that proposed it (a confusion-set pair wins). */
export function alternativesOf(model: NgramModel, word: string): Map<string, Method> {
  const out = new Map<string, Method>();
  if (!model.knows(word)) return out;
  for (const alt of confusablesOf(word)) if (model.knows(alt)) out.set(alt, "confusion");
  if (word.length >= MIN_EDIT_LENGTH && WORD.test(word) && model.unigramLogProb(word) >= MIN_LOG_UNIGRAM) {
    for (const alt of editIndex(model).of(word)) if (!out.has(alt) && !inflection(word, alt)) out.set(alt, "edit");
  }
  return out;
}

/** The paragraph's sentences as model words, each word with its token index (−1 for "<unk>"). */
export function sentences(tokens: readonly Token[], text: string): { words: string[]; ks: number[] }[] {
  const out: { words: string[]; ks: number[] }[] = [];
  let current: { words: string[]; ks: number[] } | null = null;
  tokens.forEach((t, k) => {
    if (!current || t.sentenceInitial) {
      current = { words: [], ks: [] };
      out.push(current);
    } else {
      const gap = text.slice(tokens[k - 1]?.end ?? 0, t.start);
      if (/[^\s.,;:!?"'“”‘’()\[\]—–-]/u.test(gap)) {
        current.words.push("<unk>");
        current.ks.push(-1);
      }
    }
    current.words.push(t.norm.replace(/’/gu, "'"));
    current.ks.push(k);
  });
  return out;
}

/** Whether a token is judged at all: a lower-case word, or a sentence opener with one capital that is not a name of the document. */
function judged(t: Token, names: ReadonlySet<string> | undefined): boolean {
  if (t.text.includes("-")) return false;
  if (!t.capitalised) return true;
  return t.sentenceInitial && t.text.slice(1) === t.text.slice(1).toLowerCase() && !names?.has(t.norm);
}

/** A word that is all that a quotation or a bracket holds: "them" in "we" and "them", [sic]. */
function standsAlone(t: Token, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - 1), t.start);
  const after = text.slice(t.end, t.end + 1);
  return /["“‘'(\[]/u.test(before) && /["”’')\]]/u.test(after);
}

/** Every alternative of every judged word with its margin and its evidence (for tuning); unsorted. */
export function scoreCandidates(tokens: readonly Token[], text: string, model: NgramModel, context: ModelContext = {}): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences(tokens, text)) {
    s.ks.forEach((k, i) => {
      const t = tokens[k];
      if (k < 0 || !t || !judged(t, context.names) || standsAlone(t, text)) return;
      const word = s.words[i] ?? "";
      const terms = [0, 1, 2].filter((t) => i + t <= s.words.length);
      const written = terms.map((t) => model.logProb(s.words, i + t));
      for (const [alternative, method] of alternativesOf(model, word)) {
        if (context.variants?.get(word) === alternative) continue;
        const swapped = [...s.words];
        swapped[i] = alternative;
        const gains = terms.map((t, n) => model.logProb(swapped, i + t) - (written[n] ?? 0));
        const margin = gains.reduce((x, y) => x + y, 0);
        const left = gains[0] ?? 0;
        out.push({ k, word, alternative, method, margin, left, right: margin - left, functionWord: FUNCTION_WORDS.has(word) });
      }
    });
  }
  return out;
}

/** A function word needs the alternative's gain on both sides of it. */
export function bothSidesIfFunctionWord(c: Candidate): boolean {
  return !c.functionWord || (c.left > 0 && c.right > 0);
}

/**
 * Evidence a candidate must show besides its margin: the function-word rule above, and for every
 * word a gain at its own slot (the alternative follows the words before it better than the word
 * does). A gain made only by the words after it is how those words follow either word (a name, a
 * rare word), not a slip: every slip the model finds on eval-checks and its held-out twin (36 of
 * 36) gains at its own slot; "the Chinese-speaking Trần prince" (prints) does not.
 */
export function hasEvidence(c: Candidate): boolean {
  return bothSidesIfFunctionWord(c) && c.left > 0;
}

/** Per token index, the best alternative that clears its method's margin. */
export function modelFlags(tokens: readonly Token[], text: string, model: NgramModel, context: ModelContext = {}, margins: Record<Method, number> = MARGINS): Map<number, Candidate> {
  const best = new Map<number, Candidate>();
  for (const c of scoreCandidates(tokens, text, model, context)) {
    if (c.margin < margins[c.method] || !hasEvidence(c)) continue;
    const held = best.get(c.k);
    if (!held || c.margin - margins[c.method] > held.margin - margins[held.method]) best.set(c.k, c);
  }
  return best;
}
