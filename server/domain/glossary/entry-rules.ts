/**
 * What makes a glossary entry acceptable, without I/O: each side written mostly in its own script
 * (the share of letters by script; digits, punctuation and invisible characters ignored), and one
 * approved English spelling per Arabic name, other spellings kept only as known variants pointing
 * to it. Used by the form, the in-place edit and the TSV import (services/glossary.ts), so all
 * three refuse the same entries for the same reasons.
 */
import type { GlossaryEntry } from "./glossary-entry.js";
import { normaliseArabic } from "../segment/normalise-arabic.js";

/** Why an entry is refused: a message key of the glossary and its parameters. */
export type EntryRefusal = {
  key: "glossary.needsBoth" | "glossary.arabicNotArabic" | "glossary.englishNotLatin" | "glossary.otherSpelling" | "glossary.variantOfUnknown" | "glossary.duplicate";
  params: Record<string, string>;
  /** For "otherSpelling": the approved spelling the entry could be recorded as a variant of. */
  approved?: string;
};

/** Longest Arabic or English form of one entry. */
export const MAX_FORM_LENGTH = 200;

/** The share of a text's letters that are in `script` (0 when it has no letters). */
export function scriptShare(text: string, script: "Arabic" | "Latin"): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const pattern = script === "Arabic" ? /\p{Script=Arabic}/u : /\p{Script=Latin}/u;
  return letters.filter((letter) => pattern.test(letter)).length / letters.length;
}

/** More than half of the letters in the script; a side without letters is not a name. */
const mostly = (text: string, script: "Arabic" | "Latin"): boolean => scriptShare(text, script) > 0.5;

/** The refusal of an entry on its own (both forms present, short enough, each in its script), or null. */
export function entryFormRefusal(entry: GlossaryEntry): EntryRefusal | null {
  if (!entry.ar || !entry.en || entry.ar.length > MAX_FORM_LENGTH || entry.en.length > MAX_FORM_LENGTH) return { key: "glossary.needsBoth", params: {} };
  if (!mostly(entry.ar, "Arabic")) return { key: "glossary.arabicNotArabic", params: { ar: entry.ar } };
  if (!mostly(entry.en, "Latin")) return { key: "glossary.englishNotLatin", params: { en: entry.en } };
  return null;
}

/** The approved spelling (an entry that is no variant) of this Arabic name, hamza and tatweel folded. */
export function approvedSpellingOf(glossary: readonly GlossaryEntry[], ar: string): GlossaryEntry | null {
  const key = normaliseArabic(ar);
  return glossary.find((e) => !e.variantOf && normaliseArabic(e.ar) === key) ?? null;
}

/**
 * The refusal of an entry against the rest of the glossary (`others`: the glossary without the
 * entry being edited), or null. A new spelling of a name that has an approved one is refused with
 * that spelling, to be recorded as its variant; a variant must point to the approved spelling.
 */
export function entryConflict(entry: GlossaryEntry, others: readonly GlossaryEntry[]): EntryRefusal | null {
  const approved = approvedSpellingOf(others, entry.ar);
  if (entry.variantOf) {
    if (approved?.en === entry.variantOf && entry.en !== entry.variantOf) return null;
    return { key: "glossary.variantOfUnknown", params: { ar: entry.ar, variantOf: entry.variantOf } };
  }
  if (approved && approved.en !== entry.en) return { key: "glossary.otherSpelling", params: { ar: entry.ar, en: entry.en, approved: approved.en }, approved: approved.en };
  return null;
}

/** The first reason to refuse the entry, on its own or against the others, or null. */
export function entryRefusal(entry: GlossaryEntry, others: readonly GlossaryEntry[]): EntryRefusal | null {
  return entryFormRefusal(entry) ?? entryConflict(entry, others);
}
