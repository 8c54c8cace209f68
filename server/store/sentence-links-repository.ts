/**
 * SQLite: the reviewer's sentence links inside rows (table sentence_links). A row is named by its
 * paragraphs' ids (its key, "3,4|17": English ids, then Arabic), so links come back with a row that
 * undo makes again under a new bead id; they hold only while the fingerprint of the row's texts
 * matches (domain/review/sentence-links.ts decides which links are in effect). A change writes one
 * history entry of kind "sentence-links" holding the row's key and its stored state before and
 * after, and undo and redo (travel.ts) move between the two with travelSentenceLinks.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { RowTexts } from "./types.js";
import type { SentenceLink, StoredSentenceLinks } from "../domain/review/sentence-links.js";
import { pairFingerprint } from "../domain/review/sentence-links.js";
import { statement } from "./statements.js";
import { ConflictError } from "./conflict-error.js";
import { recordChange } from "./history-writer.js";

/** What a sentence-links history entry holds on either side: the row's key and what was stored for it. */
type LinksState = { key: string; stored: StoredSentenceLinks | null };

/** The key of a row: its paragraph ids per side, in order. */
export function rowKeyOf(ids: { en: readonly number[]; ar: readonly number[] }): string {
  return `${ids.en.join(",")}|${ids.ar.join(",")}`;
}

/** A row of the document with its paragraph texts, or null when it is not there. */
export function readRowTexts(db: SqlDatabase, documentId: number, beadId: number): RowTexts | null {
  const bead = statement(db, "SELECT id FROM beads WHERE id = ? AND document_id = ?").get(beadId, documentId);
  if (!bead) return null;
  const members = statement(db,
    "SELECT p.id, p.side, p.text FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id WHERE bp.bead_id = ? ORDER BY p.side, p.position",
  ).all(beadId) as { id: number; side: "en" | "ar"; text: string }[];
  const en = members.filter((m) => m.side === "en");
  const ar = members.filter((m) => m.side === "ar");
  const texts = { en: en.map((m) => m.text), ar: ar.map((m) => m.text) };
  return { beadId, key: rowKeyOf({ en: en.map((m) => m.id), ar: ar.map((m) => m.id) }), ...texts, fingerprint: pairFingerprint(texts.en, texts.ar) };
}

type LinksRow = { links: string; status: "auto" | "confirmed"; fingerprint: string; version: number };

const normalised = (s: StoredSentenceLinks): StoredSentenceLinks => ({
  links: s.links.map((l) => ({ en: [...l.en], ar: [...l.ar], score: l.score })), status: s.status, fingerprint: s.fingerprint,
});

function toStored(row: LinksRow): StoredSentenceLinks & { version: number } {
  return { ...normalised({ links: JSON.parse(row.links) as SentenceLink[], status: row.status, fingerprint: row.fingerprint }), version: row.version };
}

/** What is stored for a row (with its version), or null. */
export function readStoredLinks(db: SqlDatabase, documentId: number, key: string): (StoredSentenceLinks & { version: number }) | null {
  const row = statement(db, "SELECT links, status, fingerprint, version FROM sentence_links WHERE document_id = ? AND row_key = ?").get(documentId, key) as LinksRow | undefined;
  return row ? toStored(row) : null;
}

/** What is stored for the document's rows, by bead id (rows without stored links are left out). */
export function storedLinksByBead(db: SqlDatabase, documentId: number): Map<number, StoredSentenceLinks> {
  const stored = statement(db, "SELECT row_key, links, status, fingerprint, version FROM sentence_links WHERE document_id = ?").all(documentId) as (LinksRow & { row_key: string })[];
  const out = new Map<number, StoredSentenceLinks>();
  if (stored.length === 0) return out;
  const byKey = new Map(stored.map((r) => [r.row_key, r]));
  const members = statement(db,
    `SELECT bp.bead_id, p.side, p.id FROM paragraphs p JOIN bead_paragraphs bp ON bp.paragraph_id = p.id
     WHERE p.document_id = ? ORDER BY p.side, p.position`,
  ).raw(true).all(documentId) as [number, "en" | "ar", number][];
  const ids = new Map<number, { en: number[]; ar: number[] }>();
  for (const [beadId, side, id] of members) {
    let entry = ids.get(beadId);
    if (!entry) ids.set(beadId, (entry = { en: [], ar: [] }));
    entry[side].push(id);
  }
  for (const [beadId, entry] of ids) {
    const row = byKey.get(rowKeyOf(entry));
    if (row) out.set(beadId, normalised({ links: JSON.parse(row.links) as SentenceLink[], status: row.status, fingerprint: row.fingerprint }));
  }
  return out;
}

function writeStored(db: SqlDatabase, documentId: number, key: string, stored: StoredSentenceLinks | null): number {
  if (stored === null) {
    statement(db, "DELETE FROM sentence_links WHERE document_id = ? AND row_key = ?").run(documentId, key);
    return 0;
  }
  const row = statement(db,
    `INSERT INTO sentence_links (document_id, row_key, links, status, fingerprint) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id, row_key) DO UPDATE SET links = excluded.links, status = excluded.status, fingerprint = excluded.fingerprint, version = sentence_links.version + 1
     RETURNING version`,
  ).get(documentId, key, JSON.stringify(stored.links), stored.status, stored.fingerprint) as { version: number };
  return row.version;
}

/**
 * One change of a row's sentence links, in a transaction with its history entry: the row must be
 * there with the texts the user saw (`expected.fingerprint`) and its stored links at the version
 * the user saw (0: none stored); `compute` gets what is stored (null: none) and returns the new
 * links and status. Returns the history entry's id and the stored links' new version.
 */
export function changeSentenceLinks(
  db: SqlDatabase, documentId: number, beadId: number, expected: { version: number; fingerprint: string },
  compute: (row: RowTexts, stored: StoredSentenceLinks | null) => Omit<StoredSentenceLinks, "fingerprint">,
  user: string, action: string,
): { history: number; version: number } {
  return db.transaction(() => {
    const row = readRowTexts(db, documentId, beadId);
    if (!row) throw new ConflictError(`bead:${beadId}`);
    if (row.fingerprint !== expected.fingerprint) throw new ConflictError(`bead:${beadId}`);
    const stored = readStoredLinks(db, documentId, row.key);
    if ((stored?.version ?? 0) !== expected.version) throw new ConflictError(`bead:${beadId}`, { version: stored?.version ?? 0 });
    const before = stored ? normalised(stored) : null;
    const after = normalised({ ...compute(row, before), fingerprint: row.fingerprint });
    const version = writeStored(db, documentId, row.key, after);
    const history = recordChange(db, documentId, user, "sentence-links", action, `bead:${beadId}`,
      { key: row.key, stored: before } satisfies LinksState, { key: row.key, stored: after } satisfies LinksState);
    return { history, version };
  }).immediate();
}

/** Undo or redo of a sentence-links change: what is stored for the row must be `from`'s, and becomes `to`'s. */
export function travelSentenceLinks(db: SqlDatabase, documentId: number, from: unknown, to: unknown): void {
  const was = from as LinksState;
  const next = to as LinksState;
  const now = readStoredLinks(db, documentId, was.key);
  const current = now ? normalised(now) : null;
  if (JSON.stringify(current) !== JSON.stringify(was.stored)) throw new ConflictError(`document:${documentId}`);
  writeStored(db, documentId, next.key, next.stored);
}
