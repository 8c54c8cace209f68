/**
 * One pair of the corpus as the exporters read it: a bead with its paragraphs' texts in order on
 * each side, its document, its row number as the alignment view shows it, status, score, signals
 * and whether it is boilerplate. A domain type; the store streams pairs of
 * this shape (Store.iteratePairs) and imports it from here.
 */
import type { BeadSignals } from "../align/types.js";
import type { BeadStatus } from "../review/bead-status.js";

export type CorpusPair = {
  documentId: number;
  documentTitle: string;
  published: string | null;
  beadId: number;
  position: number;
  /** 1-based row number in its document (the bead's place in the document's order, as on screen). */
  row: number;
  status: BeadStatus;
  score: number;
  signals: BeadSignals;
  en: string[];
  ar: string[];
  openFindings: number;
  /** Every paragraph of the pair was tagged as boilerplate by the importer (appeal, "read also", byline …). */
  boilerplate: boolean;
};
