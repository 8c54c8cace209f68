/**
 * What an accepted word or name must be, whether typed in the form or read from a TSV line: one
 * word or a short name (at most MAX_WORD_LENGTH characters, no line breaks), in the script of its
 * language (Arabic letters for ar, Latin letters for en), a language of en or ar, a kind of word or
 * name. A refusal is a message key and its parameters, so the page says it in the reader's language.
 */
import { ARABIC_LETTER } from "../segment/normalise-arabic.js";
import type { AcceptedWord } from "../checks/types.js";

export const MAX_WORD_LENGTH = 100;
export const MAX_NOTE_LENGTH = 500;
export const ACCEPTED_KINDS: readonly AcceptedWord["kind"][] = ["word", "name"];
export const ACCEPTED_LANGS: readonly AcceptedWord["lang"][] = ["en", "ar"];

export type AcceptedWordRefusal = {
  key: "acceptedWords.refused.empty" | "acceptedWords.refused.tooLong" | "acceptedWords.refused.badLang" | "acceptedWords.refused.badKind"
    | "acceptedWords.refused.wrongScript" | "acceptedWords.refused.noteTooLong";
  params: Record<string, string>;
};

const LATIN_LETTER = /\p{Script=Latin}/u;

/** A form's or a line's fields as an entry (trimmed), before the rules judge it. */
export function readAcceptedWord(raw: { word?: unknown; lang?: unknown; kind?: unknown; note?: unknown }): { word: string; lang: string; kind: string; note: string } {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  return { word: text(raw.word), lang: text(raw.lang).toLowerCase(), kind: text(raw.kind).toLowerCase() || "word", note: text(raw.note) };
}

/** Why this entry cannot be accepted, or null when it can (then it is an AcceptedWord). */
export function acceptedWordRefusal(entry: { word: string; lang: string; kind: string; note: string }): AcceptedWordRefusal | null {
  if (entry.word === "") return { key: "acceptedWords.refused.empty", params: {} };
  if (entry.word.length > MAX_WORD_LENGTH || /[\r\n\t]/u.test(entry.word)) return { key: "acceptedWords.refused.tooLong", params: { max: String(MAX_WORD_LENGTH) } };
  if (!(ACCEPTED_LANGS as readonly string[]).includes(entry.lang)) return { key: "acceptedWords.refused.badLang", params: { lang: entry.lang.slice(0, 20) } };
  if (!(ACCEPTED_KINDS as readonly string[]).includes(entry.kind)) return { key: "acceptedWords.refused.badKind", params: { kind: entry.kind.slice(0, 20) } };
  const script = entry.lang === "ar" ? ARABIC_LETTER : LATIN_LETTER;
  const other = entry.lang === "ar" ? LATIN_LETTER : ARABIC_LETTER;
  if (!script.test(entry.word) || other.test(entry.word)) return { key: "acceptedWords.refused.wrongScript", params: { word: entry.word } };
  if (entry.note.length > MAX_NOTE_LENGTH) return { key: "acceptedWords.refused.noteTooLong", params: { max: String(MAX_NOTE_LENGTH) } };
  return null;
}

/** The entry as accepted, once acceptedWordRefusal has said null. */
export function asAcceptedWord(entry: { word: string; lang: string; kind: string; note: string }): AcceptedWord {
  return { word: entry.word, lang: entry.lang === "ar" ? "ar" : "en", kind: entry.kind === "name" ? "name" : "word", note: entry.note };
}
