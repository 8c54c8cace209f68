/**
 * Shapes shared by the aligner and everything built on it.
 *
 * Index conventions: units (paragraphs or sentences) are numbered from 0 on each side in document
 * order. A bead lists the English and the Arabic unit indices it joins; one side may be empty (a
 * one-sided unit). A full alignment is a monotone cover: every unit of both sides in exactly one
 * bead, beads in order.
 */

export type Side = "en" | "ar";

export type Bead = { en: number[]; ar: number[] };

/** The evidence behind a bead, shown to the editor as "why this pair". */
export type BeadSignals = {
  shape: string;
  /** Arabic/English length ratio of this bead, and the document's own ratio. */
  lengthRatio?: number;
  expectedRatio?: number;
  /** How many standard deviations the length is off the document's model. */
  lengthZ?: number;
  /** Share of the translatable words on each side found translated on the other. */
  lexiconEn?: number;
  lexiconAr?: number;
  /** Numbers (by value, any digit script) found on both sides, and on one side only. */
  numbersShared?: string[];
  numbersEnOnly?: string[];
  numbersArOnly?: string[];
  /** English names whose transliteration skeleton (or glossary entry) was found in the Arabic. */
  namesShared?: string[];
  /** Months and weekdays named on both sides. */
  datesShared?: string[];
  /** Both sides quote someone. */
  quotes?: boolean;
  /** Distance from the diagonal of the document, as a share of its length (0 = on the diagonal). */
  positionDrift?: number;
  /** One-sided units: why the unit was taken as boilerplate, if it was. */
  boilerplate?: string;
};

export type ScoredBead = Bead & { score: number; signals: BeadSignals };
