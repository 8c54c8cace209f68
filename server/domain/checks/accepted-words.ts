/**
 * The outlet's accepted words and names: spellings the newsroom has decided are right (a local
 * place name, a brand, a borrowed word), in English or Arabic. An accepted word is never flagged
 * as a misspelling or as a slip for another word: the engine drops the findings of the word-level
 * checks (WORD_CHECKS) whose text is an accepted word of that edition's language. An accepted name
 * is also a known name for the checks that ask whether a capitalised word is one (known-names.ts).
 * Words are compared by the same key as ignore rules (case, Arabic diacritics and tatweel,
 * compatibility forms folded; hamza seats and ta marbuta kept apart, since they make the slips).
 */
import { findingText, matchingKey } from "./ignore-rules.js";
import type { AcceptedWord, AcceptedWordKeys, Finding, Lang } from "./types.js";

export type { AcceptedWord, AcceptedWordKeys } from "./types.js";

/** The checks that judge one word's spelling or choice, and so never flag an accepted word. */
export const WORD_CHECKS: readonly string[] = ["spelling", "real-word", "arabic-spelling"];

// The keys of one list, kept while the caller keeps the list (services/document-checks.ts reads the list once until it changes).
const KEYS = new WeakMap<readonly AcceptedWord[], AcceptedWordKeys>();

export function acceptedWordKeys(words: readonly AcceptedWord[]): AcceptedWordKeys {
  const cached = KEYS.get(words);
  if (cached) return cached;
  const keys = { en: new Set<string>(), ar: new Set<string>(), names: new Set<string>() };
  for (const w of words) {
    const key = matchingKey(w.word);
    keys[w.lang].add(key);
    if (w.kind === "name" && w.lang === "en") for (const part of key.split(/[\s\-’']+/u)) if (part) keys.names.add(part);
  }
  KEYS.set(words, keys);
  return keys;
}

// Arabic writes the conjunctions, prepositions and the article onto the word (والقامشلي,
// بالقامشلي): an accepted Arabic word is accepted with them too. Longest first.
const ARABIC_PROCLITICS = ["وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

/** Whether a word (any case; in Arabic with or without its proclitics) is accepted in this language. */
export function isAccepted(keys: AcceptedWordKeys, lang: Lang, word: string): boolean {
  const key = matchingKey(word);
  if (keys[lang].has(key)) return true;
  return lang === "ar" && ARABIC_PROCLITICS.some((p) => key.length - p.length >= 2 && key.startsWith(p) && keys.ar.has(key.slice(p.length)));
}

/** Findings minus the word-level ones about an accepted word. */
export function filterAccepted(findings: readonly Finding[], keys: AcceptedWordKeys, textOf: (lang: Lang, paragraph: number) => string): Finding[] {
  if (keys.en.size === 0 && keys.ar.size === 0) return [...findings];
  return findings.filter((f) => !WORD_CHECKS.includes(f.checkId) || !isAccepted(keys, f.lang, findingText(f, textOf(f.lang, f.paragraph))));
}
