/**
 * SQLite: documents (an edition pair) and their paragraphs. A deleted document (deleted_at set,
 * store/document-lifecycle.ts) is invisible to every reader here: the list, getDocument, the count.
 */
import type { SqliteDatabase } from "./open-database.js";
import { statement } from "./statements.js";
import type { DocumentRecord, DocumentSummary, NewDocument, ParagraphRecord, DocumentStatus } from "./types.js";
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
export function insertDocument(db: SqliteDatabase, doc: NewDocument, user: string): { id: number; en: number[]; ar: number[] } {
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

export function listDocuments(db: SqliteDatabase): DocumentSummary[] {
  const rows = statement(db, 
    `SELECT d.*,
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id) AS beads,
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id AND b.status = 'confirmed') AS confirmed,
       (SELECT COUNT(*) FROM beads b WHERE b.document_id = d.id AND b.status = 'rejected') AS rejected,
       (SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id AND p.side = 'en') AS paragraphs_en,
       (SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id AND p.side = 'ar') AS paragraphs_ar,
       (SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id) AS findings
     FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC`,
  ).all() as (DocumentRow & { beads: number; confirmed: number; rejected: number; paragraphs_en: number; paragraphs_ar: number; findings: number })[];
  return rows.map((r) => ({ ...toRecord(r), beads: r.beads, confirmed: r.confirmed, rejected: r.rejected, paragraphsEn: r.paragraphs_en, paragraphsAr: r.paragraphs_ar, findings: r.findings }));
}

export function getDocument(db: SqliteDatabase, id: number): DocumentRecord | null {
  const row = statement(db, "SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL").get(id) as DocumentRow | undefined;
  return row ? toRecord(row) : null;
}

/** How many documents there are: live ones, or with `includeDeleted` those waiting to be purged too. */
export function countDocuments(db: SqliteDatabase, includeDeleted = false): number {
  return (statement(db, `SELECT COUNT(*) AS n FROM documents${includeDeleted ? "" : " WHERE deleted_at IS NULL"}`).get() as { n: number }).n;
}

export function getParagraphs(db: SqliteDatabase, documentId: number, side: Side): ParagraphRecord[] {
  return statement(db, 
    "SELECT id, side, position, text, boilerplate, version FROM paragraphs WHERE document_id = ? AND side = ? ORDER BY position",
  ).all(documentId, side) as ParagraphRecord[];
}

export function touchDocument(db: SqliteDatabase, id: number, user: string): void {
  statement(db, "UPDATE documents SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?").run(new Date().toISOString(), user, id);
}
