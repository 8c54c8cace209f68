/**
 * A name the English side of a pair gives and the Arabic side lacks. English names are capitalised
 * words in mid-sentence that are not ordinary dictionary words; one is found on the Arabic side
 * when its transliteration skeleton (one consonant class of slack) is among the Arabic words'
 * skeletons, or when a glossary entry with that word has its Arabic form there.
 *
 * Bounded work: one-class deletions of a skeleton cost the square of its length, so skeletons
 * longer than MAX_SKELETON consonant classes (no name has that many; the dictionary's longest
 * entries have about fifteen) are no names: an English word with one is not flagged, an Arabic
 * word with one is not indexed.
 */
import { skeletonDeletions } from "../align/transliterate.js";
import { normaliseArabic } from "../segment/normalise-arabic.js";
import { isDictionaryWord } from "./english-words.js";
import { arabicNameSkeletons, nameSkeleton } from "./name-key.js";
import type { Check, RawFinding } from "./types.js";

export const MAX_SKELETON = 24;

export const nameOneSide: Check = {
  id: "name-one-side", severity: "info", side: "pair",
  run: (doc) => {
    const out: RawFinding[] = [];
    for (const bead of doc.beads) {
      if (bead.en.length === 0 || bead.ar.length === 0) continue;
      const arabicText = normaliseArabic(bead.ar.map((j) => doc.ar.texts[j] ?? "").join(" "));
      const skeletons = new Set<string>();
      for (const j of bead.ar) {
        for (const t of doc.ar.tokens[j] ?? []) {
          for (const s of arabicNameSkeletons(t.text)) {
            if (s.length > MAX_SKELETON) continue;
            skeletons.add(s);
            for (const d of skeletonDeletions(s)) skeletons.add(d);
          }
        }
      }
      const glossaryHere = doc.glossary.filter((e) => arabicText.includes(normaliseArabic(e.ar))).map((e) => e.en.toLowerCase());
      for (const i of bead.en) {
        for (const t of doc.en.tokens[i] ?? []) {
          if (!t.capitalised || t.sentenceInitial || t.text.length < 3 || /^\p{Lu}+$/u.test(t.text)) continue;
          const word = t.text.replace(/[’']s?$/u, "").replace(/^(?:al|el|Al|El)-/u, "");
          if (isDictionaryWord(word.toLowerCase()) || isDictionaryWord(word)) continue; // an ordinary word, or an English proper noun (Russians, Moscow) rendered by meaning
          if (/-\p{Ll}/u.test(t.text.replace(/^(?:al|el|Al|El)-/u, ""))) continue; // Egyptian-brokered: a compound, not a name
          if (glossaryHere.some((g) => g.includes(word.toLowerCase()))) continue;
          const s = nameSkeleton(word);
          if (s.length < 2 || s.length > MAX_SKELETON || skeletons.has(s) || skeletonDeletions(s).some((d) => skeletons.has(d))) continue;
          out.push({ lang: "en", paragraph: i, paired: [...bead.ar], start: t.start, end: t.end, params: { name: t.text }, suggestion: null });
        }
      }
    }
    return out;
  },
};
