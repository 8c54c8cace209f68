/**
 * A small archive put straight into migration 18's tables with plain SQL, for the pairing review's
 * tests (repository, service, routes, browser): five English and six Arabic articles over March
 * 2024, three proposed pairs by score (the third pairs the budget story with its look-alike), one
 * English title that is markup, and Arabic titles with diacritics and hamza spellings to fold.
 * The archive job that fills these tables for real is another slice's; this is its data, not a stand-in.
 */
import type { SqlDatabase as SqliteDatabase } from "../../server/store/sql-database.js";

export const EN_ARTICLES = [
  { id: "en-1", date: "2024-03-01", title: "Ceasefire talks resume in Cairo" },
  { id: "en-2", date: "2024-03-02", title: "Floods hit Basra" },
  { id: "en-3", date: "2024-03-03", title: "Budget approved after twelve hours" },
  { id: "en-4", date: "2024-03-10", title: "Museum reopens its doors" },
  { id: "en-5", date: "2024-03-04", title: "<b>Bold</b> & <script>alert(1)</script>" },
];

export const AR_ARTICLES = [
  { id: "ar-1", date: "2024-03-01", title: "استئناف محادثات وقف إطلاق النار في القاهرة" },
  { id: "ar-2", date: "2024-03-02", title: "فيضانات تضرب البصرة" },
  { id: "ar-3", date: "2024-03-03", title: "إقرار الميزانية بعد اثنتي عشرة ساعة" },
  { id: "ar-4", date: "2024-03-03", title: "الميزانية: أسئلة بلا أجوبة" },
  { id: "ar-5", date: "2024-03-20", title: "المتحف يُعيد فتح أبوابه" },
  { id: "ar-6", date: "2024-03-11", title: "أخبار المتحف الوطني" },
];

/** The seeded pairs by score, best first: [en, ar, score, evidence]. */
export const PAIRS: readonly [string, string, number, Record<string, unknown>][] = [
  ["en-1", "ar-1", 0.91, { cheap: 0.7, coverageEn: 0.82, coverageAr: 0.77, numbers: [], names: ["Cairo"], words: 6 }],
  ["en-2", "ar-2", 0.84, { cheap: 0.6, coverageEn: 0.9, coverageAr: 0.88, numbers: ["300"], names: ["Basra"], words: 4 }],
  ["en-3", "ar-4", 0.62, { cheap: 0.4, coverageEn: 0.31, coverageAr: 0.4, numbers: [], names: [], words: 1 }],
];

export type SeededArchive = { archiveId: number; pairIds: number[] };

/** Inserts the archive, its articles and its proposed pairs; returns the archive's id and the pairs' ids in PAIRS order. */
export function seedArchive(db: SqliteDatabase, name = "Spring 2024", windowDays = 3): SeededArchive {
  const now = "2024-04-01T09:00:00.000Z";
  const archiveId = Number(db.prepare("INSERT INTO archives (name, window_days, threshold, created_by, created_at, paired_at) VALUES (?, ?, 0.56, 'admin', ?, ?)")
    .run(name, windowDays, now, now).lastInsertRowid);
  const article = db.prepare("INSERT INTO archive_articles (archive_id, edition, article_id, seq, date, title, url, paragraphs) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)");
  EN_ARTICLES.forEach((a, k) => article.run(archiveId, "en", a.id, k, a.date, a.title, JSON.stringify([a.title])));
  AR_ARTICLES.forEach((a, k) => article.run(archiveId, "ar", a.id, k, a.date, a.title, JSON.stringify([a.title])));
  const pair = db.prepare("INSERT INTO archive_pairs (archive_id, en_article, ar_article, score, evidence, origin, status) VALUES (?, ?, ?, ?, ?, 'proposed', 'proposed')");
  const pairIds = PAIRS.map(([en, ar, score, evidence]) => Number(pair.run(archiveId, en, ar, score, JSON.stringify(evidence)).lastInsertRowid));
  return { archiveId, pairIds };
}

/** How many live (not rejected) pairs each article is in, the most of any article on either side (1-1 means at most 1). */
export function mostLivePairsOfAnArticle(db: SqliteDatabase, archiveId: number): number {
  const row = db.prepare(`
    SELECT MAX(n) AS most FROM (
      SELECT COUNT(*) AS n FROM archive_pairs WHERE archive_id = ? AND status != 'rejected' GROUP BY en_article
      UNION ALL SELECT COUNT(*) AS n FROM archive_pairs WHERE archive_id = ? AND status != 'rejected' GROUP BY ar_article) AS counts`).get(archiveId, archiveId) as { most: number | null };
  return row.most ?? 0;
}
