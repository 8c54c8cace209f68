/**
 * SQLite: every change an editor makes to a document, each in one transaction with its history
 * entry: alignment changes (a new bead list), text edits, splitting and joining paragraphs, and
 * undo/redo of any of these. Stale edits (a version that is no longer current) raise ConflictError
 * and change nothing.
 *
 * Beads keep their row (id, version) when an operation leaves their membership alone, so a
 * concurrent change elsewhere in the document never invalidates a user's view of other rows.
 */
import type { SqliteDatabase } from "./open-database.js";
import type { BeadInput, BeadRecord, BeadStatus, HistoryEntry, HistoryKind } from "./types.js";
import { nextToTravel } from "./history-repository.js";
import { statement } from "./statements.js";
import { travelSplice } from "./splice-repository.js";
import type { BeadSignals, Side } from "../domain/align/types.js";
import { ConflictError, NotFoundError } from "./conflict-error.js";
import { getBeads, paragraphIds } from "./beads-repository.js";
import { touchDocument } from "./documents-repository.js";
import { checkCover } from "../domain/align/check-cover.js";
import { InvalidOperation } from "../domain/review/bead-operations.js";

export type BeadSnapshot = { en: number[]; ar: number[]; status: BeadStatus };
export type ParagraphSnapshot = { id: number; text: string; boilerplate: string | null };
/** One side's paragraphs and the document's beads: what a split or join changes. */
export type StructureSnapshot = { side: Side; paragraphs: ParagraphSnapshot[]; beads: BeadSnapshot[] };



type ParagraphRow = { id: number; document_id: number; side: Side; position: number; text: string; version: number; boilerplate: string | null };

const snapshotOf = (beads: { en: number[]; ar: number[]; status: BeadStatus }[]): BeadSnapshot[] =>
  beads.map((b) => ({ en: [...b.en], ar: [...b.ar], status: b.status }));

/** Records one change in the history (ending the redo chain) and raises the document's version. */
export function recordChange(db: SqliteDatabase, documentId: number, user: string, kind: HistoryKind, action: string, target: string, before: unknown, after: unknown): number {
  // A new change ends the redo chain of this document.
  statement(db, "UPDATE history SET undo_state = 'discarded' WHERE document_id = ? AND undo_state = 'undone'").run(documentId);
  const result = statement(db, 
    "INSERT INTO history (document_id, user_name, at, action, target, before_value, after_value, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(documentId, user, new Date().toISOString(), action, target, JSON.stringify(before), JSON.stringify(after), kind);
  touchDocument(db, documentId, user);
  return Number(result.lastInsertRowid);
}

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
 * rows, beads whose status alone changed are updated (version + 1), the rest replaced.
 */
export function writeBeads(
  db: SqliteDatabase, documentId: number, next: (BeadSnapshot & { score?: number; signals?: BeadSignals })[], currentBeads?: BeadRecord[],
): void {
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
  });
}

/** Checks that the beads an operation was based on still exist with those versions. */
export function expectBeads(db: SqliteDatabase, documentId: number, expected: { id: number; version: number }[]): void {
  const read = statement(db, "SELECT version FROM beads WHERE id = ? AND document_id = ?");
  for (const { id, version } of expected) {
    const row = read.get(id, documentId) as { version: number } | undefined;
    if (!row) throw new ConflictError(`bead:${id}`);
    if (row.version !== version) throw new ConflictError(`bead:${id}`, { version: row.version });
  }
}

/**
 * Applies one recorded alignment operation: `compute` receives the document's current beads
 * (read once, inside the transaction) and returns the new list.
 */
export function applyAlignment(
  db: SqliteDatabase, documentId: number, compute: (current: BeadRecord[]) => BeadInput[], user: string, action: string,
  expected: { id: number; version: number }[],
): number {
  return db.transaction(() => {
    expectBeads(db, documentId, expected);
    const current = getBeads(db, documentId, { signals: false });
    const after = compute(current).map((b) => ({ ...b, status: b.status ?? "auto" }));
    writeBeads(db, documentId, after, current);
    return recordChange(db, documentId, user, "alignment", action, `document:${documentId}`, snapshotOf(current), snapshotOf(after));
  }).immediate();
}

/**
 * Confirms or unconfirms one row: the commonest operation, done without reading the document's
 * other rows. Its history entry holds just that row's status and version.
 */
