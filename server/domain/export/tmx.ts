/**
 * TMX 1.4b, the translation-memory exchange format CAT tools read (valid against
 * ../shared/schemas/tmx14.dtd). The header says the source language is English, the segment type
 * (paragraph or sentence), the creation tool, version and date; each pair is one `tu` (tuid =
 * unit id, `<document>-<row>` as on screen) with props for the document id, title and publication
 * date, the row's status (`x-status`: auto, confirmed, rejected) and score (`x-score`), open
 * findings, then a `tuv` per language. Paragraphs of one side are joined by newlines; an
 * empty side is an empty `seg`. No DOCTYPE is written: readers need none, and some would try to
 * fetch the DTD.
 */
import { ChunkWriter } from "./chunk-writer.js";
import { escapeXmlAttribute as attr, escapeXmlText as text, joinParagraphs } from "./escape.js";
import type { ExportUnit, SingleFileExporter } from "./types.js";

/** TMX dates: yyyymmddThhmmssZ (UTC). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, "").replace(/\.\d{3}/u, "");
}

/** The `prop` types mizan writes on every `tu`, also read back by the TMX importer. */
export const TMX_PROPS = {
  documentId: "x-mizan-document-id",
  documentTitle: "x-mizan-document-title",
  published: "x-mizan-published",
  status: "x-status",
  score: "x-score",
  openFindings: "x-mizan-open-findings",
} as const;

/** The names files exported before `x-status`/`x-score` used; the importer still reads them. */
export const LEGACY_TMX_PROPS = { status: "x-mizan-status", score: "x-mizan-score" } as const;

function prop(type: string, value: string): string {
  return `      <prop type="${type}">${text(value)}</prop>\n`;
}

function tu(unit: ExportUnit): string {
  return (
    `    <tu tuid="${attr(unit.id)}">\n` +
    prop(TMX_PROPS.documentId, String(unit.documentId)) +
    prop(TMX_PROPS.documentTitle, unit.documentTitle) +
    (unit.published ? prop(TMX_PROPS.published, unit.published) : "") +
    prop(TMX_PROPS.status, unit.status) +
    prop(TMX_PROPS.score, String(unit.score)) +
    prop(TMX_PROPS.openFindings, String(unit.openFindings)) +
    `      <tuv xml:lang="en"><seg>${text(joinParagraphs(unit.en))}</seg></tuv>\n` +
    `      <tuv xml:lang="ar"><seg>${text(joinParagraphs(unit.ar))}</seg></tuv>\n` +
    `    </tu>\n`
  );
}

export const tmx: SingleFileExporter = {
  id: "tmx",
  kind: "single",
  extension: "tmx",
  contentType: "application/x-tmx+xml; charset=utf-8",
  allowsEmptySide: true,
  async write(corpus, out) {
    const { meta } = corpus;
    const w = new ChunkWriter(out);
    w.add(
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n` +
      `  <header creationtool="${attr(meta.tool.name)}" creationtoolversion="${attr(meta.tool.version)}" segtype="${meta.granularity === "sentence" ? "sentence" : "paragraph"}"` +
      ` o-tmf="${attr(meta.tool.name)}" adminlang="en" srclang="en" datatype="plaintext" creationdate="${tmxDate(meta.createdAt)}">\n` +
      `    <prop type="x-mizan-corpus">${text(meta.name)}</prop>\n` +
      `  </header>\n  <body>\n`,
    );
    for await (const unit of corpus.units) {
      w.add(tu(unit));
      await w.maybeFlush();
    }
    w.add("  </body>\n</tmx>\n");
    await w.flush();
  },
};
