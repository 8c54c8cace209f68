/**
 * JSON Lines for machine-translation pipelines: one object per pair and line, with the text as
 * `translation: {en, ar}` (the shape Hugging Face `datasets` translation tasks read), the document
 * (`{id, title, published}`), unit id, status, score, the aligner's signals and the number of open
 * findings, so a pipeline can filter bad pairs. Paragraphs of a side are joined by newlines
 * (escaped by JSON); control characters are removed as in every format.
 */
import { ChunkWriter } from "./chunk-writer.js";
import { joinParagraphs, removeControlCharacters } from "./escape.js";
import type { ExportUnit, SingleFileExporter } from "./types.js";

export type JsonlRecord = {
  id: string;
  translation: { en: string; ar: string };
  document: { id: number; title: string; published: string | null };
  status: string;
  score: number;
  signals: ExportUnit["signals"];
  findings: number;
};

export function jsonlRecord(unit: ExportUnit): JsonlRecord {
  return {
    id: unit.id,
    translation: { en: removeControlCharacters(joinParagraphs(unit.en)), ar: removeControlCharacters(joinParagraphs(unit.ar)) },
    document: { id: unit.documentId, title: removeControlCharacters(unit.documentTitle), published: unit.published },
    status: unit.status,
    score: unit.score,
    signals: unit.signals,
    findings: unit.openFindings,
  };
}

export const jsonl: SingleFileExporter = {
  id: "jsonl",
  kind: "single",
  extension: "jsonl",
  contentType: "application/jsonl; charset=utf-8",
  allowsEmptySide: true,
  async write(corpus, out) {
    const w = new ChunkWriter(out);
    for await (const unit of corpus.units) {
      w.add(JSON.stringify(jsonlRecord(unit)) + "\n");
      await w.maybeFlush();
    }
    await w.flush();
  },
};
