/**
 * Reading one document or one paragraph as stored, for the pages and the JSON API: the document
 * and the version of its stored findings (which key the alignment view's page cache), the whole
 * document as JSON, one paragraph. Missing things are NotFoundError (404), so every caller
 * answers them the same way.
 */
import type { BeadRecord, DocumentRecord, ParagraphRecord, Store } from "../store/types.js";
import { NotFoundError } from "../store/conflict-error.js";

export type StoredParagraph = ParagraphRecord & { documentId: number };

export type DocumentData = {
  document: DocumentRecord;
  /** False while the background is still recomputing this version's findings. */
  findingsFresh: boolean;
  paragraphs: { en: ParagraphRecord[]; ar: ParagraphRecord[] };
  beads: BeadRecord[];
};

/** The document with this id, or null (an id that is not an integer names no document). */
export function findDocument(store: Store, id: number): DocumentRecord | null {
  return Number.isInteger(id) ? store.getDocument(id) : null;
}

export function documentOrThrow(store: Store, id: number): DocumentRecord {
  const document = findDocument(store, id);
  if (!document) throw new NotFoundError(`document:${id}`);
  return document;
}

/**
 * The document, the document version its stored findings were computed at, and their stamp (which
 * changes whenever they do, also when they are computed again at the same version).
 */
export function documentWithFindingsVersion(store: Store, id: number): { document: DocumentRecord; findingsVersion: number; findingsStamp: number } | null {
  const document = findDocument(store, id);
  return document ? { document, findingsVersion: store.findingsVersion(document.id), findingsStamp: store.findingsStamp(document.id) } : null;
}

export function documentData(store: Store, id: number): DocumentData {
  const document = documentOrThrow(store, id);
  return {
    document,
    findingsFresh: store.findingsVersion(document.id) === document.version,
    paragraphs: { en: store.getParagraphs(document.id, "en"), ar: store.getParagraphs(document.id, "ar") },
    beads: store.getBeads(document.id),
  };
}

export function findParagraph(store: Store, id: number): StoredParagraph | null {
  return Number.isInteger(id) ? store.getParagraph(id) : null;
}

export function paragraphOrThrow(store: Store, id: number): StoredParagraph {
  const paragraph = findParagraph(store, id);
  if (!paragraph) throw new NotFoundError(`paragraph:${id}`);
  return paragraph;
}
