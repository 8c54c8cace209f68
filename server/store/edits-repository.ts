/**
 * SQLite: alignment changes (a new bead list), confirming a row and text edits, each in one
 * transaction with its history entry (history-writer.ts). Splitting and joining paragraphs are in
 * structure-repository.ts, local row operations in splice-repository.ts, undo and redo of every
 * kind in travel.ts. Stale edits (a version that is no longer current) raise ConflictError and
 * change nothing.
 *
 * Beads keep their row (id, version) when an operation leaves their membership alone, so a
 * concurrent change elsewhere in the document never invalidates a user's view of other rows.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BeadInput, BeadRecord, BeadStatus } from "./types.js";
import { statement } from "./statements.js";
import type { BeadSignals, Side } from "../domain/align/types.js";
import { ConflictError, NotFoundError } from "./conflict-error.js";
import { expectBeads, getBeads, paragraphIds } from "./beads-repository.js";
import { checkCover } from "../domain/align/check-cover.js";
import { recordChange } from "./history-writer.js";
import { prepareScorer, rescoreBeads, rescoreParagraphBead, type BeadScorer } from "./bead-scores.js";

export type BeadSnapshot = { en: number[]; ar: number[]; status: BeadStatus };
export type ParagraphSnapshot = { id: number; text: string; boilerplate: string | null };
/** One side's paragraphs and the document's beads: what a split or join changes. */
export type StructureSnapshot = { side: Side; paragraphs: ParagraphSnapshot[]; beads: BeadSnapshot[] };



type ParagraphRow = { id: number; document_id: number; side: Side; position: number; text: string; version: number; boilerplate: string | null };

export const snapshotOf = (beads: { en: number[]; ar: number[]; status: BeadStatus }[]): BeadSnapshot[] =>
  beads.map((b) => ({ en: [...b.en], ar: [...b.ar], status: b.status }));

/** Paragraph ids by position, read off the beads (which cover every paragraph once); null when unknown. */
function idsByPosition(beads: BeadRecord[]): { en: number[]; ar: number[] } | null {
  const en: number[] = [];
  const ar: number[] = [];
  for (const b of beads) {
    if (!b.paragraphIds) return null;
    b.en.forEach((i, k) => (en[i] = b.paragraphIds?.en[k] ?? -1));
    b.ar.forEach((j, k) => (ar[j] = b.paragraphIds?.ar[k] ?? -1));
  }
  const complete = (list: number[]) => Array.from({ length: list.length }, (_, k) => list[k]).every((id) => id !== undefined && id >= 0);
  return beads.length > 0 && complete(en) && complete(ar) ? { en, ar } : null;
}

/**
 * Writes a bead list (by paragraph positions) over the current one: unchanged beads keep their
 * rows, beads whose status alone changed are updated (version + 1), the rest replaced. Returns the
 * ids of the rows inserted.
 */
export function writeBeads(
  db: SqlDatabase, documentId: number, next: (BeadSnapshot & { score?: number; signals?: BeadSignals })[], currentBeads?: BeadRecord[],
): number[] {
  const present = currentBeads ?? getBeads(db, documentId, { signals: false });
  const ids = idsByPosition(present) ?? paragraphIds(db, documentId);
  checkCover(next, ids.en.length, ids.ar.length);
  const keyOf = (en: number[], ar: number[]) => `${en.map((i) => ids.en[i]).join(",")}|${ar.map((j) => ids.ar[j]).join(",")}`;
  const current = new Map(present.map((b) => [keyOf(b.en, b.ar), b]));
  const kept = new Set<number>();
  const plan = next.map((bead) => {
    const existing = current.get(keyOf(bead.en, bead.ar));
    if (existing) kept.add(existing.id);
    return { bead, existing };
  });
  const remove = statement(db, "DELETE FROM beads WHERE id = ?");
  for (const b of current.values()) if (!kept.has(b.id)) remove.run(b.id);
  const move = statement(db, "UPDATE beads SET position = ? WHERE id = ?");
  const restatus = statement(db, "UPDATE beads SET position = ?, status = ?, version = version + 1 WHERE id = ?");
  const insert = statement(db, "INSERT INTO beads (document_id, position, status, score, signals) VALUES (?, ?, ?, ?, ?)");
  const member = statement(db, "INSERT INTO bead_paragraphs (bead_id, paragraph_id) VALUES (?, ?)");
  const inserted: number[] = [];
  plan.forEach(({ bead, existing }, position) => {
    if (existing) {
      if (existing.status !== bead.status) restatus.run(position, bead.status, existing.id);
      else if (existing.position !== position) move.run(position, existing.id);
      return;
    }
    const signals: BeadSignals = bead.signals ?? { shape: `${bead.en.length}-${bead.ar.length}` };
    const id = Number(insert.run(documentId, position, bead.status, bead.score ?? 1, JSON.stringify(signals)).lastInsertRowid);
    for (const i of bead.en) member.run(id, ids.en[i]);
    for (const j of bead.ar) member.run(id, ids.ar[j]);
    inserted.push(id);
  });
  return inserted;
}

