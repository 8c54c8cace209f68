/**
 * A cardinal number above one before a singular noun: "two side agreed", "45 soldier were
 * killed", "three person in the car". The fix is the whole phrase with the plural ("two sides"),
 * so that one click mends it. Whether a word is a countable singular noun, and its plural, come
 * from the dictionary (english-nouns.ts).
 *
 * A number before a singular is often right, and those uses are left alone: a compound modifier
 * ("a two-day visit", "a two day visit", "the 2 million mark", "a 5 year old"), an identifier after
 * a name or noun ("Flight 17", "Resolution 2254", "number two official"), a year ("the 2017
 * election"), an amount of money ("$5 bill"), and a verb after a bare number ("the two agree
 * that", "the two side with Moscow"): a word the dictionary also knows as a verb is judged a noun
 * only when a finite verb follows it ("the two side agreed").
 *
 * The real-word check calls numberPhraseFix so that its fix for "the tow side agreed" is the
 * phrase "two sides", not half of it.
 *
 * Index conventions: `k` indexes the paragraph's tokens; neighbours count only when nothing but
 * spaces separates them.
 */
import { spacedApart, type Token } from "../segment/tokenise.js";
import { canBeVerb, isCountableSingular, isGradable, pluralOf } from "./english-nouns.js";
import { isDictionaryWord, partsOfSpeech } from "./english-words.js";
import { COMPARATIVE_WORDS, DETERMINERS, FUNCTION_WORDS, MODALS, PREPOSITIONS, REPORTING_VERBS, STRICT_PREPOSITIONS } from "./english-classes.js";
import type { Check, RawFinding } from "./types.js";

const set = (words: string) => new Set(words.split(" "));
const SMALL = set("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen");
const TENS = set("twenty thirty forty fifty sixty seventy eighty ninety");
const MULTIPLIERS = set("hundred thousand million billion trillion dozen");
const UNITS = set("one two three four five six seven eight nine");
/** Words that may stand before a number that counts: quantity adverbs and sequencing words. */
const BEFORE_COUNT = set("least most about nearly almost around roughly approximately over under than only just all other first last next past previous");
/** Words after a noun that end its phrase: relative words, prepositions, time adverbs. */
const RELATIVES = set("who which that whose whom where when");
const FOLLOWERS = new Set([...PREPOSITIONS, ..."after before since until as like per around along inside outside despite later earlier ago away north south east west northeast northwest southeast southwest".split(" ")]);
/** Words that follow a noun, but hardly a verb in the base form ("three member of", "20 minute later"). */
const NO_VERB_AFTER = set("of later earlier ago");

/** A spelled-out cardinal above one: two … nineteen, the tens, twenty-five. */
export function isNumberWord(word: string): boolean {
  if (SMALL.has(word) || TENS.has(word)) return true;
  const [tens, unit, rest] = word.split("-");
  return rest === undefined && tens !== undefined && unit !== undefined && TENS.has(tens) && UNITS.has(unit);
}


const FINITE_AUXILIARIES = set("is are was were am has have had do does did");

/**
 * A verb that shows the word before it is a noun: a finite auxiliary, a modal, a reporting verb,
 * or a past form or participle in -ed (a dictionary word that is no countable noun: "agreed",
 * "reported", not "shed" or "creed"); "two soldier killed in" reads the same as "were killed".
 */
function finiteVerb(t: Token): boolean {
  if (FINITE_AUXILIARIES.has(t.norm) || MODALS.has(t.norm) || REPORTING_VERBS.has(t.norm)) return true;
  return /[a-z]{2}ed$/u.test(t.norm) && isDictionaryWord(t.norm) && pluralOf(t.norm) === null;
}

/**
 * How a count stands in its clause: "object" after a preposition or a verb ("for three minutes",
 * "killed 45"), where no verb can follow it; "bare" elsewhere ("45 soldiers were", "about 20"),
 * where it may be a subject ("of the judges, 12 agree"); "pronoun" after a determiner ("the two"),
 * which often stands alone ("the two drove to Portland").
 */
type CountKind = "object" | "bare" | "pronoun";

/**
 * Whether a word after a count is the head noun of its phrase, not a modifier or a verb. Before a
 * finite verb it is ("the two side agreed", "45 soldier were"). Otherwise it must end its phrase
 * (a preposition, a relative word, a time or place adverb, or punctuation follows, not a noun it
 * would modify): a noun the dictionary knows as nothing else, or as a verb too after an object
 * count ("for three hour."), whose verb reading is then impossible, or before "of" or "later". A gradable adjective ("two
 * small, one large") only after an object count, and never before a relative word or a comma
 * unless that count is one. After a pronoun count only a following finite verb decides.
 */
function headNoun(noun: Token, after: Token | undefined, text: string, kind: CountKind): boolean {
  const next = after && spacedApart(text, noun, after) ? after : undefined;
  if (next && finiteVerb(next)) return true;
  if (kind === "pronoun") return false;
  // A verb's -ing form not followed by a finite verb is a participle after its count: "children under 18 living in them".
  if (presentParticiple(noun.norm)) return false;
  // A bare count may be a subject ("12 agree that"), but no verb goes on with "of" or "later".
  if (canBeVerb(noun.norm) && kind !== "object") return !!next && NO_VERB_AFTER.has(next.norm);
  const gradable = isGradable(noun.norm);
  if (gradable && kind !== "object") return false;
  if (!next) return /^\s*[.,;:!?)]/u.test(text.slice(noun.end));
  return FOLLOWERS.has(next.norm) || (!gradable && RELATIVES.has(next.norm));
}

