/**
 * One pair of the corpus as the exporters read it: a bead with its paragraphs' texts in order on
 * each side, its document, status, score and signals. A domain type; the store streams pairs of
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
  status: BeadStatus;
  score: number;
  signals: BeadSignals;
  en: string[];
  ar: string[];
  openFindings: number;
};