export function setBeadStatus(
  db: SqliteDatabase, documentId: number, beadId: number, version: number, status: BeadStatus, user: string, action: string,
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

function readParagraph(db: SqliteDatabase, id: number): ParagraphRow {
  const row = statement(db, "SELECT id, document_id, side, position, text, version, boilerplate FROM paragraphs WHERE id = ?").get(id) as ParagraphRow | undefined;
  if (!row) throw new NotFoundError(`paragraph:${id}`);
  return row;
}

/** Replaces a paragraph's text if `baseVersion` is current; returns the new version. */
export function editText(db: SqliteDatabase, paragraphId: number, baseVersion: number, text: string, user: string, action = "edit-text"): { version: number; documentId: number } {
  return db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    if (row.text === text) return { version: row.version, documentId: row.document_id };
    statement(db, "UPDATE paragraphs SET text = ?, version = version + 1 WHERE id = ?").run(text, paragraphId);
    recordChange(db, row.document_id, user, "text", action, `paragraph:${paragraphId}`, { text: row.text }, { text });
    return { version: row.version + 1, documentId: row.document_id };
  }).immediate();
}

function sideSnapshot(db: SqliteDatabase, documentId: number, side: Side): StructureSnapshot {
  const paragraphs = statement(db, "SELECT id, text, boilerplate FROM paragraphs WHERE document_id = ? AND side = ? ORDER BY position").all(documentId, side) as ParagraphSnapshot[];
  return { side, paragraphs, beads: snapshotOf(getBeads(db, documentId)) };
}

/** Writes one side's paragraphs (ids kept, new ones inserted, missing ones deleted) and the beads. */
function writeStructure(db: SqliteDatabase, documentId: number, state: StructureSnapshot): void {
  const existing = new Map((statement(db, "SELECT id, text FROM paragraphs WHERE document_id = ? AND side = ?").all(documentId, state.side) as { id: number; text: string }[]).map((r) => [r.id, r.text]));
  const keep = new Set(state.paragraphs.map((p) => p.id));
  // Beads first go (membership is rebuilt below); then paragraphs are deleted, moved, inserted.
  statement(db, "DELETE FROM beads WHERE document_id = ?").run(documentId);
  const remove = statement(db, "DELETE FROM paragraphs WHERE id = ?");
  for (const id of existing.keys()) if (!keep.has(id)) remove.run(id);
  const update = statement(db, "UPDATE paragraphs SET position = ?, text = ?, version = version + (CASE WHEN text = ? THEN 0 ELSE 1 END) WHERE id = ?");
  const insert = statement(db, "INSERT INTO paragraphs (id, document_id, side, position, text, boilerplate) VALUES (?, ?, ?, ?, ?, ?)");
  state.paragraphs.forEach((p, position) => {
    if (existing.has(p.id)) update.run(-1 - position, p.text, p.text, p.id);
    else insert.run(p.id > 0 ? p.id : null, documentId, state.side, -1 - position, p.text, p.boilerplate);
  });
  statement(db, "UPDATE paragraphs SET position = -1 - position WHERE document_id = ? AND side = ? AND position < 0").run(documentId, state.side);
  writeBeads(db, documentId, state.beads);
}

function sameBeads(a: BeadSnapshot[], b: BeadSnapshot[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Splits a paragraph in two at a UTF-16 offset; the new paragraph joins the same row. */
export function splitParagraph(db: SqliteDatabase, paragraphId: number, baseVersion: number, offset: number, user: string): { newParagraphId: number } {
  return db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    const first = row.text.slice(0, offset).trimEnd();
    const second = row.text.slice(offset).trimStart();
    if (!Number.isInteger(offset) || first === "" || second === "") throw new InvalidOperation("bad-text-split");
    const before = sideSnapshot(db, row.document_id, row.side);
    const k = row.position;
    const nextId = (statement(db, "SELECT COALESCE(MAX(id), 0) + 1 AS id FROM paragraphs").get() as { id: number }).id;
    const paragraphs = [...before.paragraphs];
    paragraphs.splice(k, 1, { ...before.paragraphs[k]!, text: first }, { id: nextId, text: second, boilerplate: null });
    const beads = before.beads.map((b) => {
      const list = b[row.side].flatMap((i) => (i < k ? [i] : i === k ? [k, k + 1] : [i + 1]));
      return { ...b, [row.side]: list, status: b[row.side].includes(k) ? ("auto" as const) : b.status };
    });
    const after: StructureSnapshot = { side: row.side, paragraphs, beads };
    writeStructure(db, row.document_id, after);
    recordChange(db, row.document_id, user, "structure", "split-paragraph", `paragraph:${paragraphId}`, before, after);
    return { newParagraphId: nextId };
  }).immediate();
}

