/**
 * The glossary as pairing evidence: its entries map an approved English spelling to an Arabic name
 * or term, so an English article that writes the English form and an Arabic article that writes
 * the Arabic form share that entry — stronger than a transliteration guess. Each article gets the
 * keys ("g:<entry>") of the entries it contains, matched word by word (English folded to lower
 * case, Arabic in its matching form, its first word allowed the clitics و ف ب ل ك and the article
 * ال before it), through a map from an entry's first word, so the cost is one look-up per word.
 * Pure.
 */
import { tokeniseArabic, tokeniseEnglish, type Token } from "../segment/tokenise.js";

export type GlossaryTerm = { en: string; ar: string };

/** Per language: first word -> the entries (their word lists and key) that start with it. */
type Starts = Map<string, { words: string[]; key: string }[]>;
export type GlossaryMatcher = { en: Starts; ar: Starts };

/** Prefixes an Arabic word may carry before the glossary's form (conjunction, preposition, article). */
const ARABIC_CLITICS = ["وبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "ال", "و", "ف", "ب", "ل", "ك"];

function words(tokens: Token[]): string[] {
  return tokens.map((t) => t.norm);
}

function addStart(starts: Starts, list: string[], key: string): void {
  const [first] = list;
  if (first === undefined) return;
  const entries = starts.get(first) ?? [];
  entries.push({ words: list, key });
  starts.set(first, entries);
}

/** A matcher for these entries; entries with no word on either side are left out. */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const matcher: GlossaryMatcher = { en: new Map(), ar: new Map() };
  const seen = new Set<string>();
  for (const term of terms) {
    const en = words(tokeniseEnglish(term.en));
    const ar = words(tokeniseArabic(term.ar)).map(stripArabicArticle);
    const key = `g:${en.join(" ")}`;
    if (en.length === 0 || ar.length === 0 || seen.has(`${key}\u0001${ar.join(" ")}`)) continue;
    seen.add(`${key}\u0001${ar.join(" ")}`);
    addStart(matcher.en, en, key);
    addStart(matcher.ar, ar, key);
  }
  return matcher;
}

function stripArabicArticle(word: string): string {
  return word.length > 3 && word.startsWith("ال") ? word.slice(2) : word;
}

/** The forms an Arabic word may be the glossary's first word in: itself, and without one clitic prefix. */
function arabicBases(word: string): string[] {
  const bases = [word];
  for (const clitic of ARABIC_CLITICS) if (word.length - clitic.length >= 2 && word.startsWith(clitic)) bases.push(word.slice(clitic.length));
  return bases;
}

function matchAt(list: string[], at: number, entryWords: string[]): boolean {
  for (let k = 1; k < entryWords.length; k++) if (stripArabicArticle(list[at + k] ?? "") !== entryWords[k] && list[at + k] !== entryWords[k]) return false;
  return true;
}

/** The keys of the glossary entries an article's text contains (each once). */
export function glossaryKeys(text: string, lang: "en" | "ar", matcher: GlossaryMatcher): string[] {
  const starts = lang === "en" ? matcher.en : matcher.ar;
  if (starts.size === 0) return [];
  const list = words(lang === "en" ? tokeniseEnglish(text) : tokeniseArabic(text));
  const found = new Set<string>();
  list.forEach((word, at) => {
    for (const base of lang === "en" ? [word] : arabicBases(word)) {
      for (const entry of starts.get(base) ?? []) if (matchAt(list, at, entry.words)) found.add(entry.key);
    }
  });
  return [...found];
}
