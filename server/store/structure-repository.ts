/**
 * SQLite: splitting a paragraph in two and joining it with the next, each in one transaction with
 * its history entry ("structure": one side's paragraphs and the document's beads, before and
 * after). How the beads follow is pure domain code (domain/review/paragraph-structure.ts); here
 * the state is read, handed over, and written back.
 */
import { bySql, type SqlDatabase } from "./sql-database.js";
import type { Side } from "../domain/align/types.js";
import { joinParagraphIn, splitParagraphIn } from "../domain/review/paragraph-structure.js";
import { statement } from "./statements.js";
import { ConflictError } from "./conflict-error.js";
import { getBeads } from "./beads-repository.js";
import { readParagraph, snapshotOf, writeBeads, type ParagraphSnapshot, type StructureSnapshot } from "./edits-repository.js";
import { recordChange } from "./history-writer.js";
import { rescoreBeads, type BeadScorer } from "./bead-scores.js";

/** One side's paragraphs, in order, and the document's beads. */
export function sideSnapshot(db: SqlDatabase, documentId: number, side: Side): StructureSnapshot {
  const paragraphs = statement(db, "SELECT id, text, boilerplate FROM paragraphs WHERE document_id = ? AND side = ? ORDER BY position").all(documentId, side) as ParagraphSnapshot[];
  return { side, paragraphs, beads: snapshotOf(getBeads(db, documentId)) };
}

/**
 * Writes one side's paragraphs (ids kept, new ones inserted, missing ones deleted) and the beads,
 * which are all written anew and so scored again by `scorer` (when given).
 */
export function writeStructure(db: SqlDatabase, documentId: number, state: StructureSnapshot, scorer?: BeadScorer): void {
  const existing = new Map((statement(db, "SELECT id, text FROM paragraphs WHERE document_id = ? AND side = ?").all(documentId, state.side) as { id: number; text: string }[]).map((r) => [r.id, r.text]));
  const keep = new Set(state.paragraphs.map((p) => p.id));
  // Paragraphs are deleted, moved, inserted; then the rows are written to the state's (writeBeads
  // keeps every row whose paragraphs are unchanged, with its id, so history that names a row by
  // its id still finds it after an undo or redo of a split or join).
  const remove = statement(db, "DELETE FROM paragraphs WHERE id = ?");
  for (const id of existing.keys()) if (!keep.has(id)) remove.run(id);
  const update = statement(db, "UPDATE paragraphs SET position = ?, text = ?, version = version + (CASE WHEN text = ? THEN 0 ELSE 1 END) WHERE id = ?");
  const insert = statement(db, "INSERT INTO paragraphs (id, document_id, side, position, text, boilerplate) VALUES (?, ?, ?, ?, ?, ?)");
  const insertNew = statement(db, "INSERT INTO paragraphs (document_id, side, position, text, boilerplate) VALUES (?, ?, ?, ?, ?)");
  state.paragraphs.forEach((p, position) => {
    if (existing.has(p.id)) update.run(-1 - position, p.text, p.text, p.id);
    else if (p.id > 0) insert.run(p.id, documentId, state.side, -1 - position, p.text, p.boilerplate);
    else insertNew.run(documentId, state.side, -1 - position, p.text, p.boilerplate);
  });
  statement(db, "UPDATE paragraphs SET position = -1 - position WHERE document_id = ? AND side = ? AND position < 0").run(documentId, state.side);
  writeBeads(db, documentId, state.beads);
  // Every row is scored again: a paragraph more or less on one side moves every row's expected place.
  const rows = (statement(db, "SELECT id FROM beads WHERE document_id = ? ORDER BY position").all(documentId) as { id: number }[]).map((r) => r.id);
  rescoreBeads(db, documentId, rows, scorer);
}

/** Splits a paragraph in two at a UTF-16 offset; the new paragraph joins the same row. */
export function splitParagraph(db: SqlDatabase, paragraphId: number, baseVersion: number, offset: number, user: string, scorer?: BeadScorer): { newParagraphId: number } {
  return db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    const before = sideSnapshot(db, row.document_id, row.side);
    // A new paragraph's id, taken from the engine's own generator (PostgreSQL's sequence must move past it).
    const nextId = (statement(db, bySql(db, {
      sqlite: "SELECT COALESCE(MAX(id), 0) + 1 AS id FROM paragraphs",
      postgres: "SELECT nextval(pg_get_serial_sequence('paragraphs', 'id')) AS id",
    })).get() as { id: number }).id;
    const after: StructureSnapshot = { side: row.side, ...splitParagraphIn(before, row.side, row.position, offset, nextId) };
    writeStructure(db, row.document_id, after, scorer);
    recordChange(db, row.document_id, user, "structure", "split-paragraph", `paragraph:${paragraphId}`, before, after);
    return { newParagraphId: nextId };
  }).immediate();
}

/** Joins a paragraph with the next one on its side; rows between them are merged into one. */
export function joinWithNext(db: SqlDatabase, paragraphId: number, baseVersion: number, user: string, scorer?: BeadScorer): void {
  db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    const before = sideSnapshot(db, row.document_id, row.side);
    const after: StructureSnapshot = { side: row.side, ...joinParagraphIn(before, row.side, row.position) };
    writeStructure(db, row.document_id, after, scorer);
    recordChange(db, row.document_id, user, "structure", "join-paragraphs", `paragraph:${paragraphId}`, before, after);
  }).immediate();
}
