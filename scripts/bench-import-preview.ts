#!/usr/bin/env node
/**
 * The import's preview at its limits. (1) Reading the publication date from hostile HTML: a page
 * with twenty JSON-LD scripts at the size bound (100,000 characters each: deeply nested arrays,
 * wide arrays of objects, broken JSON, every one naming datePublished so none is skipped unread),
 * the date only in a <meta name="date"> after them; prints the median time of readHtmlPage, and
 * of readHtml (the same page's paragraphs, no metadata) for comparison. (2) The preview and "Save" of a long pair (P paragraphs a side,
 * HTML with Open Graph and JSON-LD dates) on a fresh database file: reading into a pending import,
 * the size of what is kept (JSON, not the bytes), building the preview page's content, and saving
 * (align and store); the median of each over the runs.
 *
 *   node dist/scripts/bench-import-preview.js [--paragraphs 2000] [--runs 3]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readHtml, readHtmlPage, MAX_JSON_LD_CHARS } from "../server/import/read-html.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { importPreviewView, previewImport, savePendingImport } from "../server/services/import-preview.js";
import { countOption } from "./count-option.js";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

function hostilePage(): string {
  const half = Math.floor(MAX_JSON_LD_CHARS / 2) - 10;
  const kinds = [
    `[{"datePublished":1},${"[".repeat(half - 20)}${"]".repeat(half - 20)}]`,
    `[${'{"a":[1,{"b":2}]},'.repeat(Math.floor((MAX_JSON_LD_CHARS - 80) / 18))}{"datePublished":"junk"}]`,
    `{"datePublished": ${"[".repeat(MAX_JSON_LD_CHARS - 40)}`,
    `${'{"a":'.repeat(Math.floor(half / 5))}{"datePublished":"2024-13-45"}${"}".repeat(Math.floor(half / 5))}`,
  ];
  const scripts = Array.from({ length: 20 }, (_, k) => `<script type="application/ld+json">${kinds[k % kinds.length]}</script>`).join("");
  return `<html><head>${scripts}<meta name="date" content="2024-03-05"></head><body><p>The council met on Tuesday.</p></body></html>`;
}

function longPair(paragraphs: number): { en: string; ar: string } {
  const en = Array.from({ length: paragraphs }, (_, k) => `<p>Paragraph ${k + 1}: the council said on Tuesday that the ceasefire in Homs had held for a week, officials added.</p>`);
  const ar = Array.from({ length: paragraphs }, (_, k) => `<p>الفقرة ${k + 1}: قال المجلس يوم الثلاثاء إن وقف إطلاق النار في حمص صمد أسبوعًا، وفق ما أضاف مسؤولون.</p>`);
  return {
    en: `<html><head><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body>${en.join("")}</body></html>`,
    ar: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-06"}</script></head><body>${ar.join("")}</body></html>`,
  };
}

async function main(): Promise<void> {
  const runs = countOption("runs", 3);
  const paragraphs = countOption("paragraphs", 2000);

  const page = hostilePage();
  const reads: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < runs; r++) {
    let started = process.hrtime.bigint();
    readHtml(page, "en", "hostile.html");
    plain.push(ms(started));
    started = process.hrtime.bigint();
    const { published } = readHtmlPage(page, "en", "hostile.html");
    reads.push(ms(started));
    if (published?.date !== "2024-03-05") throw new Error("the date after the hostile scripts was not found");
  }
  console.log(`hostile metadata: ${(page.length / 1e6).toFixed(1)} MB page, 20 JSON-LD scripts of ~${MAX_JSON_LD_CHARS.toLocaleString("en")} characters: readHtmlPage median ${median(reads).toFixed(0)} ms (${reads.map((t) => t.toFixed(0)).join(", ")}); readHtml (no metadata) ${median(plain).toFixed(0)} ms`);

  const { en, ar } = longPair(paragraphs);
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-preview-"));
  const times = { preview: [] as number[], view: [] as number[], save: [] as number[] };
  let kept = 0;
  try {
    const store = openSqliteStore(join(dir, "mizan.db"));
    for (let r = 0; r < runs; r++) {
      let started = process.hrtime.bigint();
      const { pendingId } = await previewImport(store, { en: { bytes: Buffer.from(en), name: "en.html" }, ar: { bytes: Buffer.from(ar), name: "ar.html" } }, {}, "bench");
      times.preview.push(ms(started));
      kept = (store.db.prepare("SELECT length(content) AS n FROM pending_imports WHERE id = ?").get(pendingId) as { n: number }).n;
      started = process.hrtime.bigint();
      const view = importPreviewView(store, pendingId, "bench");
      times.view.push(ms(started));
      if ("savedAs" in view || view.editions[0].paragraphs.length !== paragraphs) throw new Error("the preview lost paragraphs");
      started = process.hrtime.bigint();
      savePendingImport(store, pendingId, "bench", { dictionary: false });
      times.save.push(ms(started));
    }
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`long pair: ${paragraphs} paragraphs a side, ${((en.length + ar.length) / 1e6).toFixed(2)} MB of HTML; kept as JSON: ${(kept / 1e6).toFixed(2)} MB`);
  console.log(`  read into a pending import: median ${median(times.preview).toFixed(0)} ms; preview page content: ${median(times.view).toFixed(0)} ms; save (align + store): ${median(times.save).toFixed(0)} ms`);
}

void main();
