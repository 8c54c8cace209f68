/**
 * Second pass: aligns the sentences inside each two-sided paragraph bead, for sentence-level
 * export. The units are the bead's sentences on each side (its paragraphs' sentences in order);
 * the same aligner runs on them without boilerplate detection.
 */
import { alignUnits, type AlignOptions } from "./align-units.js";
import { splitArabicSentences, splitEnglishSentences } from "../segment/split-sentences.js";
import type { ScoredBead } from "./types.js";

export type SentencePair = { en: string; ar: string; score: number };

export function sentencesOf(paragraphs: string[], side: "en" | "ar"): string[] {
  const split = side === "en" ? splitEnglishSentences : splitArabicSentences;
  return paragraphs.flatMap((p) => split(p).map((s) => p.slice(s.start, s.end)));
}

/** Sentence beads of one paragraph bead, as text pairs; one-sided sentences keep an empty side. */
export function alignSentences(enParagraphs: string[], arParagraphs: string[], options: AlignOptions = {}): SentencePair[] {
  const en = sentencesOf(enParagraphs, "en");
  const ar = sentencesOf(arParagraphs, "ar");
  if (en.length <= 1 || ar.length <= 1) {
    return [{ en: en.join(" "), ar: ar.join(" "), score: 1 }];
  }
  const { beads } = alignUnits(en, ar, { ...options, noBoilerplate: true });
  return beads.map((b: ScoredBead) => ({
    en: b.en.map((i) => en[i] ?? "").join(" "),
    ar: b.ar.map((j) => ar[j] ?? "").join(" "),
    score: b.score,
  }));
}