/**
 * Applies one recorded alignment operation: `compute` receives the document's current beads
 * (read once, inside the transaction) and returns the new list; new rows are scored again by
 * `scorer` (when given) over the whole new list.
 */
export function applyAlignment(
  db: SqlDatabase, documentId: number, compute: (current: BeadRecord[]) => BeadInput[], user: string, action: string,
  expected: { id: number; version: number }[], groupId: number | null = null, scorer?: BeadScorer,
): number {
  return db.transaction(() => {
    expectBeads(db, documentId, expected);
    const current = getBeads(db, documentId, { signals: false });
    const after = compute(current).map((b) => ({ ...b, status: b.status ?? "auto" }));
    prepareScorer(db, documentId, scorer);
    rescoreBeads(db, documentId, writeBeads(db, documentId, after, current), scorer);
    return recordChange(db, documentId, user, "alignment", action, `document:${documentId}`, snapshotOf(current), snapshotOf(after), groupId);
  }).immediate();
}

/**
 * Confirms, unconfirms or rejects one row: the commonest operation, done without reading the document's
 * other rows. Its history entry holds just that row's status and version.
 */
export function setBeadStatus(
  db: SqlDatabase, documentId: number, beadId: number, version: number, status: BeadStatus, user: string, action: string,
): { position: number; history: number | null } {
  return db.transaction(() => {
    const row = statement(db, "SELECT position, status, version FROM beads WHERE id = ? AND document_id = ?").get(beadId, documentId) as
      | { position: number; status: BeadStatus; version: number }
      | undefined;
    if (!row) throw new ConflictError(`bead:${beadId}`);
    if (row.version !== version) throw new ConflictError(`bead:${beadId}`, { version: row.version });
    if (row.status === status) return { position: row.position, history: null };
    statement(db, "UPDATE beads SET status = ?, version = version + 1 WHERE id = ?").run(status, beadId);
    const history = recordChange(db, documentId, user, "bead-status", action, `bead:${beadId}`, { status: row.status, version: row.version }, { status, version: row.version + 1 });
    return { position: row.position, history };
  }).immediate();
}

export function readParagraph(db: SqlDatabase, id: number): ParagraphRow {
  const row = statement(db, "SELECT id, document_id, side, position, text, version, boilerplate FROM paragraphs WHERE id = ?").get(id) as ParagraphRow | undefined;
  if (!row) throw new NotFoundError(`paragraph:${id}`);
  return row;
}

/** Replaces a paragraph's text if `baseVersion` is current (its row scored again by `scorer`); returns the new version. */
export function editText(
  db: SqlDatabase, paragraphId: number, baseVersion: number, text: string, user: string, action = "edit-text", groupId: number | null = null, scorer?: BeadScorer,
): { version: number; documentId: number } {
  return db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    if (row.text === text) return { version: row.version, documentId: row.document_id };
    statement(db, "UPDATE paragraphs SET text = ?, version = version + 1 WHERE id = ?").run(text, paragraphId);
    rescoreParagraphBead(db, paragraphId, scorer);
    recordChange(db, row.document_id, user, "text", action, `paragraph:${paragraphId}`, { text: row.text }, { text }, groupId);
    return { version: row.version + 1, documentId: row.document_id };
  }).immediate();
}
