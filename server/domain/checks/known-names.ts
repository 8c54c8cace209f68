/**
 * Names a document vouches for, so the spelling check does not drown them in false alarms: every
 * word of the glossary's English forms, capitalised words the document (or the corpus) uses at
 * least twice in the same spelling, the outlet's accepted names (accepted-words.ts), and words whose transliteration skeleton is found among the
 * Arabic edition's words (al-Jada’an ~ الجدعان).
 */
import { tokeniseEnglish } from "../segment/tokenise.js";
import { arabicNameSkeletons, nameSkeleton } from "./name-key.js";
import type { PreparedDocument } from "./types.js";

export type KnownNames = { words: ReadonlySet<string>; arabicSkeletons: ReadonlySet<string>; counts: ReadonlyMap<string, number> };

const cache = new WeakMap<PreparedDocument, KnownNames>();

export function knownNames(doc: PreparedDocument): KnownNames {
  const cached = cache.get(doc);
  if (cached) return cached;
  const words = new Set<string>();
  for (const entry of doc.glossary) for (const t of tokeniseEnglish(entry.en)) for (const part of [t.text, ...t.text.split(/[-’']/u)]) words.add(part.toLowerCase());
  const counts = new Map<string, number>();
  for (const tokens of doc.en.tokens) for (const t of tokens) if (t.capitalised) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  const arabicSkeletons = new Set<string>();
  for (const tokens of doc.ar.tokens) for (const t of tokens) for (const s of arabicNameSkeletons(t.text)) arabicSkeletons.add(s);
  const names = { words, arabicSkeletons, counts };
  cache.set(doc, names);
  return names;
}

/** Whether a capitalised word is vouched for as a name by the glossary, the document, the corpus or the Arabic. */
export function isVouchedName(word: string, doc: PreparedDocument, names: KnownNames): boolean {
  const lower = word.toLowerCase();
  if (names.words.has(lower) || doc.accepted.names.has(lower)) return true;
  if ((names.counts.get(word) ?? 0) >= 2) return true;
  if ((doc.corpus?.spellings.get(word) ?? 0) >= 3) return true;
  const skeleton = nameSkeleton(word);
  return skeleton.length >= 2 && names.arabicSkeletons.has(skeleton);
}
