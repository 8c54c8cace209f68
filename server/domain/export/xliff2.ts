/**
 * XLIFF 2.0 (OASIS core): one `file` per document (id `d<document id>`, original
 * `mizan:document/<id>`, the title and publication date as file notes), one `unit` per pair with one
 * `segment` whose `state` comes from the pair's status (confirmed = final, otherwise translated),
 * the row's status, score and open findings as unit notes. Written because XLIFF 2 tools no longer read 1.2 and
 * the cost is one module; no schema ships in ../shared/schemas, so tests check it by parsing.
 */
import { ChunkWriter } from "./chunk-writer.js";
import { escapeXmlAttribute as attr, escapeXmlText as text, joinParagraphs } from "./escape.js";
import type { ExportUnit, SingleFileExporter } from "./types.js";

export const XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0";

function openFile(unit: ExportUnit): string {
  return (
    `  <file id="d${unit.documentId}" original="mizan:document/${unit.documentId}">\n` +
    `    <notes>\n      <note category="mizan-title">${text(unit.documentTitle)}</note>\n` +
    (unit.published ? `      <note category="mizan-published">${text(unit.published)}</note>\n` : "") +
    `    </notes>\n`
  );
}

function unitXml(unit: ExportUnit): string {
  const findings = unit.openFindings > 0 ? `        <note category="mizan-findings" priority="2">${unit.openFindings}</note>\n` : "";
  return (
    `    <unit id="u${attr(unit.id)}">\n` +
    `      <notes>\n        <note category="mizan-status">${unit.status}</note>\n        <note category="mizan-score">${unit.score}</note>\n${findings}      </notes>\n` +
    `      <segment id="s1" state="${unit.status === "confirmed" ? "final" : "translated"}">\n` +
    `        <source xml:space="preserve">${text(joinParagraphs(unit.en))}</source>\n` +
    `        <target xml:space="preserve">${text(joinParagraphs(unit.ar))}</target>\n` +
    `      </segment>\n    </unit>\n`
  );
}

export const xliff2: SingleFileExporter = {
  id: "xliff2",
  kind: "single",
  extension: "xliff",
  contentType: "application/xliff+xml; charset=utf-8",
  allowsEmptySide: true,
  async write(corpus, out) {
    const w = new ChunkWriter(out);
    w.add(`<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${XLIFF2_NS}" version="2.0" srcLang="en" trgLang="ar">\n`);
    let current: number | null = null;
    for await (const unit of corpus.units) {
      if (unit.documentId !== current) {
        if (current !== null) w.add("  </file>\n");
        w.add(openFile(unit));
        current = unit.documentId;
      }
      w.add(unitXml(unit));
      await w.maybeFlush();
    }
    if (current !== null) w.add("  </file>\n");
    w.add("</xliff>\n");
    await w.flush();
  },
};
