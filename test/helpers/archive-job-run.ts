/**
 * An archive job of the made-up archive (made-up-archive.ts repeated, as stored ZIPs) started on
 * any store, every proposed pair confirmed at once so each becomes a document; and what the
 * documents made hold, and whether each pair was made exactly once, read back from the store.
 * No glossary and no FreeDict: the articles' names and numbers pair them, and the job stays
 * quick. Shared by the tests of jobs on PostgreSQL's queue workers and the in-app run they are compared with.
 */
import type { Store } from "../../server/store/types.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";
import { startArchiveImport } from "../../server/services/archive-start.js";
import { DEFAULT_PAIRING } from "../../server/domain/archive/pair-archive.js";
import { repeatedArchive } from "./made-up-archive.js";
import { archiveZip } from "./archive-files.js";

/** Starts the archive job of `copies` copies of the made-up archive; answers its archive and job. */
export function startMadeUpArchiveJob(store: Store, copies: number): { archiveId: number; jobId: number } {
  const { en, ar } = repeatedArchive(copies);
  const files = { en: archiveZip("en", en), ar: archiveZip("ar", ar) };
  return startArchiveImport(store, files, { name: "Made-up wire", windowDays: DEFAULT_PAIRING.windowDays, threshold: DEFAULT_PAIRING.threshold, confirmAbove: 0, user: "ed", lexicon: false });
}

/** What the documents hold: titles, dates, both editions' paragraphs and the beads, sorted by title. */
export function documentsOf(store: Store) {
  return store.listDocuments().map((d) => {
    const doc = store.getDocument(d.id);
    return {
      title: doc?.title, titleAr: doc?.titleAr, publishedEn: doc?.publishedEn, publishedAr: doc?.publishedAr,
      en: store.getParagraphs(d.id, "en").map((p) => p.text), ar: store.getParagraphs(d.id, "ar").map((p) => p.text),
      beads: store.getBeads(d.id, { signals: false }).map((b) => [b.en, b.ar]),
    };
  }).sort((x, y) => `${x.title}|${x.publishedEn}`.localeCompare(`${y.title}|${y.publishedEn}`));
}

/** How many times the archive's pairs were made documents: confirmed pairs, documents, distinct marks, audited makings. */
export function madeOnce(store: Store & { db: SqlDatabase }, archiveId: number): { confirmed: number; documents: number; marked: number; distinctMarked: number; audited: number } {
  const counts = store.archiveCounts(archiveId);
  const marks = store.db.prepare("SELECT COUNT(document_id) AS marked, COUNT(DISTINCT document_id) AS distinct_marked FROM archive_pairs WHERE archive_id = ?").get(archiveId) as { marked: number; distinct_marked: number };
  const audited = store.db.prepare("SELECT COUNT(*) AS n FROM history WHERE action = 'archive-document'").get() as { n: number };
  return { confirmed: counts.pairs.confirmed, documents: store.listDocuments().length, marked: marks.marked, distinctMarked: marks.distinct_marked, audited: audited.n };
}
