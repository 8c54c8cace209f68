/**
 * SQLite: alignment operations that change a few neighbouring rows (merge, split, shift, gap,
 * detach) written locally: the rows of a small window are read, replaced by the new ones, and the
 * rows after the window move by the difference, without reading or rewriting the document's other
 * rows. The history entry ("splice") holds only the window before and after, by paragraph ids, so
 * undo and redo are local too.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BeadStatus } from "./types.js";
import type { BeadSignals } from "../domain/align/types.js";
import { statement } from "./statements.js";
import { ConflictError } from "./conflict-error.js";
import { expectBeads } from "./beads-repository.js";
import { recordChange } from "./history-writer.js";
import { prepareScorer, rescoreBeads, type BeadScorer } from "./bead-scores.js";

/** A row of a window, with its paragraphs by position (for the domain) and by id (for storage). */
export type WindowRow = {
  id: number; version: number; status: BeadStatus; score: number;
  en: number[]; ar: number[]; enIds: number[]; arIds: number[];
};

/** A new row of a window: paragraphs by position, status, score and signals. */
export type NewRow = { en: number[]; ar: number[]; status: BeadStatus; score: number; signals: BeadSignals };

/** What a splice history entry stores: the window's first position and its rows by paragraph ids. */
type StoredWindow = { from: number; rows: { enIds: number[]; arIds: number[]; status: BeadStatus; score: number }[] };

/** The rows at positions [from, from + count) of a document, with their paragraphs. */
export function readWindow(db: SqlDatabase, documentId: number, from: number, count: number): WindowRow[] {
  const rows = statement(db, "SELECT id, version, status, score, position FROM beads WHERE document_id = ? AND position >= ? AND position < ? ORDER BY position")
    .all(documentId, from, from + count) as { id: number; version: number; status: BeadStatus; score: number; position: number }[];
  const members = statement(
    db,
    `SELECT bp.bead_id, p.side, p.position, p.id FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id
     WHERE bp.bead_id IN (SELECT id FROM beads WHERE document_id = ? AND position >= ? AND position < ?) ORDER BY p.side, p.position`,
  ).raw(true).all(documentId, from, from + count) as [number, "en" | "ar", number, number][];
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, version: r.version, status: r.status, score: r.score, en: [] as number[], ar: [] as number[], enIds: [] as number[], arIds: [] as number[] }]));
  for (const [beadId, side, position, paragraphId] of members) {
    const row = byId.get(beadId);
    if (!row) continue;
    row[side].push(position);
    (side === "en" ? row.enIds : row.arIds).push(paragraphId);
  }
  return rows.map((r) => byId.get(r.id) as WindowRow);
}

function sameRow(a: { enIds: number[]; arIds: number[]; status: BeadStatus }, b: { enIds: number[]; arIds: number[]; status: BeadStatus }): boolean {
  return a.status === b.status && a.enIds.join(",") === b.enIds.join(",") && a.arIds.join(",") === b.arIds.join(",");
}

/** Replaces the rows at [from, from + oldCount) by `rows` (paragraphs by id); later rows move. Returns the new rows' ids. */
function writeWindow(db: SqlDatabase, documentId: number, from: number, oldCount: number, rows: (StoredWindow["rows"][number] & { signals?: BeadSignals })[]): number[] {
  statement(db, "DELETE FROM beads WHERE document_id = ? AND position >= ? AND position < ?").run(documentId, from, from + oldCount);
  const delta = rows.length - oldCount;
  if (delta !== 0) statement(db, "UPDATE beads SET position = position + ? WHERE document_id = ? AND position >= ?").run(delta, documentId, from + oldCount);
  const insert = statement(db, "INSERT INTO beads (document_id, position, status, score, signals) VALUES (?, ?, ?, ?, ?)");
  const member = statement(db, "INSERT INTO bead_paragraphs (bead_id, paragraph_id) VALUES (?, ?)");
  return rows.map((row, k) => {
    const signals = row.signals ?? { shape: `${row.enIds.length}-${row.arIds.length}` };
    const id = Number(insert.run(documentId, from + k, row.status, row.score, JSON.stringify(signals)).lastInsertRowid);
    for (const p of [...row.enIds, ...row.arIds]) member.run(id, p);
    return id;
  });
}

/**
 * One local alignment operation: `compute` receives the rows at [from, from + count) and returns
 * the rows to put in their place (paragraph positions as in the window). Rows the operation left
 * as they were, at either end of the window, keep their ids and versions; the new rows are scored
 * again by `scorer` (when given) with the document as it now stands.
 */
export function spliceRows(
  db: SqlDatabase, documentId: number, from: number, count: number, compute: (window: WindowRow[]) => NewRow[],
  user: string, action: string, expected: { id: number; version: number }[], scorer?: BeadScorer,
): number {
  return db.transaction(() => {
    expectBeads(db, documentId, expected);
    const window = readWindow(db, documentId, from, count);
    const idOf = new Map<string, number>();
    for (const row of window) {
      row.en.forEach((p, k) => idOf.set(`en:${p}`, row.enIds[k] ?? -1));
      row.ar.forEach((p, k) => idOf.set(`ar:${p}`, row.arIds[k] ?? -1));
    }
    const next = compute(window).map((r) => ({
      enIds: r.en.map((p) => idOf.get(`en:${p}`) ?? -1), arIds: r.ar.map((p) => idOf.get(`ar:${p}`) ?? -1),
      status: r.status, score: r.score, signals: r.signals,
    }));
    if (next.some((r) => r.enIds.includes(-1) || r.arIds.includes(-1))) throw new ConflictError(`document:${documentId}`);
    // Trim the rows that did not change at both ends of the window.
    let head = 0;
    while (head < window.length && head < next.length && sameRow(window[head] as WindowRow, next[head] as StoredWindow["rows"][number])) head++;
    let tail = 0;
    while (tail < window.length - head && tail < next.length - head && sameRow(window[window.length - 1 - tail] as WindowRow, next[next.length - 1 - tail] as StoredWindow["rows"][number])) tail++;
    const oldRows = window.slice(head, window.length - tail);
    const newRows = next.slice(head, next.length - tail);
    prepareScorer(db, documentId, scorer);
    rescoreBeads(db, documentId, writeWindow(db, documentId, from + head, oldRows.length, newRows), scorer);
    const strip = (r: { enIds: number[]; arIds: number[]; status: BeadStatus; score: number }) => ({ enIds: r.enIds, arIds: r.arIds, status: r.status, score: r.score });
    const before: StoredWindow = { from: from + head, rows: oldRows.map(strip) };
    const after: StoredWindow = { from: from + head, rows: newRows.map(strip) };
    return recordChange(db, documentId, user, "splice", action, `document:${documentId}`, before, after);
  }).immediate();
}

/** Undo or redo of a splice: the window must hold exactly the rows the change left there. Returns the ids of the rows put back. */
export function travelSplice(db: SqlDatabase, documentId: number, from: unknown, to: unknown): number[] {
  const current = from as StoredWindow;
  const target = to as StoredWindow;
  const window = readWindow(db, documentId, current.from, current.rows.length);
  const matches = window.length === current.rows.length && window.every((row, k) => sameRow(row, current.rows[k] as StoredWindow["rows"][number]));
  if (!matches) throw new ConflictError(`document:${documentId}`);
  return writeWindow(db, documentId, current.from, current.rows.length, target.rows);
}
