/**
 * Import of a TMX or XLIFF file: every document it holds becomes a mizan document whose beads are
 * the file's pairs, confirmed (a translation memory records pairs someone already accepted). The
 * file is read and checked whole first (domain/exchange-import); then all documents are written
 * in one transaction when the caller provides one (the command line does), so a refused or failing
 * file leaves nothing half-imported. A document with more than MAX_PAIRS_PER_DOCUMENT pairs (a
 * whole translation memory without document marks) is stored in parts, so each stays the size of
 * an article the editor can open.
 */
import { readExchange } from "../domain/exchange-import/read-exchange.js";
import { DEFAULT_LIMITS, type ExchangeDocument, type ExchangeFormat, type ReadLimits } from "../domain/exchange-import/types.js";
import type { BeadInput, NewDocument, Store } from "../store/types.js";

export const MAX_PAIRS_PER_DOCUMENT = 5000;
const MAX_TITLE = 200;

export type ExchangeImportResult = { format: ExchangeFormat; documents: number[]; pairs: number; oneSided: number; emptyUnits: number };

export type ImportExchangeOptions = {
  user: string;
  /** Title for documents the file does not name (default: the file name). */
  title?: string;
  limits?: ReadLimits;
  /** Runs the writes as one transaction (e.g. `(fn) => db.transaction(fn)()`). */
  atomically?: <T>(fn: () => T) => T;
};

/** One stored document from a run of pairs: paragraphs in order, one confirmed bead per pair (rejected when the file says so). */
export function toNewDocument(doc: ExchangeDocument, title: string): NewDocument {
  const en: NewDocument["en"] = [];
  const ar: NewDocument["ar"] = [];
  const beads: BeadInput[] = doc.pairs.map((pair) => {
    const bead: BeadInput = {
      en: pair.en.map((_, k) => en.length + k),
      ar: pair.ar.map((_, k) => ar.length + k),
      score: pair.score ?? 1,
      signals: { shape: `${pair.en.length}-${pair.ar.length}` },
      status: pair.rejected ? "rejected" : "confirmed",
    };
    for (const text of pair.en) en.push({ text, boilerplate: null });
    for (const text of pair.ar) ar.push({ text, boilerplate: null });
    return bead;
  });
  return { title: title.slice(0, MAX_TITLE), publishedEn: doc.published, publishedAr: doc.published, en, ar, beads };
}

export function importExchange(store: Store, file: { bytes: Uint8Array; name: string }, options: ImportExchangeOptions): ExchangeImportResult {
  const read = readExchange(file.bytes, file.name, options.limits ?? DEFAULT_LIMITS);
  const fallbackTitle = options.title?.trim() || file.name.replace(/^.*[\\/]/u, "").replace(/\.[^.]+$/u, "");
  const parts: NewDocument[] = [];
  for (const doc of read.documents) {
    const title = doc.title?.trim() || fallbackTitle;
    const count = Math.ceil(doc.pairs.length / MAX_PAIRS_PER_DOCUMENT);
    for (let k = 0; k < count; k++) {
      const slice = { ...doc, pairs: doc.pairs.slice(k * MAX_PAIRS_PER_DOCUMENT, (k + 1) * MAX_PAIRS_PER_DOCUMENT) };
      parts.push(toNewDocument(slice, count > 1 ? `${title} (${k + 1}/${count})` : title));
    }
  }
  const atomically = options.atomically ?? (<T>(fn: () => T): T => fn());
  const documents = atomically(() => parts.map((doc) => store.createDocument(doc, options.user)));
  const pairs = read.documents.flatMap((d) => d.pairs);
  return {
    format: read.format,
    documents,
    pairs: pairs.length,
    oneSided: pairs.filter((p) => p.en.length === 0 || p.ar.length === 0).length,
    emptyUnits: read.emptyUnits,
  };
}
