/**
 * How well a sentence splitter finds sentence boundaries, scored on paragraphs whose sentences are
 * known (corpus/sentence-boundaries/, built from NTREX-128). A paragraph's text is its sentences
 * joined with one space; a boundary is the UTF-16 offset where a sentence after the first starts.
 * The splitter's boundaries are the starts of its spans after the first. A boundary in both is a
 * hit, one only the splitter has is a false split, one only the known sentences have is a miss.
 */
import type { Span } from "./split-sentences.js";

export type KnownParagraph = { doc: string; lang: "en" | "ar"; sentences: string[] };

export type BoundaryCounts = { hits: number; falseSplits: number; misses: number; precision: number; recall: number; f1: number };

/** A boundary the splitter got wrong, with the text around it (`context`, the boundary marked by ⟦⟧). */
export type BoundaryError = { doc: string; kind: "miss" | "false-split"; offset: number; context: string };

/** The paragraph's text and its known boundaries (ascending offsets). */
export function joinSentences(sentences: readonly string[]): { text: string; boundaries: number[] } {
  const boundaries: number[] = [];
  let length = 0;
  sentences.forEach((sentence, k) => {
    if (k > 0) {
      length += 1;
      boundaries.push(length);
    }
    length += sentence.length;
  });
  return { text: sentences.join(" "), boundaries };
}

const CONTEXT = 40;

function contextAt(text: string, offset: number): string {
  return `${text.slice(Math.max(0, offset - CONTEXT), offset)}⟦⟧${text.slice(offset, offset + CONTEXT)}`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Counts hits, false splits and misses over the paragraphs, with precision, recall and F1, and lists every error. */
export function scoreSentenceBoundaries(
  paragraphs: readonly KnownParagraph[],
  split: (text: string) => Span[],
): { counts: BoundaryCounts; errors: BoundaryError[] } {
  let hits = 0;
  let falseSplits = 0;
  let misses = 0;
  const errors: BoundaryError[] = [];
  for (const paragraph of paragraphs) {
    const { text, boundaries } = joinSentences(paragraph.sentences);
    const known = new Set(boundaries);
    const found = new Set(split(text).slice(1).map((span) => span.start));
    for (const offset of found) {
      if (known.has(offset)) hits++;
      else {
        falseSplits++;
        errors.push({ doc: paragraph.doc, kind: "false-split", offset, context: contextAt(text, offset) });
      }
    }
    for (const offset of known) {
      if (found.has(offset)) continue;
      misses++;
      errors.push({ doc: paragraph.doc, kind: "miss", offset, context: contextAt(text, offset) });
    }
  }
  const precision = ratio(hits, hits + falseSplits);
  const recall = ratio(hits, hits + misses);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { counts: { hits, falseSplits, misses, precision, recall, f1 }, errors };
}

/** The documents of one half: the distinct documents sorted, every other one, the first being odd. */
export function documentsOfHalf(docs: readonly string[], half: "odd" | "even"): Set<string> {
  const sorted = [...new Set(docs)].sort();
  return new Set(sorted.filter((_, k) => (k % 2 === 0) === (half === "odd")));
}
