/**
 * Second pass: aligns the sentences inside each two-sided paragraph bead, for sentence-level
 * export and for the reviewer's sentence panel. The units are the bead's sentences on each side
 * (its paragraphs' sentences in order, numbered from 0 per side); the same aligner runs on them
 * without boilerplate detection. A side with at most one sentence makes one link of everything.
 */
import { alignUnits, type AlignOptions } from "./align-units.js";
import { splitArabicSentences, splitEnglishSentences } from "../segment/split-sentences.js";
import type { ScoredBead } from "./types.js";

export type SentencePair = { en: string; ar: string; score: number };

/** A link between sentences of a pair: 0-based sentence indices per side, and its score. */
export type ScoredSentenceLink = { en: number[]; ar: number[]; score: number };

export function sentencesOf(paragraphs: string[], side: "en" | "ar"): string[] {
  const split = side === "en" ? splitEnglishSentences : splitArabicSentences;
  return paragraphs.flatMap((p) => split(p).map((s) => p.slice(s.start, s.end)));
}

/** The aligner's links between two lists of sentences (a monotone cover of both). */
export function alignSentenceLinks(en: string[], ar: string[], options: AlignOptions = {}): ScoredSentenceLink[] {
  if (en.length === 0 && ar.length === 0) return [];
  if (en.length <= 1 || ar.length <= 1) return [{ en: en.map((_, i) => i), ar: ar.map((_, j) => j), score: 1 }];
  const { beads } = alignUnits(en, ar, { ...options, noBoilerplate: true });
  return beads.map((b: ScoredBead) => ({ en: [...b.en], ar: [...b.ar], score: b.score }));
}

/** The texts of sentence links: each side's sentences joined with a space. */
export function pairsOfLinks(links: readonly { en: number[]; ar: number[]; score: number }[], en: string[], ar: string[]): SentencePair[] {
  return links.map((l) => ({ en: l.en.map((i) => en[i] ?? "").join(" "), ar: l.ar.map((j) => ar[j] ?? "").join(" "), score: l.score }));
}

/** Sentence beads of one paragraph bead, as text pairs; one-sided sentences keep an empty side. */
export function alignSentences(enParagraphs: string[], arParagraphs: string[], options: AlignOptions = {}): SentencePair[] {
  const en = sentencesOf(enParagraphs, "en");
  const ar = sentencesOf(arParagraphs, "ar");
  if (en.length <= 1 || ar.length <= 1) return [{ en: en.join(" "), ar: ar.join(" "), score: 1 }];
  return pairsOfLinks(alignSentenceLinks(en, ar, options), en, ar);
}
