/**
 * SQLite: the glossary, approved English spellings of Arabic names and terms.
 */
import type { SqliteDatabase } from "./open-database.js";
import type { GlossaryEntry } from "./types.js";

export function listGlossary(db: SqliteDatabase): GlossaryEntry[] {
  return db.prepare("SELECT ar, en, kind, note FROM glossary ORDER BY en COLLATE NOCASE, ar").all() as GlossaryEntry[];
}

export function upsertGlossary(db: SqliteDatabase, entries: GlossaryEntry[]): number {
  const insert = db.prepare(
    "INSERT INTO glossary (ar, en, kind, note) VALUES (@ar, @en, @kind, @note) ON CONFLICT (ar, en) DO UPDATE SET kind = excluded.kind, note = excluded.note",
  );
  const before = (db.prepare("SELECT COUNT(*) AS n FROM glossary").get() as { n: number }).n;
  db.transaction(() => {
    for (const e of entries) insert.run(e);
    invalidateDerived(db);
  }).immediate();
  return (db.prepare("SELECT COUNT(*) AS n FROM glossary").get() as { n: number }).n - before;
}

/** The glossary feeds the aligner and the checks: every document's findings and pages are redone. */
function invalidateDerived(db: SqliteDatabase): void {
  db.prepare("UPDATE documents SET version = version + 1").run();
}

export function removeGlossaryEntry(db: SqliteDatabase, ar: string, en: string): boolean {
  return db.transaction(() => {
    const removed = db.prepare("DELETE FROM glossary WHERE ar = ? AND en = ?").run(ar, en).changes > 0;
    if (removed) invalidateDerived(db);
    return removed;
  }).immediate();
}
