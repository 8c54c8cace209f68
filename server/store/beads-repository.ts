/**
 * SQLite: beads, the pairs of paragraph groups. A bead's membership lives in bead_paragraphs
 * (each paragraph in exactly one bead); positions are translated to and from paragraph ids here.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BeadInput, BeadRecord, BeadStatus } from "./types.js";
import type { BeadSignals } from "../domain/align/types.js";
import { statement } from "./statements.js";
import { ConflictError } from "./conflict-error.js";

type BeadRow = { id: number; position: number; status: BeadStatus; score: number; signals: string; version: number };

/** Inserts beads given by paragraph positions; `ids` maps positions to paragraph ids per side. */
export function insertBeads(db: SqlDatabase, documentId: number, beads: BeadInput[], ids: { en: number[]; ar: number[] }): void {
  const insertBead = db.prepare("INSERT INTO beads (document_id, position, status, score, signals) VALUES (?, ?, ?, ?, ?)");
  const insertMember = db.prepare("INSERT INTO bead_paragraphs (bead_id, paragraph_id) VALUES (?, ?)");
  beads.forEach((bead, position) => {
    const beadId = Number(insertBead.run(documentId, position, bead.status ?? "auto", bead.score, JSON.stringify(bead.signals)).lastInsertRowid);
    for (const i of bead.en) insertMember.run(beadId, ids.en[i]);
    for (const j of bead.ar) insertMember.run(beadId, ids.ar[j]);
  });
}

/**
 * The document's beads in order. Without `signals` (the editor's operations do not need them) the
 * JSON of every bead's signals is not parsed, which halves the cost on long documents.
 */
export function getBeads(db: SqlDatabase, documentId: number, options: { signals?: boolean } = {}): BeadRecord[] {
  const withSignals = options.signals ?? true;
  const rows = statement(db, `SELECT id, position, status, score, ${withSignals ? "signals" : "'{}' AS signals"}, version FROM beads WHERE document_id = ? ORDER BY position`).all(documentId) as BeadRow[];
  // Members in the order of the paragraphs index (side, then position): no sort, raw rows.
  const members = statement(
    db,
    `SELECT bp.bead_id, p.side, p.position, p.id FROM paragraphs p JOIN bead_paragraphs bp ON bp.paragraph_id = p.id
     WHERE p.document_id = ? ORDER BY p.side, p.position`,
  ).raw(true).all(documentId) as [number, "en" | "ar", number, number][];
  const byBead = new Map<number, { en: number[]; ar: number[]; enIds: number[]; arIds: number[] }>();
  for (const [beadId, side, position, paragraphId] of members) {
    let entry = byBead.get(beadId);
    if (!entry) byBead.set(beadId, (entry = { en: [], ar: [], enIds: [], arIds: [] }));
    entry[side].push(position);
    (side === "en" ? entry.enIds : entry.arIds).push(paragraphId);
  }
  return rows.map((r) => ({
    id: r.id, position: r.position, status: r.status, score: r.score, version: r.version,
    signals: (withSignals ? JSON.parse(r.signals) : {}) as BeadSignals,
    en: byBead.get(r.id)?.en ?? [], ar: byBead.get(r.id)?.ar ?? [],
    paragraphIds: { en: byBead.get(r.id)?.enIds ?? [], ar: byBead.get(r.id)?.arIds ?? [] },
  }));
}

/** The signals of these beads of the document, by id: the JSON parsed for these only (a few rows an operation changed). */
export function beadSignals(db: SqlDatabase, documentId: number, ids: readonly number[]): Map<number, BeadSignals> {
  const read = statement(db, "SELECT signals FROM beads WHERE id = ? AND document_id = ?");
  const out = new Map<number, BeadSignals>();
  for (const id of ids) {
    const row = read.get(id, documentId) as { signals: string } | undefined;
    if (row) out.set(id, JSON.parse(row.signals) as BeadSignals);
  }
  return out;
}

/** Every paragraph's version by id, without the texts (what changed since a snapshot). */
export function paragraphVersions(db: SqlDatabase, documentId: number): Map<number, number> {
  const rows = statement(db, "SELECT id, version FROM paragraphs WHERE document_id = ?").raw(true).all(documentId) as [number, number][];
  return new Map(rows);
}

export function paragraphIds(db: SqlDatabase, documentId: number): { en: number[]; ar: number[] } {
  const rows = db.prepare("SELECT id, side FROM paragraphs WHERE document_id = ? ORDER BY position").all(documentId) as { id: number; side: "en" | "ar" }[];
  return { en: rows.filter((r) => r.side === "en").map((r) => r.id), ar: rows.filter((r) => r.side === "ar").map((r) => r.id) };
}

/** Checks that the beads an operation was based on still exist with those versions. */
export function expectBeads(db: SqlDatabase, documentId: number, expected: { id: number; version: number }[]): void {
  const read = statement(db, "SELECT version FROM beads WHERE id = ? AND document_id = ?");
  for (const { id, version } of expected) {
    const row = read.get(id, documentId) as { version: number } | undefined;
    if (!row) throw new ConflictError(`bead:${id}`);
    if (row.version !== version) throw new ConflictError(`bead:${id}`, { version: row.version });
  }
}