/** Joins a paragraph with the next one on its side; rows between them are merged into one. */
export function joinWithNext(db: SqliteDatabase, paragraphId: number, baseVersion: number, user: string): void {
  db.transaction(() => {
    const row = readParagraph(db, paragraphId);
    if (row.version !== baseVersion) throw new ConflictError(`paragraph:${paragraphId}`, { text: row.text, version: row.version });
    const before = sideSnapshot(db, row.document_id, row.side);
    const k = row.position;
    const next = before.paragraphs[k + 1];
    if (!next) throw new InvalidOperation("no-next-paragraph");
    const paragraphs = [...before.paragraphs];
    paragraphs.splice(k, 2, { ...before.paragraphs[k]!, text: `${row.text} ${next.text}` });
    const first = before.beads.findIndex((b) => b[row.side].includes(k));
    const last = before.beads.findIndex((b) => b[row.side].includes(k + 1));
    const merged = before.beads.slice(first, last + 1).reduce<BeadSnapshot>((acc, b) => ({ en: [...acc.en, ...b.en], ar: [...acc.ar, ...b.ar], status: "auto" }), { en: [], ar: [], status: "auto" });
    const beads = [...before.beads.slice(0, first), merged, ...before.beads.slice(last + 1)].map((b) => ({
      ...b,
      [row.side]: b[row.side].filter((i) => i !== k + 1).map((i) => (i > k + 1 ? i - 1 : i)),
    }));
    const after: StructureSnapshot = { side: row.side, paragraphs, beads };
    writeStructure(db, row.document_id, after);
    recordChange(db, row.document_id, user, "structure", "join-paragraphs", `paragraph:${paragraphId}`, before, after);
  }).immediate();
}


/**
 * Moves the document from one recorded state to the other (undo: after -> before; redo: before ->
 * after), refusing with ConflictError when the document is no longer in the expected state.
 */
function travel(db: SqliteDatabase, documentId: number, entry: HistoryEntry, direction: "undo" | "redo"): void {
  const from = direction === "undo" ? entry.after : entry.before;
  const to = direction === "undo" ? entry.before : entry.after;
  if (entry.kind === "text") {
    const id = Number(entry.target.split(":")[1]);
    const row = readParagraph(db, id);
    const expected = (from as { text: string }).text;
    if (row.text !== expected) throw new ConflictError(entry.target, { text: row.text, version: row.version });
    statement(db, "UPDATE paragraphs SET text = ?, version = version + 1 WHERE id = ?").run((to as { text: string }).text, id);
  } else if (entry.kind === "bead-status") {
    // The row must still exist (same paragraphs) with the status the change left it in.
    const id = Number(entry.target.split(":")[1]);
    const row = statement(db, "SELECT status FROM beads WHERE id = ?").get(id) as { status: BeadStatus } | undefined;
    if (!row || row.status !== (from as { status: BeadStatus }).status) throw new ConflictError(entry.target);
    statement(db, "UPDATE beads SET status = ?, version = version + 1 WHERE id = ?").run((to as { status: BeadStatus }).status, id);
  } else if (entry.kind === "splice") {
    travelSplice(db, documentId, from, to);
  } else if (entry.kind === "alignment") {
    if (!sameBeads(snapshotOf(getBeads(db, documentId, { signals: false })), from as BeadSnapshot[])) throw new ConflictError(`document:${documentId}`);
    writeBeads(db, documentId, to as BeadSnapshot[]);
  } else {
    const state = to as StructureSnapshot;
    const now = sideSnapshot(db, documentId, state.side);
    if (JSON.stringify(now) !== JSON.stringify(from)) throw new ConflictError(`document:${documentId}`);
    writeStructure(db, documentId, state);
  }
}

/** Undoes the latest change of the document still in effect; returns its action, or null. */
export function undoLast(db: SqliteDatabase, documentId: number, user: string): string | null {
  return db.transaction(() => {
    const entry = nextToTravel(db, documentId, "undo");
    if (!entry) return null;
    travel(db, documentId, entry, "undo");
    statement(db, "UPDATE history SET undo_state = 'undone' WHERE id = ?").run(entry.id);
    statement(db, "INSERT INTO history (document_id, user_name, at, action, target, kind) VALUES (?, ?, ?, ?, ?, 'other')").run(documentId, user, new Date().toISOString(), `undo:${entry.action}`, entry.target);
    touchDocument(db, documentId, user);
    return entry.action;
  }).immediate();
}

/** Redoes the change undone most recently, if no new change came since. */
export function redoLast(db: SqliteDatabase, documentId: number, user: string): string | null {
  return db.transaction(() => {
    const entry = nextToTravel(db, documentId, "redo");
    if (!entry) return null;
    travel(db, documentId, entry, "redo");
    statement(db, "UPDATE history SET undo_state = 'done' WHERE id = ?").run(entry.id);
    statement(db, "INSERT INTO history (document_id, user_name, at, action, target, kind) VALUES (?, ?, ?, ?, ?, 'other')").run(documentId, user, new Date().toISOString(), `redo:${entry.action}`, entry.target);
    touchDocument(db, documentId, user);
    return entry.action;
  }).immediate();
}
