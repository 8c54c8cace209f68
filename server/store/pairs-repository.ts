/**
 * SQLite: the corpus as a stream of pairs (bead + its paragraph texts), for exports and other
 * corpus-wide readers. Rows come from one statement iterated lazily, so memory stays flat however
 * large the corpus. A pair's row number (as the alignment view numbers rows) is computed by the same
 * statement, a window over all the document's beads before any filter, so a filtered export still
 * says the row numbers the reviewer sees.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BeadStatus, CorpusPair, PairFilter } from "./types.js";
import type { BeadSignals } from "../domain/align/types.js";

type PairRow = {
  document_id: number; title: string; published: string | null; bead_id: number; position: number; row_number: number; boilerplate: number;
  status: BeadStatus; score: number; signals: string; en: string; ar: string; open_findings: number;
};

const SIDE_TEXTS = (side: "en" | "ar") => `(
  SELECT COALESCE(json_group_array(text), '[]') FROM (
    SELECT p.text FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id
    WHERE bp.bead_id = b.id AND p.side = '${side}' ORDER BY p.position) AS texts)`;

export function* iteratePairs(db: SqlDatabase, filter: PairFilter): IterableIterator<CorpusPair> {
  // A deleted document is never exported.
  const where: string[] = ["d.deleted_at IS NULL"];
  const params: Record<string, unknown> = {};
  // Rejected pairs are kept in the documents but never read as pairs unless asked for.
  const statuses = (filter.status ?? "confirmed") === "confirmed" ? ["confirmed"] : ["auto", "confirmed"];
  if (filter.includeRejected) statuses.push("rejected");
  where.push(`b.status IN (${statuses.map((s) => `'${s}'`).join(", ")})`);
  if (filter.minScore !== undefined) {
    where.push("b.score >= @minScore");
    params.minScore = filter.minScore;
  }
  if (filter.documentIds && filter.documentIds.length > 0) {
    where.push(`b.document_id IN (${filter.documentIds.map((id) => Number(id)).filter(Number.isInteger).join(",") || "NULL"})`);
  }
  if (filter.since) {
    where.push("COALESCE(d.published_en, d.published_ar, substr(d.created_at, 1, 10)) >= @since");
    params.since = filter.since;
  }
  if (filter.until) {
    where.push("COALESCE(d.published_en, d.published_ar, substr(d.created_at, 1, 10)) <= @until");
    params.until = filter.until;
  }
  const openFindings = `(SELECT COUNT(*) FROM findings f WHERE f.status = 'open' AND (f.bead_id = b.id OR f.paragraph_id IN (SELECT paragraph_id FROM bead_paragraphs WHERE bead_id = b.id)))`;
  // All paragraphs tagged boilerplate (and at least one paragraph).
  const boilerplate = `(SELECT COUNT(*) > 0 AND COUNT(*) = COUNT(p.boilerplate) FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id)`;
  // Row numbers over every bead of the selected documents, rejected ones included, as on screen.
  const numbered = filter.documentIds && filter.documentIds.length > 0
    ? `(SELECT *, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY position) AS row_number FROM beads WHERE document_id IN (${filter.documentIds.map((id) => Number(id)).filter(Number.isInteger).join(",") || "NULL"}))`
    : "(SELECT *, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY position) AS row_number FROM beads)";
  const sql = `
    SELECT b.document_id, d.title, COALESCE(d.published_en, d.published_ar) AS published, b.id AS bead_id, b.position, b.row_number,
           b.status, b.score, b.signals, ${SIDE_TEXTS("en")} AS en, ${SIDE_TEXTS("ar")} AS ar, ${openFindings} AS open_findings, ${boilerplate} AS boilerplate
    FROM ${numbered} b JOIN documents d ON d.id = b.document_id
    WHERE ${where.join(" AND ")}
    ORDER BY b.document_id, b.position`;
  for (const row of db.prepare(sql).iterate(params) as IterableIterator<PairRow>) {
    const pair: CorpusPair = {
      documentId: row.document_id, documentTitle: row.title, published: row.published, beadId: row.bead_id,
      position: row.position, row: row.row_number, status: row.status, score: row.score, signals: JSON.parse(row.signals) as BeadSignals,
      en: JSON.parse(row.en) as string[], ar: JSON.parse(row.ar) as string[], openFindings: row.open_findings,
      boilerplate: row.boilerplate === 1,
    };
    if (!filter.oneSided && (pair.en.length === 0 || pair.ar.length === 0)) continue;
    if (filter.withoutOpenFindings && pair.openFindings > 0) continue;
    yield pair;
  }
}
