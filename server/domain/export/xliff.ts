/**
 * XLIFF 1.2, valid against the strict schema (../shared/schemas/xliff-core-1.2-strict.xsd): one
 * `file` per document (original = `mizan:document/<id>`, the title and publication date as header
 * notes), one `trans-unit` per pair (id = unit id) with English source and Arabic target. The
 * target's `state` comes from the pair's status: confirmed pairs are `final` (and the unit
 * `approved`), pairs the aligner made and nobody confirmed are `needs-review-translation`. A
 * rejected pair (exported only when asked) is `needs-review-translation` too, with mizan's own
 * `state-qualifier` (XLIFF_REJECTED; the schema allows `x-` values), so that mizan's importer
 * brings it back rejected, not confirmed. The row's status in words (auto, confirmed, rejected),
 * its score and any open findings are notes, which CAT tools show beside the segment.
 */
import { ChunkWriter } from "./chunk-writer.js";
import { escapeXmlAttribute as attr, escapeXmlText as text, joinParagraphs } from "./escape.js";
import type { ExportUnit, SingleFileExporter } from "./types.js";

export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2";

/** The `from` of the notes mizan writes, also read back by the importer. */
export const XLIFF_NOTES = { title: "mizan-title", published: "mizan-published", score: "mizan-score", status: "mizan-status", findings: "mizan-findings" } as const;

/** The `state-qualifier` of a rejected pair's target, also read back by the importer. */
export const XLIFF_REJECTED = "x-mizan-rejected";

export function xliffState(status: ExportUnit["status"]): string {
  return status === "confirmed" ? "final" : "needs-review-translation";
}

const qualifierOf = (status: ExportUnit["status"]): string => (status === "rejected" ? ` state-qualifier="${XLIFF_REJECTED}"` : "");

function openFile(unit: ExportUnit, date: string, tool: { name: string; version: string }): string {
  return (
    `  <file original="mizan:document/${unit.documentId}" source-language="en" target-language="ar" datatype="plaintext" date="${date}" tool-id="${attr(tool.name)}">\n` +
    `    <header>\n` +
    `      <tool tool-id="${attr(tool.name)}" tool-name="${attr(tool.name)}" tool-version="${attr(tool.version)}"/>\n` +
    `      <note from="${XLIFF_NOTES.title}">${text(unit.documentTitle)}</note>\n` +
    (unit.published ? `      <note from="${XLIFF_NOTES.published}">${text(unit.published)}</note>\n` : "") +
    `    </header>\n    <body>\n`
  );
}

const CLOSE_FILE = "    </body>\n  </file>\n";

function transUnit(unit: ExportUnit): string {
  const approved = unit.status === "confirmed" ? ` approved="yes"` : "";
  const findings = unit.openFindings > 0
    ? `        <note from="${XLIFF_NOTES.findings}" priority="2">${unit.openFindings} open finding${unit.openFindings === 1 ? "" : "s"}</note>\n`
    : "";
  return (
    `      <trans-unit id="${attr(unit.id)}"${approved} xml:space="preserve">\n` +
    `        <source xml:lang="en">${text(joinParagraphs(unit.en))}</source>\n` +
    `        <target xml:lang="ar" state="${xliffState(unit.status)}"${qualifierOf(unit.status)}>${text(joinParagraphs(unit.ar))}</target>\n` +
    `        <note from="${XLIFF_NOTES.status}">${unit.status}</note>\n` +
    `        <note from="${XLIFF_NOTES.score}">${unit.score}</note>\n` +
    findings +
    `      </trans-unit>\n`
  );
}

export const xliff: SingleFileExporter = {
  id: "xliff",
  kind: "single",
  extension: "xlf",
  contentType: "application/xliff+xml; charset=utf-8",
  allowsEmptySide: true,
  async write(corpus, out) {
    const date = corpus.meta.createdAt.toISOString().replace(/\.\d{3}/u, "");
    const w = new ChunkWriter(out);
    w.add(`<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF_NS}">\n`);
    let current: number | null = null;
    for await (const unit of corpus.units) {
      if (unit.documentId !== current) {
        if (current !== null) w.add(CLOSE_FILE);
        w.add(openFile(unit, date, corpus.meta.tool));
        current = unit.documentId;
      }
      w.add(transUnit(unit));
      await w.maybeFlush();
    }
    // The schema wants at least one file: an empty export is one empty file, not an invalid document.
    if (current === null) {
      w.add(`  <file original="mizan:empty" source-language="en" target-language="ar" datatype="plaintext" date="${date}">\n    <body>\n`);
    }
    w.add(CLOSE_FILE + "</xliff>\n");
    await w.flush();
  },
};