/** Whether a word is the -ing form of a dictionary verb (living: live, running: run, going: go). */
function presentParticiple(word: string): boolean {
  const m = /^([a-z]{2,})ing$/u.exec(word);
  if (!m) return false;
  const stem = m[1] ?? "";
  return [stem, stem + "e", stem.replace(/([^aeiou])\1$/u, "$1")].some((v) => v.length > 1 && canBeVerb(v));
}

/** The noun after a count, when it is a singular that should be plural: the noun's index, or -1. */
function singularAfter(tokens: readonly Token[], text: string, k: number, kind: CountKind): number {
  const noun = tokens[k];
  if (!noun || noun.capitalised || FUNCTION_WORDS.has(noun.norm) || COMPARATIVE_WORDS.has(noun.norm) || isNumberWord(noun.norm) || MULTIPLIERS.has(noun.norm)) return -1;
  if (!isCountableSingular(noun.norm) || !headNoun(noun, tokens[k + 1], text, kind)) return -1;
  return k;
}

/**
 * For a real-word fix that puts a number word in token k ("tow" → "two"): the phrase fix that
 * also makes the next noun plural ("two sides"), with the end of the span it replaces; or null.
 */
export function numberPhraseFix(tokens: readonly Token[], text: string, k: number, numberWord: string): { end: number; suggestion: string } | null {
  const word = tokens[k];
  const noun = tokens[k + 1];
  if (!word || !noun || !isNumberWord(numberWord.toLowerCase()) || !spacedApart(text, word, noun)) return null;
  if (singularAfter(tokens, text, k + 1, "pronoun") < 0) return null;
  const plural = pluralOf(noun.norm);
  return plural ? { end: noun.end, suggestion: `${numberWord} ${plural}` } : null;
}

/** A count in the text: where it starts and ends, whether a multiplier ends it, and the index of the token after it. */
type Count = { start: number; end: number; digits: boolean; multiplied: boolean; next: number };

/** Digits for a count above one (not a year, not a decimal fraction below two, not money or a code). */
const DIGITS = /(?<![\p{L}\p{N}$£€¥#.,:/\-–+])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\p{N}%:/\-–]|[.,]\d)/gu;

function countsIn(tokens: readonly Token[], text: string): Count[] {
  const counts: Count[] = [];
  let t = 0;
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index ?? 0;
    const value = Number(m[0].replace(/,/gu, ""));
    if (!(value > 1) || (/^\d{4}$/u.test(m[0]) && value >= 1000 && value < 3000)) continue;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < start) t++;
    counts.push({ start, end: start + m[0].length, digits: true, multiplied: false, next: t });
  }
  tokens.forEach((w, k) => {
    // A capitalised number word inside a sentence is a name ("the Group of Eight summit").
    if (isNumberWord(w.norm) && (!w.capitalised || w.sentenceInitial)) counts.push({ start: w.start, end: w.end, digits: false, multiplied: false, next: k + 1 });
  });
  // A multiplier carries the count on: "2 million", "two hundred", "three thousand".
  for (const c of counts) {
    let n = tokens[c.next];
    while (n && MULTIPLIERS.has(n.norm) && spacedApart(text, c, n)) {
      c.end = n.end;
      c.multiplied = true;
      n = tokens[++c.next];
    }
  }
  return counts.sort((a, b) => a.start - b.start);
}

/** The word before a count, when only spaces separate them. */
function wordBefore(tokens: readonly Token[], text: string, count: Count): Token | undefined {
  let k = count.next - 1;
  while (k >= 0 && (tokens[k]?.end ?? 0) > count.start) k--;
  const before = tokens[k];
  return before && spacedApart(text, before, count) ? before : undefined;
}

/**
 * How the word before a count lets it count (see CountKind), or null when it makes the count an
 * identifier or a modifier ("Flight 17", "a two day visit", "$5", "the 911 system", "the 2 million
 * mark": after a determiner only a spelled-out number without a multiplier counts).
 */
function countKind(before: Token | undefined, count: Count, text: string): CountKind | null {
  if (!before) return /[$£€¥#]\s*$/u.test(text.slice(0, count.start)) ? null : "bare";
  if (before.norm === "a" || before.norm === "an" || (before.capitalised && !before.sentenceInitial)) return null;
  if (DETERMINERS.has(before.norm)) return count.multiplied || count.digits ? null : "pronoun";
  if (STRICT_PREPOSITIONS.has(before.norm) || before.norm === "for" || before.norm === "to") return "object";
  if (FUNCTION_WORDS.has(before.norm) || BEFORE_COUNT.has(before.norm)) return "bare";
  const pos = partsOfSpeech(before.norm);
  if (/ly$/u.test(before.norm)) return "bare";
  return pos.has("verb") && !pos.has("noun") && /(?:ed|s)$/u.test(before.norm) ? "object" : null;
}

export const numberAgreement: Check = {
  id: "number-agreement", severity: "warning", side: "en",
  run: (doc) => {
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      for (const count of countsIn(tokens, text)) {
        const noun = tokens[count.next];
        const kind = noun && spacedApart(text, count, noun) ? countKind(wordBefore(tokens, text, count), count, text) : null;
        if (!noun || !kind || singularAfter(tokens, text, count.next, kind) < 0) continue;
        const plural = pluralOf(noun.norm);
        if (!plural) continue;
        const phrase = text.slice(count.start, noun.end);
        const suggestion = `${text.slice(count.start, count.end)} ${plural}`;
        out.push({ lang: "en", paragraph, start: count.start, end: noun.end, params: { phrase, suggestion }, suggestion });
      }
    });
    return out;
  },
};
