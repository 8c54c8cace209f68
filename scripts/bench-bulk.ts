#!/usr/bin/env node
/**
 * Bulk changes at corpus scale: a fresh database of D documents holding N occurrences of one
 * consistency slip ("Negotiating Committee", each with its stored naming-consistency finding, as
 * the background would store it), then the time of each step a user goes through: the preview
 * (a POST: reads the findings and paragraphs, stores the occurrences), its first and last page (a
 * GET: reads one page), accepting all (one transaction, one revision per paragraph, one history
 * group) and the one undo that reverts it; and "confirm all above" on one document of R rows
 * (preview, page, accept). Prints the median of a few runs of each.
 *
 *   node dist/scripts/bench-bulk.js [--occurrences 5000] [--documents 1000] [--rows 2000] [--runs 3]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { hashText } from "../server/domain/checks/dismissals.js";
import { acceptBulkChange, bulkChangePage, BULK_PAGE_SIZE, previewConfirmAbove, previewReplaceEverywhere, undoBulkChange } from "../server/services/bulk-changes.js";
import { translatorFor } from "../server/i18n/translate.js";
import type { Store } from "../server/store/types.js";
import { countOption } from "./count-option.js";

const SLIP = "Negotiating Committee";
const FIX = "Negotiations Committee";
const editor = { name: "bench-editor", role: "copy-editor" as const };
const translator = { name: "bench-translator", role: "translator" as const };
const t = translatorFor("en");

/** D documents whose English paragraphs each hold the slip once, N paragraphs in all, with their findings stored. */
function buildCorpus(store: Store, occurrences: number, documents: number): void {
  const perDocument = Math.ceil(occurrences / documents);
  let left = occurrences;
  for (let d = 0; d < documents && left > 0; d++) {
    const count = Math.min(perDocument, left);
    left -= count;
    const en = Array.from({ length: count }, (_, k) => ({ text: `In round ${k + 1} of document ${d + 1}, the ${SLIP} met the envoy again and said so.`, boilerplate: null }));
    const ar = Array.from({ length: count }, (_, k) => ({ text: `في الجولة ${k + 1} التقت الهيئة المبعوث مجددًا.`, boilerplate: null }));
    const id = store.createDocument({ title: `Talks ${d + 1}`, en, ar, beads: en.map((_, k) => ({ en: [k], ar: [k], score: 0.9, signals: { shape: "1-1" } })) }, "bench");
    const beads = store.getBeads(id, { signals: false });
    const paragraphs = store.getParagraphs(id, "en");
    const findings = paragraphs.map((p, k) => {
      const start = p.text.indexOf(SLIP);
      return {
        beadId: beads[k]!.id, paragraphId: p.id, checkId: "naming-consistency", severity: "warning" as const, side: "en", start, end: start + SLIP.length,
        params: { name: SLIP, canonical: FIX }, suggestion: FIX, textHash: hashText(p.text), excerpt: SLIP,
      };
    });
    store.replaceFindings(id, findings, store.getDocument(id)!.version);
  }
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function main(): void {
  const occurrences = countOption("occurrences", 5000);
  const documents = countOption("documents", 1000);
  const rows = countOption("rows", 2000);
  const runs = countOption("runs", 3);
  const steps = new Map<string, number[]>();
  const record = (name: string, ms: number) => steps.set(name, [...(steps.get(name) ?? []), ms]);
  let shown = 0;
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), "mizan-bench-bulk-"));
    const store = openSqliteStore(join(dir, "bench.db"));
    try {
      buildCorpus(store, occurrences, documents);
      const preview = time(() => previewReplaceEverywhere(store, "naming-consistency", SLIP, FIX, editor));
      record(`replace: preview of ${occurrences} occurrences (POST)`, preview.ms);
      const first = time(() => bulkChangePage(store, preview.value, 1, editor, t));
      shown = first.value.occurrences.length;
      record(`replace: first page, ${BULK_PAGE_SIZE} shown (GET)`, first.ms);
      record("replace: last page (GET)", time(() => bulkChangePage(store, preview.value, first.value.pages, editor, t)).ms);
      const accepted = time(() => acceptBulkChange(store, preview.value, true, editor));
      if (accepted.value.applied !== occurrences) throw new Error(`accepted ${accepted.value.applied} of ${occurrences}`);
      record(`replace: accept all (${accepted.value.changes} revisions in ${accepted.value.documents.length} documents)`, accepted.ms);
      const undone = time(() => undoBulkChange(store, preview.value, editor));
      if (undone.value.group?.changes !== accepted.value.changes) throw new Error("the undo did not move the whole group");
      record("replace: one undo of the whole group", undone.ms);

      const en = Array.from({ length: rows }, (_, k) => ({ text: `Paragraph ${k + 1} of the long report.`, boilerplate: null }));
      const ar = Array.from({ length: rows }, (_, k) => ({ text: `الفقرة ${k + 1} من التقرير الطويل.`, boilerplate: null }));
      const long = store.createDocument({ title: "Long report", en, ar, beads: en.map((_, k) => ({ en: [k], ar: [k], score: 0.9, signals: { shape: "1-1" } })) }, "bench");
      const last = store.getBeads(long, { signals: false }).at(-1)!;
      const above = time(() => previewConfirmAbove(store, long, last.id, last.version, translator));
      record(`confirm all above: preview of ${rows} rows (POST)`, above.ms);
      record("confirm all above: first page (GET)", time(() => bulkChangePage(store, above.value, 1, translator, t)).ms);
      record("confirm all above: accept all", time(() => acceptBulkChange(store, above.value, true, translator)).ms);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`bulk changes: ${occurrences} occurrences in ${documents} documents, a ${rows}-row document; median of ${runs} runs (page shows ${shown})\n`);
  for (const [name, ms] of steps) process.stdout.write(`  ${name}: ${median(ms).toFixed(1)} ms\n`);
}

main();
