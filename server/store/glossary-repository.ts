/**
 * SQLite: the glossary, approved English spellings of Arabic names and terms, and known variants
 * (variant_of: the approved spelling they stand for). An entry is known by its (ar, en) pair;
 * replacing one moves the variants that pointed to its old spelling along with it, and removing
 * one removes them.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { GlossaryEntry } from "./types.js";

type GlossaryRow = { ar: string; en: string; kind: string; note: string; variant_of: string | null };

const entryOf = ({ variant_of, ...entry }: GlossaryRow): GlossaryEntry => (variant_of ? { ...entry, variantOf: variant_of } : entry);
const rowOf = (e: GlossaryEntry): GlossaryRow => ({ ar: e.ar, en: e.en, kind: e.kind, note: e.note, variant_of: e.variantOf || null });

export function listGlossary(db: SqlDatabase): GlossaryEntry[] {
  return (db.prepare("SELECT ar, en, kind, note, variant_of FROM glossary ORDER BY en COLLATE NOCASE, ar").all() as GlossaryRow[]).map(entryOf);
}

export function upsertGlossary(db: SqlDatabase, entries: GlossaryEntry[]): number {
  const insert = db.prepare(
    "INSERT INTO glossary (ar, en, kind, note, variant_of) VALUES (@ar, @en, @kind, @note, @variant_of) "
    + "ON CONFLICT (ar, en) DO UPDATE SET kind = excluded.kind, note = excluded.note, variant_of = excluded.variant_of",
  );
  const before = (db.prepare("SELECT COUNT(*) AS n FROM glossary").get() as { n: number }).n;
  db.transaction(() => {
    for (const e of entries) insert.run(rowOf(e));
    invalidateDerived(db);
  }).immediate();
  return (db.prepare("SELECT COUNT(*) AS n FROM glossary").get() as { n: number }).n - before;
}

/** The glossary feeds the aligner and the checks: every document's findings and pages are redone. */
function invalidateDerived(db: SqlDatabase): void {
  db.prepare("UPDATE documents SET version = version + 1").run();
}

export function removeGlossaryEntry(db: SqlDatabase, ar: string, en: string): boolean {
  return db.transaction(() => {
    const removed = db.prepare("DELETE FROM glossary WHERE ar = ? AND en = ?").run(ar, en).changes > 0;
    // Variants of a removed approved spelling would point to nothing: they go with it.
    if (removed) db.prepare("DELETE FROM glossary WHERE ar = ? AND variant_of = ?").run(ar, en);
    if (removed) invalidateDerived(db);
    return removed;
  }).immediate();
}

/**
 * Replaces the entry (ar, en) with `entry`; false when there was none. When an approved spelling
 * changes, its variants point to the new one.
 */
export function replaceGlossaryEntry(db: SqlDatabase, ar: string, en: string, entry: GlossaryEntry): boolean {
  return db.transaction(() => {
    const row = rowOf(entry);
    const changed = db.prepare("UPDATE glossary SET ar = @ar, en = @en, kind = @kind, note = @note, variant_of = @variant_of WHERE ar = @oldAr AND en = @oldEn")
      .run({ ...row, oldAr: ar, oldEn: en }).changes > 0;
    if (!changed) return false;
    if (!row.variant_of && row.en !== en) db.prepare("UPDATE glossary SET variant_of = ? WHERE ar = ? AND variant_of = ?").run(row.en, row.ar, en);
    invalidateDerived(db);
    return true;
  }).immediate();
}
