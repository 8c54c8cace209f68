#!/usr/bin/env node
/**
 * The pairing review at archive scale: one archive of N English and N Arabic articles (spread over
 * a year, made-up titles of a few words) with 0.7·N proposed pairs, written straight into migration
 * 18's tables; then the time (p50 and p95 of --runs calls, in-process, through the services the
 * pages call) of the archive list, the first and a deep page of pairs by score, the unpaired list
 * of each edition, the re-pair page's search (one word, near the date and all dates), and a
 * confirm, a bulk decision of 50 (rejecting and confirming in turn) and a re-pair. Each edition
 * also has min(N, 10,000) files that could not be read (the archive page shows the first 10; a
 * deep page of 100 of them is timed too).
 *
 *   node dist/scripts/bench-archive-review.js [--articles 10000] [--runs 30]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { translatorFor } from "../server/i18n/translate.js";
import { archivePairsPage, decidePairAs, decidePairsAs, fileErrorsPage, repairAs, repairView, unpairedPage } from "../server/services/archive-review.js";
import { countOption } from "./count-option.js";

const N = countOption("articles", 10_000);
const RUNS = countOption("runs", 30);
const WORDS_EN = ["budget", "floods", "ceasefire", "museum", "election", "talks", "minister", "river", "schools", "harvest", "border", "court"];
const WORDS_AR = ["الميزانية", "فيضانات", "وقف", "المتحف", "الانتخابات", "محادثات", "الوزير", "النهر", "المدارس", "الحصاد", "الحدود", "المحكمة"];
const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);

function seed(db: ReturnType<typeof openSqliteStore>["db"]): number {
  db.pragma("synchronous = OFF");
  const archive = Number(db.prepare("INSERT INTO archives (name, window_days, threshold, created_by, created_at) VALUES ('bench', 7, 0.56, 'admin', '2024-01-01T00:00:00Z')").run().lastInsertRowid);
  const article = db.prepare("INSERT INTO archive_articles (archive_id, edition, article_id, seq, date, title, paragraphs) VALUES (?, ?, ?, ?, ?, ?, '[]')");
  const pair = db.prepare("INSERT INTO archive_pairs (archive_id, en_article, ar_article, score, evidence, origin, status) VALUES (?, ?, ?, ?, ?, 'proposed', 'proposed')");
  const fileError = db.prepare("INSERT INTO archive_file_errors (archive_id, edition, name, code, params) VALUES (?, ?, ?, 'too-large', '{\"limit\":2000000}')");
  db.transaction(() => {
    for (let k = 0; k < N; k++) {
      const date = new Date(FIRST + (k % 365) * DAY).toISOString().slice(0, 10);
      const title = (words: string[]) => `${words[k % words.length]} ${words[(k * 7 + 3) % words.length]} ${k}`;
      article.run(archive, "en", `en-${k}`, k, date, title(WORDS_EN));
      article.run(archive, "ar", `ar-${k}`, k, date, title(WORDS_AR));
      if (k < 10_000) for (const edition of ["en", "ar"]) fileError.run(archive, edition, `bad-${k}.txt`);
      if (k % 10 < 7) pair.run(archive, `en-${k}`, `ar-${k}`, ((k * 7919) % 1000) / 1000, JSON.stringify({ names: ["Basra"], numbers: [String(k)], words: k % 9, coverageEn: 0.8, coverageAr: 0.7 }));
    }
  }).immediate();
  return archive;
}

function timed(runs: number, fn: (k: number) => void): { p50: number; p95: number } {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = process.hrtime.bigint();
    fn(k);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)] ?? 0, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))] ?? 0 };
}

const dir = mkdtempSync(join(tmpdir(), "mizan-bench-review-"));
try {
  const store = openSqliteStore(join(dir, "mizan.db"));
  const archive = seed(store.db);
  const t = translatorFor("en");
  const admin = { name: "admin", role: "admin" as const };
  // A cursor two-thirds of the way down the pairs by score, for the deep page.
  const deep = store.db.prepare("SELECT score, id FROM archive_pairs WHERE archive_id = ? ORDER BY score DESC, id LIMIT 1 OFFSET ?").get(archive, Math.floor(N * 0.45)) as { score: number; id: number };
  const rows: [string, { p50: number; p95: number }][] = [
    ["archive list (counts)", timed(RUNS, () => store.listArchives())],
    ["pairs by score, first page of 50", timed(RUNS, () => archivePairsPage(store, archive, { filter: "all", after: null }, admin, t, "en"))],
    ["pairs by score, deep page", timed(RUNS, () => archivePairsPage(store, archive, { filter: "proposed", after: deep }, admin, t, "en"))],
    ["files not read, deep page of 100", timed(RUNS, (k) => fileErrorsPage(store, archive, { edition: "ar", name: `bad-${(k * 37) % Math.min(N, 10_000)}.txt` }, t))],
    ["unpaired English, first page", timed(RUNS, () => unpairedPage(store, archive, "en", null, admin))],
    ["unpaired Arabic, deep page", timed(RUNS, () => unpairedPage(store, archive, "ar", { date: "2023-09-01", id: "" }, admin))],
    ["re-pair page, no words (window)", timed(RUNS, (k) => repairView(store, archive, "en", `en-${k * 13}`, "", admin))],
    ["re-pair page, one Arabic word", timed(RUNS, (k) => repairView(store, archive, "en", `en-${k * 13}`, "المتحف", admin))],
    ["confirm one pair", timed(RUNS, (k) => decidePairAs(store, archive, store.listArchivePairs(archive, "proposed", null, 1).pairs[0]?.id ?? k, "confirm", "1", admin))],
    // The first page's 50 pairs, rejected and confirmed again in turn (so small archives never run out).
    ["bulk decision of 50", timed(RUNS, (k) => {
      const page = store.listArchivePairs(archive, "all", null, 50).pairs;
      decidePairsAs(store, archive, k % 2 === 0 ? "reject" : "confirm", page.map((p) => `${p.id}:${p.version}`), admin);
    })],
    ["re-pair by hand", timed(RUNS, (k) => repairAs(store, archive, "en", `en-${k * 10 + 7}`, `ar-${k * 10 + 1}`, admin))],
  ];
  console.log(`pairing review, ${N} English × ${N} Arabic articles, ${Math.round(N * 0.7)} pairs, ${RUNS} runs each (ms)`);
  for (const [name, { p50, p95 }] of rows) console.log(`${name.padEnd(36)} p50 ${p50.toFixed(2).padStart(8)}  p95 ${p95.toFixed(2).padStart(8)}`);
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
