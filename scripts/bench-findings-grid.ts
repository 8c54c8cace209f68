#!/usr/bin/env node
/**
 * Findings grid benchmark: generates a corpus (generate-corpus.ts) and stores FINDINGS_PER_PAIR
 * findings on each pair through the store's findings functions (50,000 by default), starts the
 * real server as a child process (server-process.ts), logs in through the form, then loads grid
 * pages one after another and reports their p50 and p95 latency: the first page, a deep page, the
 * last page, filtered pages and sorted pages; then the time of the whole CSV report (every finding).
 *
 *   node dist/scripts/bench-findings-grid.js [--findings 50000] [--requests 40] [--dir DIR] [--keep]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import type { FindingInput } from "../server/store/types.js";
import { ensureAdmin } from "../server/services/accounts.js";
import { CHECKS } from "../server/domain/checks/registry.js";
import { generateCorpus } from "./generate-corpus.js";
import { logInAs, startServerProcess } from "./server-process.js";

const PASSWORD = "bench-password-123";
const FINDINGS_PER_PAIR = 2;
const SEVERITIES: FindingInput["severity"][] = ["error", "warning", "info"];

/** Stores FINDINGS_PER_PAIR findings on every pair: the first and the last word of each side's paragraph. */
function storeFindings(dbPath: string, findings: number): void {
  generateCorpus(dbPath, Math.ceil(findings / FINDINGS_PER_PAIR));
  const store = openSqliteStore(dbPath);
  ensureAdmin(store, PASSWORD);
  let made = 0;
  for (const document of store.listDocuments()) {
    const beads = store.getBeads(document.id, { signals: false });
    const en = store.getParagraphs(document.id, "en");
    const ar = store.getParagraphs(document.id, "ar");
    const rows: FindingInput[] = [];
    beads.forEach((bead, k) => {
      for (const [n, side] of (["en", "ar"] as const).entries()) {
        if (made + rows.length >= findings) return;
        const paragraph = (side === "en" ? en : ar)[(side === "en" ? bead.en : bead.ar)[0] ?? -1];
        if (!paragraph) continue;
        const word = /\S+/u.exec(paragraph.text.slice(20));
        const start = 20 + (word?.index ?? 0);
        const end = start + (word?.[0].length ?? 1);
        const check = CHECKS[(k * 2 + n + document.id) % CHECKS.length]!;
        rows.push({
          beadId: bead.id, paragraphId: paragraph.id, checkId: check.id, severity: SEVERITIES[(k + n) % 3]!, side, start, end, params: {},
          suggestion: n === 0 ? "replacement" : null, textHash: "generated", excerpt: paragraph.text.slice(start, end),
        });
      }
    });
    store.replaceFindings(document.id, rows, document.version);
    made += rows.length;
  }
  store.close();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { findings: { type: "string", default: "50000" }, requests: { type: "string", default: "40" }, dir: { type: "string" }, keep: { type: "boolean", default: false } } });
  const findings = Number(values.findings);
  const requests = Number(values.requests);
  const dir = values.dir ?? mkdtempSync(join(tmpdir(), "mizan-bench-grid-"));
  const dbPath = join(dir, "grid.db");
  const t0 = Date.now();
  storeFindings(dbPath, findings);
  process.stderr.write(`stored ${findings} findings in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const server = await startServerProcess(dbPath);
  try {
    const { cookie } = await logInAs(server.url, "admin", PASSWORD);
    const get = async (path: string) => {
      const start = process.hrtime.bigint();
      const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, body };
    };
    const pages = Math.ceil(findings / 50);
    const check = CHECKS[3]!.id;
    const scenarios: [string, string][] = [
      ["first page", "/findings"],
      ["deep page (middle)", `/findings?page=${Math.floor(pages / 2)}`],
      ["last page", `/findings?page=${pages}`],
      ["filtered: one check", `/findings?check=${check}`],
      ["filtered: check, deep page", `/findings?check=${check}&page=${Math.max(1, Math.floor(pages / CHECKS.length / 2))}`],
      ["filtered: errors, by date", "/findings?severity=error&sort=date"],
      ["filtered: one document", "/findings?document=7"],
      ["filtered: document dates", "/findings?from=2020-01-10&to=2020-01-12"],
      ["sorted: severity, deep page", `/findings?sort=severity&page=${Math.floor(pages / 2)}`],
      ["sorted: check, deep page", `/findings?sort=check&page=${Math.floor(pages / 2)}`],
      ["sorted: document date", "/findings?sort=date"],
    ];
    console.log(`mizan findings grid benchmark — node ${process.version}; ${findings} findings, ${requests} sequential requests per page`);
    await get("/findings"); // warm up
    for (const [name, path] of scenarios) {
      const times: number[] = [];
      let bytes = 0;
      for (let k = 0; k < requests; k++) {
        const { ms, body } = await get(path);
        times.push(ms);
        bytes = body.length;
      }
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(30)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms  (${(bytes / 1024).toFixed(0)} KB)  ${path}`);
    }
    const csv = await get("/findings/report.csv");
    const lines = csv.body.split("\r\n").filter(Boolean).length - 1;
    console.log(`CSV report of every finding: ${(csv.ms / 1000).toFixed(2)} s, ${lines} findings, ${(Buffer.byteLength(csv.body) / 1e6).toFixed(1)} MB`);
  } finally {
    await server.stop();
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
