/**
 * A small fixed corpus for the golden-file tests: two documents, with XML special characters,
 * control and bidi characters, a formula-like cell, a tab, a two-paragraph side, a one-sided pair,
 * an unconfirmed pair and open findings. Its export date is fixed so the output never changes.
 */
import { Writable } from "node:stream";
import type { ExportCorpus, ExportMeta, ExportUnit } from "../../../server/domain/export/types.js";

export const GOLDEN_META: ExportMeta = {
  name: "golden", granularity: "paragraph", createdAt: new Date("2024-05-01T12:30:00Z"), tool: { name: "mizan", version: "0.1.0" },
};

function unit(over: Partial<ExportUnit> & Pick<ExportUnit, "id" | "en" | "ar">): ExportUnit {
  return {
    documentId: 1, documentTitle: "Talks & \"truce\" <Homs>", published: "2017-10-10", beadId: 1, row: 1, sentence: null, boilerplate: false,
    status: "confirmed", score: 0.91, signals: { shape: "1-1" }, openFindings: 0, ...over,
  };
}

export const GOLDEN_UNITS: ExportUnit[] = [
  unit({ id: "1-1", beadId: 1, en: ["The two sides agreed: 3 < 4 & 5 > 2."], ar: ["واتفق الطرفان: ٣ < ٤ و٥ > ٢."] }),
  unit({ id: "1-2", beadId: 2, row: 2, en: ["=SUM(A1) was typed\tby a reader", "and a second paragraph"], ar: ["\u200Fكتب قارئ =SUM(A1)\u200F"], openFindings: 2, status: "auto", score: 0.42 }),
  unit({ id: "1-3", beadId: 3, row: 3, en: ["Control\u0001 characters\u0007 go; \"quotes\" stay"], ar: ["تبقى «علامات» الاقتباس"], signals: { shape: "1-1", numbersShared: ["3"] } }),
  unit({ id: "1-4", beadId: 4, row: 4, boilerplate: true, en: [], ar: ["اقرأ أيضًا: تقرير آخر"], score: 0.5, signals: { shape: "0-1", boilerplate: "read-also" } }),
  unit({ id: "2-1", documentId: 2, documentTitle: "Second story", published: null, beadId: 7, row: 1, en: ["-5 degrees in Aleppo"], ar: ["-٥ درجات في حلب"], score: 1 }),
];

export function goldenCorpus(units: ExportUnit[] = GOLDEN_UNITS, meta: ExportMeta = GOLDEN_META): ExportCorpus {
  return {
    meta,
    units: (async function* () {
      for (const u of units) yield u;
    })(),
  };
}

/** A writable that keeps what it is given, as text. */
export class TextSink extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}
