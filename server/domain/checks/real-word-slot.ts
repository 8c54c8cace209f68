/**
 * What the real-word rules (real-word-rules.ts) and the model judge (real-word-model.ts)
 * share: the slot a word fills (its paragraph's tokens, the text, its index), its neighbours, the
 * word classes the rules test, and a rough part of speech from the dictionary (english-words.ts).
 *
 * Index conventions: `tokens` are the paragraph's words in order; a neighbour counts only when
 * nothing but spaces separates it from the word (punctuation ends the phrase).
 */
import type { Token } from "../segment/tokenise.js";
import { COMPARATIVE_WORDS, FUNCTION_WORDS } from "./english-classes.js";
import { isKnownWord, partsOfSpeech } from "./english-words.js";

export const IRREGULAR_PARTICIPLES = new Set(
  ("taken given seen done made found told held brought kept left lost paid sent built caught taught thought bought fought sold won " +
    "struck hit put set shut cut hurt run come become begun known shown grown thrown flown drawn written driven ridden risen chosen " +
    "spoken broken stolen frozen forgotten gotten got beaten bitten hidden eaten fallen led fed met read said heard felt meant sat " +
    "stood understood spent lent bent dealt slept fled shot lit hung sworn worn torn born borne sunk drunk sung swum").split(" "),
);
/** Irregular simple pasts: verbs, though the dictionary may list them as nouns (spoke, saw). */
export const IRREGULAR_PASTS = new Set(
  ("spoke saw went took gave came knew grew threw flew drew wrote drove rode rose chose broke stole froze began ran sang swam drank sank " +
    "became overcame beat bit hid ate fell lay wore tore bore swore shook forgave forbade did").split(" "),
);
export const NOT_NOUNS = new Set("now then also still just never always often only even soon later once too really already again thus therefore one two three four five six seven eight nine ten hundred thousand million".split(" "));
export const ADVERBS_BEFORE_PARTICIPLE = new Set("been already just never not also ever recently long since always often once only even still yet all both each finally previously largely".split(" "));
/** Things that are towed: "the tow truck" is a noun compound, not a slip for "two". */
export const TOW_COMPOUNDS = new Set("truck trucks rope ropes line lines bar bars hitch path paths boat boats vehicle vehicles service services company yard zone away".split(" "));
export const VERBS_AFTER_YOU = new Set("are were can could would should have had go don't did get got may might must think came come".split(" "));
export const PERFECT_AND_PASSIVE = new Set("was were been being has have had".split(" "));
export const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|latest|own)$/u;

/** The slot a word fills: its paragraph's tokens, the paragraph text, and the word's index. */
export type Slot = { tokens: readonly Token[]; text: string; k: number };
/** A rule's finding: the word to write instead (null: no one fix) and why. */
export type Verdict = { suggestion: string | null; reason: string } | null;

export const lower = (t: Token | undefined) => t?.norm ?? "";
export function prev(s: Slot, n = 1): Token | undefined {
  let k = s.k;
  for (let step = 0; step < n; step++) {
    const a = s.tokens[k - 1];
    const b = s.tokens[k];
    if (!a || !b || !/^\s+$/u.test(s.text.slice(a.end, b.start))) return undefined;
    k--;
  }
  return s.tokens[k];
}
export function next(s: Slot, n = 1): Token | undefined {
  let k = s.k;
  for (let step = 0; step < n; step++) {
    const a = s.tokens[k];
    const b = s.tokens[k + 1];
    if (!a || !b || !/^\s+$/u.test(s.text.slice(a.end, b.start))) return undefined;
    k++;
  }
  return s.tokens[k];
}
export function textAfter(s: Slot): string {
  const t = s.tokens[s.k];
  return t ? s.text.slice(t.end, t.end + 40) : "";
}

/** A common noun that is not also a verb or an adjective in the dictionary. */
export function nounOnly(t: Token | undefined): boolean {
  if (!t || t.capitalised || FUNCTION_WORDS.has(t.norm) || NOT_NOUNS.has(t.norm) || IRREGULAR_PASTS.has(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm)) return false;
  const pos = partsOfSpeech(t.norm);
  return pos.has("noun") && !pos.has("verb") && !pos.has("adjective") && !pos.has("adverb");
}
/** A hyphenated adjective such as "ill-fated", "long-abandoned". */
export function compoundAdjective(t: Token | undefined): boolean {
  return !!t && /^[a-z]+-[a-z]+(?:ed|en)$/u.test(t.norm) && !/^(?:re|co|pre|non|un|de|over|under|out)-/u.test(t.norm);
}
export function nounPhraseStart(t: Token | undefined): boolean {
  return nounOnly(t) || compoundAdjective(t) || (!!t && ORDINAL.test(t.norm));
}
export function participle(t: Token | undefined): boolean {
  if (!t) return false;
  if (IRREGULAR_PARTICIPLES.has(t.norm)) return true;
  return /(?:ed|en)$/u.test(t.norm) && partsOfSpeech(t.norm).has("verb");
}
export function comparative(t: Token): boolean {
  if (COMPARATIVE_WORDS.has(t.norm)) return true;
  if (!/(?:er|ier)$/u.test(t.norm)) return false;
  if (partsOfSpeech(t.norm).has("adjective")) return true;
  // bigger, larger, easier: a known word whose stem is a known word too.
  const stem = t.norm.replace(/ier$/u, "y").replace(/(.)\1er$/u, "$1").replace(/er$/u, "");
  return stem.length >= 3 && isKnownWord(t.norm) && (isKnownWord(stem) || isKnownWord(stem + "e"));
}
export function matchCase(suggestion: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}
