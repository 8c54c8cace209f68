/**
 * Turns a CheckDocument into what the checks read: tokens and boilerplate reasons per paragraph,
 * and the bead map in both directions. Done once per run so that twenty checks do not tokenise
 * the same text twenty times.
 */
import { detectBoilerplate } from "../segment/boilerplate.js";
import { tokeniseArabic, tokeniseEnglish } from "../segment/tokenise.js";
import { acceptedWordKeys } from "./accepted-words.js";
import type { CheckDocument, PreparedDocument } from "./types.js";

export function prepareDocument(doc: CheckDocument): PreparedDocument {
  const beads = doc.beads ?? [];
  const enToAr: number[][] = doc.en.map(() => []);
  const arToEn: number[][] = doc.ar.map(() => []);
  for (const bead of beads) {
    for (const i of bead.en) enToAr[i]?.push(...bead.ar);
    for (const j of bead.ar) arToEn[j]?.push(...bead.en);
  }
  return {
    en: { texts: doc.en, tokens: doc.en.map(tokeniseEnglish), boilerplate: detectBoilerplate(doc.en, "en") },
    ar: { texts: doc.ar, tokens: doc.ar.map(tokeniseArabic), boilerplate: detectBoilerplate(doc.ar, "ar") },
    beads,
    enToAr,
    arToEn,
    glossary: doc.context?.glossary ?? [],
    corpus: doc.context?.corpus ?? null,
    words: doc.context?.words ?? null,
    languageModel: doc.context?.languageModel ?? null,
    arabicDictionary: doc.context?.arabicDictionary ?? null,
    arabicWordCounts: doc.context?.arabicWordCounts ?? null,
    accepted: acceptedWordKeys(doc.context?.acceptedWords ?? []),
  };
}
