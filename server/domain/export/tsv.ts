/**
 * TSV and CSV for spreadsheets and quick review: a header row, then one row per pair with the
 * document id and title, unit id, status, score, open findings, English and Arabic. Both use
 * RFC 4180 quoting with their own separator (so a tab or newline inside a paragraph survives in
 * TSV too), CRLF line ends, cells starting with = + - @ defused, and an optional UTF-8 byte order
 * mark (`--bom`) that Excel needs to read Arabic correctly. See escape.ts for the rules.
 */
import { BOM, ChunkWriter } from "./chunk-writer.js";
import { delimitedField, joinParagraphs } from "./escape.js";
import type { ExportUnit, SingleFileExporter } from "./types.js";

export const DELIMITED_COLUMNS = ["document_id", "document_title", "published", "unit_id", "status", "score", "open_findings", "en", "ar"] as const;

function cells(unit: ExportUnit): string[] {
  return [
    String(unit.documentId), unit.documentTitle, unit.published ?? "", unit.id, unit.status, String(unit.score),
    String(unit.openFindings), joinParagraphs(unit.en), joinParagraphs(unit.ar),
  ];
}

function delimited(id: string, separator: "\t" | ",", extension: string, contentType: string): SingleFileExporter {
  const row = (values: readonly string[]) => values.map((v) => delimitedField(v, separator)).join(separator) + "\r\n";
  return {
    id,
    kind: "single",
    extension,
    contentType,
    allowsEmptySide: true,
    async write(corpus, out, options = {}) {
      const w = new ChunkWriter(out);
      w.add((options.bom ? BOM : "") + row(DELIMITED_COLUMNS));
      for await (const unit of corpus.units) {
        w.add(row(cells(unit)));
        await w.maybeFlush();
      }
      await w.flush();
    },
  };
}

export const tsv = delimited("tsv", "\t", "tsv", "text/tab-separated-values; charset=utf-8");
export const csv = delimited("csv", ",", "csv", "text/csv; charset=utf-8");
