/**
 * SQLite: undo and redo, one path for every kind of change. The entry to act on is chosen inside
 * the transaction (the latest change still done, or the one undone last); `guard` may refuse it
 * (the service checks the user's right to that kind of change there, so the entry checked is the
 * entry moved); then the kind's mover puts the document from the entry's one state into the other,
 * refusing with ConflictError when the document is no longer in the state the entry left it in.
 * The entry's undo state changes and the travel itself is logged (kind "other").
 *
 * An entry of a group (the changes of one bulk change, in one or many documents) moves with its
 * whole group, in one transaction: every member must be what undo (or redo) would move next in its
 * own document, else nothing moves (ConflictError); undo takes them newest first, redo oldest first.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { BeadStatus, HistoryEntry, HistoryKind } from "./types.js";
import { isUndoableKind } from "../domain/history/history-kinds.js";
import { isNextToTravel, nextToTravel, readGroup } from "./history-repository.js";
import { writeHistory } from "./history-writer.js";
import { statement } from "./statements.js";
import { ConflictError } from "./conflict-error.js";
import { getBeads } from "./beads-repository.js";
import { touchDocument } from "./documents-repository.js";
import { readParagraph, snapshotOf, writeBeads, type BeadSnapshot, type StructureSnapshot } from "./edits-repository.js";
import { sideSnapshot, writeStructure } from "./structure-repository.js";
import { travelSplice } from "./splice-repository.js";
import { travelSentenceLinks } from "./sentence-links-repository.js";
import { prepareScorer, rescoreBeads, rescoreParagraphBead, type BeadScorer } from "./bead-scores.js";

/**
 * Puts the document from state `from` (which it must be in) into state `to`; rows it writes anew
 * or whose paragraph's text it changes are scored again by `scorer` (when given).
 */
type Mover = (db: SqlDatabase, documentId: number, entry: HistoryEntry, from: unknown, to: unknown, scorer?: BeadScorer) => void;

const MOVERS: Record<HistoryKind, Mover> = {
  text(db, _documentId, entry, from, to, scorer) {
    const id = Number(entry.target.split(":")[1]);
    const row = readParagraph(db, id);
    if (row.text !== (from as { text: string }).text) throw new ConflictError(entry.target, { text: row.text, version: row.version });
    statement(db, "UPDATE paragraphs SET text = ?, version = version + 1 WHERE id = ?").run((to as { text: string }).text, id);
    rescoreParagraphBead(db, id, scorer);
  },
  "bead-status"(db, _documentId, entry, from, to) {
    // The row must still exist (same paragraphs) with the status the change left it in.
    const id = Number(entry.target.split(":")[1]);
    const row = statement(db, "SELECT status FROM beads WHERE id = ?").get(id) as { status: BeadStatus } | undefined;
    if (!row || row.status !== (from as { status: BeadStatus }).status) throw new ConflictError(entry.target);
    statement(db, "UPDATE beads SET status = ?, version = version + 1 WHERE id = ?").run((to as { status: BeadStatus }).status, id);
  },
  splice(db, documentId, _entry, from, to, scorer) {
    prepareScorer(db, documentId, scorer);
    rescoreBeads(db, documentId, travelSplice(db, documentId, from, to), scorer);
  },
  alignment(db, documentId, _entry, from, to, scorer) {
    const now = snapshotOf(getBeads(db, documentId, { signals: false }));
    if (JSON.stringify(now) !== JSON.stringify(from as BeadSnapshot[])) throw new ConflictError(`document:${documentId}`);
    prepareScorer(db, documentId, scorer);
    rescoreBeads(db, documentId, writeBeads(db, documentId, to as BeadSnapshot[]), scorer);
  },
  "sentence-links"(db, documentId, _entry, from, to) {
    travelSentenceLinks(db, documentId, from, to);
  },
  structure(db, documentId, _entry, from, to, scorer) {
    const state = to as StructureSnapshot;
    if (JSON.stringify(sideSnapshot(db, documentId, state.side)) !== JSON.stringify(from)) throw new ConflictError(`document:${documentId}`);
    writeStructure(db, documentId, state, scorer);
  },
};

/** The entry undo or redo moved, and for a group how many changes it moved in which documents. */
export type TravelledEntry = HistoryEntry & { group: { changes: number; documents: number[] } | null };

/**
 * Undoes the document's latest change still in effect, or redoes the change undone last (with its
 * group, if it has one); returns the entry moved, or null when there is none.
 */
export function travel(
  db: SqlDatabase, documentId: number, direction: "undo" | "redo", user: string, guard?: (entry: HistoryEntry) => void, scorer?: BeadScorer,
): TravelledEntry | null {
  return db.transaction(() => {
    const entry = nextToTravel(db, documentId, direction);
    if (!entry || !isUndoableKind(entry.kind)) return null;
    const members = entry.groupId === null ? [entry] : readGroup(db, entry.groupId);
    if (entry.groupId !== null) {
      const state = direction === "undo" ? "done" : "undone";
      if (members.some((m) => m.undoState !== state || !isNextToTravel(db, m, direction))) throw new ConflictError(`group:${entry.groupId}`);
    }
    const documents = new Set<number>();
    for (const member of direction === "undo" ? [...members].reverse() : members) {
      if (!isUndoableKind(member.kind) || member.documentId === null) continue;
      guard?.(member);
      const [from, to] = direction === "undo" ? [member.after, member.before] : [member.before, member.after];
      MOVERS[member.kind](db, member.documentId, member, from, to, scorer);
      statement(db, "UPDATE history SET undo_state = ? WHERE id = ?").run(direction === "undo" ? "undone" : "done", member.id);
      documents.add(member.documentId);
    }
    for (const id of documents) {
      writeHistory(db, { documentId: id, user, action: `${direction}:${entry.action}`, target: entry.groupId === null ? entry.target : `group:${entry.groupId}` });
      touchDocument(db, id, user);
    }
    return { ...entry, group: entry.groupId === null ? null : { changes: members.length, documents: [...documents].sort((a, b) => a - b) } };
  }).immediate();
}
