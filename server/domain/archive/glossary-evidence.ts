/**
 * The glossary as pairing evidence: its entries map an approved English spelling to an Arabic name
 * or term, so an English article that writes the English form and an Arabic article that writes
 * the Arabic form share that entry — stronger than a transliteration guess. Each article gets the
 * keys ("g:<entry>") of the entries it contains, matched word by word (English folded to lower
 * case, Arabic in its matching form, its first word allowed the clitics و ف ب ل ك and the article
 * ال before it), through a map of the entries' phrases, so the cost is a few look-ups per word
 * whatever the glossary holds. Pure.
 */
import { tokeniseArabic, tokeniseEnglish, type Token } from "../segment/tokenise.js";

export type GlossaryTerm = { en: string; ar: string };

/** Per language: an entry's words joined by spaces -> its keys; and the word counts entries have. */
type Phrases = { keys: Map<string, string[]>; lengths: number[] };
export type GlossaryMatcher = { en: Phrases; ar: Phrases };

/** Longer entries are left out: a phrase of more words is no name, and this bounds the look-ups per word. */
const MAX_ENTRY_WORDS = 8;

/** Prefixes an Arabic word may carry before the glossary's form (conjunction, preposition, article). */
const ARABIC_CLITICS = ["وبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "ال", "و", "ف", "ب", "ل", "ك"];

function words(tokens: Token[]): string[] {
  return tokens.map((t) => t.norm);
}

function stripArabicArticle(word: string): string {
  return word.length > 3 && word.startsWith("ال") ? word.slice(2) : word;
}

function addPhrase(phrases: Phrases, list: string[], key: string): void {
  const phrase = list.join(" ");
  const keys = phrases.keys.get(phrase) ?? [];
  if (!keys.includes(key)) keys.push(key);
  phrases.keys.set(phrase, keys);
  if (!phrases.lengths.includes(list.length)) phrases.lengths.push(list.length);
}

/** A matcher for these entries; entries with no word on either side, or too many, are left out. */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const matcher: GlossaryMatcher = { en: { keys: new Map(), lengths: [] }, ar: { keys: new Map(), lengths: [] } };
  for (const term of terms) {
    const en = words(tokeniseEnglish(term.en));
    const ar = words(tokeniseArabic(term.ar)).map(stripArabicArticle);
    if (en.length === 0 || ar.length === 0 || en.length > MAX_ENTRY_WORDS || ar.length > MAX_ENTRY_WORDS) continue;
    const key = `g:${en.join(" ")}`;
    addPhrase(matcher.en, en, key);
    addPhrase(matcher.ar, ar, key);
  }
  return matcher;
}

/** The forms an Arabic word may be the glossary's first word in: itself, and without one clitic prefix. */
function arabicBases(word: string): string[] {
  const bases = [word];
  for (const clitic of ARABIC_CLITICS) if (word.length - clitic.length >= 2 && word.startsWith(clitic)) bases.push(word.slice(clitic.length));
  return bases;
}

/** The keys of the glossary entries an article's text contains (each once): a few map look-ups per word, whatever the glossary. */
export function glossaryKeys(text: string, lang: "en" | "ar", matcher: GlossaryMatcher): string[] {
  const phrases = lang === "en" ? matcher.en : matcher.ar;
  if (phrases.keys.size === 0) return [];
  const list = words(lang === "en" ? tokeniseEnglish(text) : tokeniseArabic(text));
  const rest = lang === "en" ? list : list.map(stripArabicArticle);
  const found = new Set<string>();
  list.forEach((word, at) => {
    for (const base of lang === "en" ? [word] : arabicBases(word)) {
      for (const length of phrases.lengths) {
        if (at + length > list.length) continue;
        const phrase = length === 1 ? base : `${base} ${rest.slice(at + 1, at + length).join(" ")}`;
        for (const key of phrases.keys.get(phrase) ?? []) found.add(key);
      }
    }
  });
  return [...found];
}
