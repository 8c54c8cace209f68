/**
 * Noun facts the grammar checks read from the dictionary (dictionary-en through nspell, as
 * english-words.ts loads it): a word's regular plural and whether the dictionary knows it, whether
 * a word is a countable singular noun, and whether a word is an adjective that cannot head a noun
 * phrase. Nothing here is a list of content words: a noun is countable when its regular plural
 * (the -s/-es/-ies rule) is a dictionary word, and an adjective is known by its -ly adverb or by
 * the -er/-est/-ness flags of its dictionary entry.
 *
 * What the dictionary cannot tell is stated as closed classes below: nouns whose plural after a
 * numeral is the bare form (zero plurals: "six foot", "ten percent", "200 head of cattle") and
 * collective nouns that are plural as written ("two people", "three crew"), whose -s form is
 * another word (peoples, crews).
 */
import { isDictionaryWord, partsOfSpeech } from "./english-words.js";

/**
 * Nouns that stay bare after a numeral, or are plural as written: English's closed class of zero
 * and collective plurals. The dictionary lists -s forms of most of them for other senses (peoples,
 * polices, crews, percents), so it would call "two people" a singular.
 */
const ZERO_OR_COLLECTIVE_PLURALS = new Set(
  "people police staff crew personnel cattle clergy livestock poultry folk vermin offspring percent foot head dozen score stone hundred thousand million billion trillion yen yuan baht rand".split(" "),
);

/** The regular plural: y→ies after a consonant, +es after s x z ch sh, +s else (months, photographs). */
export function regularPlural(word: string): string {
  if (/[^aeiou]y$/u.test(word)) return word.slice(0, -1) + "ies";
  if (/(?:[sxz]|[cs]h)$/u.test(word)) return word + "es";
  return word + "s";
}

/** The plural of a lower-case noun when the dictionary knows its regular plural; else null. */
export function pluralOf(word: string): string | null {
  if (!/^[a-z]+$/u.test(word)) return null;
  const plural = regularPlural(word);
  return isDictionaryWord(plural) ? plural : null;
}

/** Singular candidates of a regular plural ("detainees" → "detainee", "witnesses" → "witness"). */
export function singularOf(plural: string): string | null {
  if (!/^[a-z]+s$/u.test(plural)) return null;
  for (const stem of [plural.replace(/ies$/u, "y"), plural.replace(/es$/u, ""), plural.slice(0, -1)]) {
    if (stem !== plural && stem.length > 1 && regularPlural(stem) === plural && isDictionaryWord(stem)) return stem;
  }
  return null;
}

/** Whether a lower-case word is a zero or collective plural noun (see the class above). */
export function isZeroOrCollectivePlural(word: string): boolean {
  return ZERO_OR_COLLECTIVE_PLURALS.has(word);
}

/**
 * Whether a lower-case word can be a countable singular noun: a dictionary word, not itself a
 * regular plural, whose regular plural the dictionary knows, and not a zero or collective plural.
 * Verbs pass too ("side": sides); callers decide from the words around it.
 */
export function isCountableSingular(word: string): boolean {
  if (isZeroOrCollectivePlural(word) || !isDictionaryWord(word) || pluralOf(word) === null) return false;
  return singularOf(word) === null;
}

/** Whether the dictionary's flags (D/G) make a word a verb; such a word may be a noun too. */
export function canBeVerb(word: string): boolean {
  return partsOfSpeech(word).has("verb");
}

/**
 * Whether a word is a gradable adjective: the dictionary knows its superlative (small → smallest,
 * minute → minutest, big → biggest, easy → easiest). Read from the form itself, because the -er
 * flag also makes agent nouns (hijack → hijacker) and cannot tell the two apart.
 */
export function isGradable(word: string): boolean {
  if (!/^[a-z]+$/u.test(word)) return false;
  const forms = [/e$/u.test(word) ? word + "st" : word + "est", word.replace(/([^aeiou])y$/u, "$1iest"), word.replace(/([^aeiou][aeiou])([bdgmnpt])$/u, "$1$2$2est")];
  return forms.some((f) => f !== word && isDictionaryWord(f));
}

/** Whether the dictionary gives a word an adjective's forms: an adverb in -ly (formerly, mainly) or -er/-est/-ness flags. */
export function hasAdjectiveForms(word: string): boolean {
  if (!/^[a-z]+$/u.test(word)) return false;
  const adverb = /[^aeiou]y$/u.test(word) ? word.slice(0, -1) + "ily" : /le$/u.test(word) ? word.slice(0, -1) + "y" : word + "ly";
  return isDictionaryWord(adverb) || partsOfSpeech(word).has("adjective");
}

/**
 * An adjective that cannot head a noun phrase after "a": it has an adjective's forms and the
 * dictionary knows no plural of it (so it is no countable noun: "a local" has locals, "a former"
 * has none).
 */
export function isAdjectiveOnly(word: string): boolean {
  return isDictionaryWord(word) && pluralOf(word) === null && hasAdjectiveForms(word);
}
