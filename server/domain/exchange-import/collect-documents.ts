/**
 * Gathers a file's pairs into documents, in the order their keys first appear, and enforces the
 * unit limit. A pair with no text on either side is counted and skipped.
 */
import { ExchangeImportError } from "./exchange-import-error.js";
import type { ExchangeDocument, ExchangePair, ReadLimits } from "./types.js";

export class DocumentCollector {
  private readonly byKey = new Map<string, ExchangeDocument>();
  units = 0;
  emptyUnits = 0;

  constructor(private readonly name: string, private readonly limits: ReadLimits) {}

  add(key: string, meta: { title: string | null; published: string | null }, pair: ExchangePair): void {
    this.units++;
    if (this.units > this.limits.maxUnits) throw new ExchangeImportError("too-many-units", { name: this.name, limit: this.limits.maxUnits });
    if (pair.en.length === 0 && pair.ar.length === 0) {
      this.emptyUnits++;
      return;
    }
    let doc = this.byKey.get(key);
    if (!doc) {
      doc = { key, title: meta.title, published: meta.published, pairs: [] };
      this.byKey.set(key, doc);
    }
    doc.pairs.push(pair);
  }

  documents(): ExchangeDocument[] {
    return [...this.byKey.values()];
  }
}
