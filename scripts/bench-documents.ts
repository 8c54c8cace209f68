#!/usr/bin/env node
/**
 * Managing documents at corpus scale: a fresh database of D documents (P pairs each, publication
 * dates spread over years, some undated), then the time of the store's list alone and of the corpus
 * table's page (that list filtered, sorted by a column, one page cut) for each sort column, of deleting a
 * share of the documents one by one, and of the purge the background runs after 30 days, batch
 * after batch as jobs/background.ts does (PURGE_BATCH documents a transaction), with the longest
 * single batch (how long one transaction holds the database). Medians (and the corpus page's
 * 95th percentile) of a few runs.
 *
 *   node dist/scripts/bench-documents.js [--documents 10000] [--pairs 20] [--delete 2000] [--runs 5]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { CORPUS_SORTS, corpusPage } from "../server/services/corpus-view.js";
import { deleteDocumentAs, purgeExpiredDocuments, RETENTION_DAYS } from "../server/services/document-manage.js";
import { PURGE_BATCH } from "../server/jobs/background.js";
import type { NewDocument } from "../server/store/types.js";
import { countOption } from "./count-option.js";

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** The 95th percentile (nearest rank): with few runs, the slowest but the odd outlier. */
const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.95) - 1)] ?? 0;
const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

function documentOf(k: number, pairs: number): NewDocument {
  const date = k % 7 === 0 ? null : `${2015 + (k % 10)}-${String((k % 12) + 1).padStart(2, "0")}-${String((k % 28) + 1).padStart(2, "0")}`;
  return {
    title: `Story ${k} from the northern countryside`, titleAr: `قصة ${k} من الريف الشمالي`, publishedEn: date, publishedAr: k % 5 === 0 ? null : date,
    en: Array.from({ length: pairs }, (_, p) => ({ text: `Paragraph ${p} of story ${k}: talks resumed on Monday.`, boilerplate: null })),
    ar: Array.from({ length: pairs }, (_, p) => ({ text: `الفقرة ${p} من القصة ${k}: استؤنفت المحادثات يوم الاثنين.`, boilerplate: null })),
    beads: Array.from({ length: pairs }, (_, p) => ({ en: [p], ar: [p], score: 0.95, signals: { shape: "1-1" } })),
  };
}

const documents = countOption("documents", 10_000);
const pairs = countOption("pairs", 20);
const toDelete = Math.min(countOption("delete", 2000), documents);
const runs = countOption("runs", 5);
const dir = mkdtempSync(join(tmpdir(), "mizan-bench-documents-"));
const store = openSqliteStore(join(dir, "bench.db"));
const admin = { name: "admin", role: "admin" as const };
try {
  const started = process.hrtime.bigint();
  store.atomically(() => {
    for (let k = 0; k < documents; k++) store.createDocument(documentOf(k, pairs), "bench");
  });
  console.log(`${documents} documents of ${pairs} pairs stored in ${(ms(started) / 1000).toFixed(1)} s`);

  const reads: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    store.listDocuments();
    reads.push(ms(t));
  }
  console.log(`the store's list alone (counts per document): median ${median(reads).toFixed(0)} ms`);
  for (const sort of CORPUS_SORTS) {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = process.hrtime.bigint();
      corpusPage(store, { sort, dir: r % 2 === 0 ? "asc" : "desc", page: "3" });
      times.push(ms(t));
    }
    console.log(`corpus page sorted by ${sort}: p50 ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms (${runs} runs, both directions)`);
  }
  const filtered: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    corpusPage(store, { q: "قصة 12", sort: "published-ar", dir: "desc" });
    filtered.push(ms(t));
  }
  console.log(`corpus page searched (Arabic) and sorted by the Arabic date: p50 ${median(filtered).toFixed(1)} ms, p95 ${p95(filtered).toFixed(1)} ms`);

  const ids = store.listDocuments().map((d) => d.id).slice(0, toDelete);
  const deletedAt = new Date("2024-01-01T00:00:00Z");
  const t = process.hrtime.bigint();
  for (const id of ids) deleteDocumentAs(store, id, admin, deletedAt);
  const deleting = ms(t);
  console.log(`deleted ${ids.length} documents one by one: ${(deleting / ids.length).toFixed(2)} ms each`);
  const live = process.hrtime.bigint();
  const page = corpusPage(store, { sort: "title" });
  console.log(`corpus page after the deletions: ${page.paging.total} documents listed, ${ms(live).toFixed(0)} ms`);

  const later = new Date(deletedAt.getTime() + (RETENTION_DAYS + 1) * 24 * 60 * 60 * 1000);
  let purged = 0;
  let longest = 0;
  const p = process.hrtime.bigint();
  for (;;) {
    const b = process.hrtime.bigint();
    const batch = purgeExpiredDocuments(store, later, PURGE_BATCH);
    longest = Math.max(longest, ms(b));
    purged += batch.length;
    if (batch.length < PURGE_BATCH) break;
  }
  console.log(`purged ${purged} documents (${purged * pairs * 2} paragraphs) in batches of ${PURGE_BATCH}: ${(ms(p) / 1000).toFixed(1)} s, longest batch ${longest.toFixed(0)} ms`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
