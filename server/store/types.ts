/**
 * The store's interface: what the rest of mizan may ask of the database, in domain terms. Domain
 * code and routes depend on this, never on SQL, so a second engine (PostgreSQL) can implement it
 * without touching them. Every method that changes data runs in one transaction.
 */
import type { BeadSignals, Side } from "../domain/align/types.js";

export type DocumentStatus = "open" | "finished" | "locked";
export type BeadStatus = "auto" | "confirmed" | "rejected";

export type DocumentMeta = {
  title: string;
  titleAr?: string;
  sourceUrlEn?: string;
  sourceUrlAr?: string;
  publishedEn?: string | null;
  publishedAr?: string | null;
};

export type DocumentRecord = DocumentMeta & {
  id: number;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
};

export type DocumentSummary = DocumentRecord & { beads: number; confirmed: number; paragraphsEn: number; paragraphsAr: number };

export type ParagraphInput = { text: string; boilerplate: string | null };
export type ParagraphRecord = ParagraphInput & { id: number; side: Side; position: number; version: number };

/** A bead by paragraph positions on each side (0-based, as the aligner numbers them). */
export type BeadInput = { en: number[]; ar: number[]; score: number; signals: BeadSignals; status?: BeadStatus };
export type BeadRecord = BeadInput & { id: number; position: number; status: BeadStatus; version: number };

export type GlossaryEntry = { ar: string; en: string; kind: string; note: string };

export type HistoryEntry = {
  id: number; documentId: number | null; user: string; at: string; action: string; target: string;
  before: unknown; after: unknown;
};

export type NewDocument = DocumentMeta & { en: ParagraphInput[]; ar: ParagraphInput[]; beads: BeadInput[] };

/** Which pairs an export (or any corpus-wide reader) wants. Dates are ISO yyyy-mm-dd, inclusive. */
export type PairFilter = {
  documentIds?: number[];
  since?: string;
  until?: string;
  /** "confirmed" (the default for exports) or "all" (auto and confirmed; rejected never). */
  status?: "confirmed" | "all";
  minScore?: number;
  /** Leave out pairs with open findings. */
  withoutOpenFindings?: boolean;
  /** Include one-sided beads (an empty side). */
  oneSided?: boolean;
};

/** One bead with its texts, as exporters read it: paragraphs in order on each side. */
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

export interface Store {
  /** Creates a document with its paragraphs and beads, and a history entry, all or nothing. */
  createDocument(doc: NewDocument, user: string): number;
  listDocuments(): DocumentSummary[];
  countDocuments(): number;
  getDocument(id: number): DocumentRecord | null;
  getParagraphs(documentId: number, side: Side): ParagraphRecord[];
  getBeads(documentId: number): BeadRecord[];
  /** Replaces the document's beads (re-alignment), recording before and after in the history. */
  replaceBeads(documentId: number, beads: BeadInput[], user: string, action: string): void;
  listGlossary(): GlossaryEntry[];
  /** Adds entries, updating kind and note of existing (ar, en) pairs; returns how many were new. */
  upsertGlossary(entries: GlossaryEntry[]): number;
  getHistory(documentId: number): HistoryEntry[];
  /** Streams the pairs of the corpus in document and bead order; never loads the corpus whole. */
  iteratePairs(filter: PairFilter): IterableIterator<CorpusPair>;
  close(): void;
}
