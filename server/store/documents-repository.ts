/**
 * SQLite: documents (an edition pair) and their paragraphs. A deleted document (deleted_at set,
 * store/document-lifecycle.ts) is invisible to every reader here: the list, getDocument, the count.
 * The corpus table's page is filtered, ordered and cut in SQL (migration 17's indexes), and the
 * per-document counts are read for that page's documents only: at archive scale the counts of
 * every document were the slow part.
 */
import { bySql, type SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";
import type { CorpusListing, CorpusListingPage, CorpusOrder, DocumentRecord, DocumentSummary, NewDocument, ParagraphRecord, DocumentStatus } from "./types.js";
import type { Side } from "../domain/align/types.js";

export type DocumentRow = {
  id: number; title: string; title_ar: string; source_url_en: string; source_url_ar: string;
  published_en: string | null; published_ar: string | null; status: DocumentStatus;
  created_at: string; updated_at: string; updated_by: string | null; version: number;
  deleted_at?: string | null; deleted_by?: string | null;
};

export function toRecord(r: DocumentRow): DocumentRecord {
  return {
    id: r.id, title: r.title, titleAr: r.title_ar, sourceUrlEn: r.source_url_en, sourceUrlAr: r.source_url_ar,
    publishedEn: r.published_en, publishedAr: r.published_ar, status: r.status,
    createdAt: r.created_at, updatedAt: r.updated_at, updatedBy: r.updated_by, version: r.version,
  };
}

/** Inserts the document row and its paragraphs; returns the id and the paragraph ids per side. */
export function insertDocument(db: SqlDatabase, doc: NewDocument, user: string): { id: number; en: number[]; ar: number[] } {
  const now = new Date().toISOString();
  const result = statement(db, 
    `INSERT INTO documents (title, title_ar, source_url_en, source_url_ar, published_en, published_ar, created_at, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(doc.title, doc.titleAr ?? "", doc.sourceUrlEn ?? "", doc.sourceUrlAr ?? "", doc.publishedEn ?? null, doc.publishedAr ?? null, now, now, user);
  const id = Number(result.lastInsertRowid);
  const insert = statement(db, "INSERT INTO paragraphs (document_id, side, position, text, boilerplate) VALUES (?, ?, ?, ?, ?)");
  const ids = (side: Side, paragraphs: NewDocument["en"]) =>
    paragraphs.map((p, position) => Number(insert.run(id, side, position, p.text, p.boilerplate).lastInsertRowid));
  return { id, en: ids("en", doc.en), ar: ids("ar", doc.ar) };
}

/** A document's progress counts, as columns of a query over `documents d`. */
const COUNTS = `
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id) AS beads,
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id AND b.status = 'confirmed') AS confirmed,
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id AND b.status = 'rejected') AS rejected,
       (SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id AND p.side = 'en') AS paragraphs_en,
       (SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id AND p.side = 'ar') AS paragraphs_ar,
       (SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id) AS findings`;
type SummaryRow = DocumentRow & { beads: number; confirmed: number; rejected: number; paragraphs_en: number; paragraphs_ar: number; findings: number };
const toSummary = (r: SummaryRow): DocumentSummary =>
  ({ ...toRecord(r), beads: r.beads, confirmed: r.confirmed, rejected: r.rejected, paragraphsEn: r.paragraphs_en, paragraphsAr: r.paragraphs_ar, findings: r.findings });

export function listDocuments(db: SqlDatabase): DocumentSummary[] {
  const rows = statement(db, 
    `SELECT d.*,${COUNTS}
     FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC`,
  ).all() as SummaryRow[];
  return rows.map(toSummary);
}

/**
 * What each order sorts by (ties by id in the same direction; no date sorts last either way).
 * Title is not here: SQLite has no collation for "case-insensitive, accents ignored, numbers by
 * value" (Intl.Collator), so the matching ids and titles are read narrow and sorted by TITLES.
 */
const ORDER_BY: Record<Exclude<CorpusOrder, "title">, string> = {
  "published-en": "d.published_en",
  "published-ar": "d.published_ar",
  imported: "d.created_at",
  status: "CASE d.status WHEN 'open' THEN 0 WHEN 'finished' THEN 1 WHEN 'locked' THEN 2 ELSE 3 END",
  findings: "(SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id)",
  updated: "d.updated_at",
};
const TITLES = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The WHERE clause of a listing's filter and its parameters; the date is the publication date, else the import day. */
function corpusWhere(listing: CorpusListing): { where: string; params: string[] } {
  const parts = ["d.deleted_at IS NULL"];
  const params: string[] = [];
  if (listing.needle) { parts.push("instr(mizan_fold(d.title || ' ' || d.title_ar), ?) > 0"); params.push(listing.needle); }
  if (listing.status) { parts.push("d.status = ?"); params.push(listing.status); }
  const date = "COALESCE(d.published_en, d.published_ar, substr(d.created_at, 1, 10))";
  if (listing.from) { parts.push(`${date} >= ?`); params.push(listing.from); }
  if (listing.to) { parts.push(`${date} <= ?`); params.push(listing.to); }
  return { where: parts.join(" AND "), params };
}

/** One page of the corpus table with the total; a page past the end is the last one. */
export function listCorpusPage(db: SqlDatabase, listing: CorpusListing): CorpusListingPage {
  const { where, params } = corpusWhere(listing);
  const total = (statement(db, `SELECT COUNT(*) AS n FROM documents d WHERE ${where}`).get(...params) as { n: number }).n;
  const size = Math.max(1, listing.pageSize);
  const page = Math.min(Math.max(1, listing.page), Math.max(1, Math.ceil(total / size)));
  const offset = (page - 1) * size;
  const dir = listing.direction === "asc" ? "ASC" : "DESC";
  let ids: number[];
  if (listing.order === "title") {
    const sign = dir === "ASC" ? 1 : -1;
    const rows = statement(db, `SELECT d.id, d.title FROM documents d WHERE ${where}`).all(...params) as { id: number; title: string }[];
    ids = rows.sort((a, b) => sign * (TITLES.compare(a.title, b.title) || a.id - b.id)).slice(offset, offset + size).map((r) => r.id);
  } else {
    ids = (statement(db, `SELECT d.id FROM documents d WHERE ${where} ORDER BY ${ORDER_BY[listing.order]} ${dir} NULLS LAST, d.id ${dir} LIMIT ? OFFSET ?`)
      .all(...params, size, offset) as { id: number }[]).map((r) => r.id);
  }
  const rows = statement(db, `SELECT d.*,${COUNTS} FROM ${bySql(db, { sqlite: "json_each(?) AS page", postgres: "json_array_elements_text(CAST(? AS json)) WITH ORDINALITY AS page(value, key)" })} JOIN documents d ON d.id = CAST(page.value AS BIGINT) ORDER BY page.key`)
    .all(JSON.stringify(ids)) as SummaryRow[];
  return { total, page, documents: rows.map(toSummary) };
}

export function getDocument(db: SqlDatabase, id: number): DocumentRecord | null {
  const row = statement(db, "SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL").get(id) as DocumentRow | undefined;
  return row ? toRecord(row) : null;
}

/** How many documents there are: live ones, or with `includeDeleted` those waiting to be purged too. */
export function countDocuments(db: SqlDatabase, includeDeleted = false): number {
  return (statement(db, `SELECT COUNT(*) AS n FROM documents${includeDeleted ? "" : " WHERE deleted_at IS NULL"}`).get() as { n: number }).n;
}

export function getParagraphs(db: SqlDatabase, documentId: number, side: Side): ParagraphRecord[] {
  return statement(db, 
    "SELECT id, side, position, text, boilerplate, version FROM paragraphs WHERE document_id = ? AND side = ? ORDER BY position",
  ).all(documentId, side) as ParagraphRecord[];
}

export function touchDocument(db: SqlDatabase, id: number, user: string): void {
  statement(db, "UPDATE documents SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?").run(new Date().toISOString(), user, id);
}
