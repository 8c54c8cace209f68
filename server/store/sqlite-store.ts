/**
 * The Store (types.ts) on SQLite through better-sqlite3: composes the repositories and wraps every
 * change in one transaction, so an import or a re-alignment is all there or not there at all.
 */
import { openDatabase, type SqliteDatabase } from "./open-database.js";
import type { BeadInput, NewDocument, Store } from "./types.js";
import { getDocument, getParagraphs, insertDocument, listDocuments, touchDocument } from "./documents-repository.js";
import { deleteBeads, getBeads, insertBeads, paragraphIds } from "./beads-repository.js";
import { listGlossary, upsertGlossary } from "./glossary-repository.js";
import { readHistory, recordHistory } from "./history-repository.js";
import { iteratePairs } from "./pairs-repository.js";
import { checkCover } from "../domain/align/check-cover.js";

export function openSqliteStore(path: string): Store & { db: SqliteDatabase } {
  const db = openDatabase(path);
  return {
    db,
    createDocument(doc: NewDocument, user: string): number {
      checkCover(doc.beads, doc.en.length, doc.ar.length);
      return db.transaction(() => {
        const { id, en, ar } = insertDocument(db, doc, user);
        insertBeads(db, id, doc.beads, { en, ar });
        recordHistory(db, { documentId: id, user, action: "import", target: `document:${id}`, after: { title: doc.title, en: doc.en.length, ar: doc.ar.length, beads: doc.beads.length } });
        return id;
      })();
    },
    listDocuments: () => listDocuments(db),
    countDocuments: () => (db.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n,
    getDocument: (id) => getDocument(db, id),
    getParagraphs: (documentId, side) => getParagraphs(db, documentId, side),
    getBeads: (documentId) => getBeads(db, documentId),
    replaceBeads(documentId: number, beads: BeadInput[], user: string, action: string): void {
      db.transaction(() => {
        const ids = paragraphIds(db, documentId);
        checkCover(beads, ids.en.length, ids.ar.length);
        const before = getBeads(db, documentId).map((b) => ({ en: b.en, ar: b.ar, status: b.status }));
        deleteBeads(db, documentId);
        insertBeads(db, documentId, beads, ids);
        touchDocument(db, documentId, user);
        recordHistory(db, { documentId, user, action, target: `document:${documentId}`, before, after: beads.map((b) => ({ en: b.en, ar: b.ar, status: b.status ?? "auto" })) });
      })();
    },
    listGlossary: () => listGlossary(db),
    upsertGlossary: (entries) => upsertGlossary(db, entries),
    getHistory: (documentId) => readHistory(db, documentId),
    iteratePairs: (filter) => iteratePairs(db, filter),
    close: () => db.close(),
  };
}
