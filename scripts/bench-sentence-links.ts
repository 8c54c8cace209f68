#!/usr/bin/env node
/**
 * Sentence links at work: a fresh database holding the sample article pair C times (the same
 * texts, so every copy has the same rows), then the time of what a reviewer does in the sentence
 * panel — opening a row's panel (its sentences split, the aligner's links computed) and one
 * operation (a confirmation, written with its history entry) — over every two-sided row of the
 * first copy, and a sentence-level TMX export of the whole corpus before and after every
 * two-sided row of every copy has confirmed links (the export then reads the stored links instead
 * of aligning). Prints medians and the 95th percentile; the lexicon is built once beforehand.
 *
 *   node dist/scripts/bench-sentence-links.js [--copies 20]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../server/services/load-sample.js";
import { changeRowSentenceLinks, readSentencePanel } from "../server/services/sentence-links.js";
import { exportCorpus } from "../server/services/export-corpus.js";
import { parseChoices } from "../server/domain/export/choices.js";
import { lexiconFor } from "../server/services/align-resources.js";
import { countOption } from "./count-option.js";

const reviewer = { name: "bench-reviewer", role: "translator" as const };
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

async function main(): Promise<void> {
  const copies = countOption("copies", 20);
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-sentences-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  try {
    const documents: number[] = [];
    for (let k = 0; k < copies; k++) documents.push(...(await loadSampleCorpus(store)));
    const lexicon = lexiconFor(store.listGlossary());
    const twoSided = (id: number) => store.getBeads(id).filter((b) => b.en.length > 0 && b.ar.length > 0);

    const opens: number[] = [];
    const changes: number[] = [];
    for (const bead of twoSided(documents[0] ?? 0)) {
      let start = process.hrtime.bigint();
      const panel = readSentencePanel(store, documents[0] ?? 0, bead.id, lexicon);
      opens.push(ms(start));
      start = process.hrtime.bigint();
      changeRowSentenceLinks(store, documents[0] ?? 0, { bead: bead.id, version: panel.version, fingerprint: panel.fingerprint, operation: { op: "confirm" } }, reviewer);
      changes.push(ms(start));
    }
    console.log(`rows (two-sided, one copy): ${opens.length}`);
    console.log(`open a row's panel:  median ${quantile(opens, 0.5).toFixed(1)} ms, p95 ${quantile(opens, 0.95).toFixed(1)} ms`);
    console.log(`confirm its links:   median ${quantile(changes, 0.5).toFixed(1)} ms, p95 ${quantile(changes, 0.95).toFixed(1)} ms (the panel read again included)`);

    const exportSeconds = async () => {
      const choices = parseChoices({ format: "tmx", granularity: "sentence", status: "all" });
      let bytes = 0;
      const sink = new Writable({ write(chunk: Buffer, _enc, done) { bytes += chunk.length; done(); } });
      const start = process.hrtime.bigint();
      const report = await exportCorpus(store, choices, sink, { meta: { name: "bench", granularity: "sentence", createdAt: new Date(), tool: { name: "mizan", version: "bench" } }, lexicon });
      return { seconds: ms(start) / 1000, units: report.units, bytes };
    };
    const before = await exportSeconds();
    for (const id of documents.slice(1)) {
      for (const bead of twoSided(id)) {
        const panel = readSentencePanel(store, id, bead.id, lexicon);
        changeRowSentenceLinks(store, id, { bead: bead.id, version: panel.version, fingerprint: panel.fingerprint, operation: { op: "confirm" } }, reviewer);
      }
    }
    const after = await exportSeconds();
    console.log(`sentence-level TMX of ${copies} documents, aligner's links:   ${before.seconds.toFixed(2)} s, ${before.units} units, ${before.bytes} bytes`);
    console.log(`sentence-level TMX of ${copies} documents, confirmed links: ${after.seconds.toFixed(2)} s, ${after.units} units, ${after.bytes} bytes`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
