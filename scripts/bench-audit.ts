#!/usr/bin/env node
/**
 * The audit log and the history page at scale: a generated corpus (scripts/generate-corpus.ts)
 * with N history entries written by the store's history writer (store/history-writer.ts, the same
 * rows the app writes: row status changes, text edits, fixes, merges, dismissals, logins, failed
 * logins, exports), spread over 100 days, a tenth of them on one document; then the real server
 * (scripts/server-process.ts), a login through the form, and the time of each page a user asks for
 * (p50 and p95 of --runs loads each): the audit log's first page, a deep page, each filter, a date
 * range, a document's history (first and deep page), and the CSV export of the whole log and of a
 * filtered one.
 *
 *   node dist/scripts/bench-audit.js [--entries 100000] [--runs 30]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./generate-corpus.js";
import { openDatabase } from "../server/store/open-database.js";
import { writeHistory } from "../server/store/history-writer.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { hashPassword } from "../server/domain/auth/passwords.js";
import { logInAs, startServerProcess, type Session } from "./server-process.js";
import { countOption } from "./count-option.js";

const PASSWORD = "bench password 123";
const DOCUMENTS = 200;
const ROWS = 100;
const DAYS = 100;
const FIRST_DAY = Date.UTC(2026, 0, 1);

/** N history entries of the kinds the app writes, through the one history writer, in batches. */
function writeEntries(path: string, entries: number): void {
  const db = openDatabase(path);
  db.pragma("synchronous = OFF");
  const users = Array.from({ length: 20 }, (_, k) => `editor-${k + 1}`);
  const write = db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      // A tenth on document 1 (its history page has thousands of entries), the rest spread.
      const documentId = k % 10 === 0 ? 1 : (k % DOCUMENTS) + 1;
      const row = (k * 7) % ROWS;
      const bead = (documentId - 1) * ROWS + row + 1;
      const paragraph = 2 * bead - 1;
      const user = users[k % users.length] ?? "editor";
      switch (k % 8) {
        case 0: writeHistory(db, { documentId, user, kind: "bead-status", action: "confirm", target: `bead:${bead}`, before: { status: "auto", version: 1 }, after: { status: "confirmed", version: 2 } }); break;
        case 1: writeHistory(db, { documentId, user, kind: "text", action: "edit-text", target: `paragraph:${paragraph}`, before: { text: "The delegation met the mediators." }, after: { text: "The delegation met the mediators in Homs." } }); break;
        case 2: writeHistory(db, { documentId, user, kind: "text", action: "fix:naming-consistency", target: `paragraph:${paragraph}`, before: { text: "the Negotiating Committee" }, after: { text: "the Negotiations Committee" } }); break;
        case 3: writeHistory(db, {
          documentId, user, kind: "splice", action: "merge", target: `document:${documentId}`,
          before: { from: row, rows: [{ enIds: [paragraph], arIds: [paragraph + 1], status: "auto", score: 0.9 }, { enIds: [paragraph + 2], arIds: [paragraph + 3], status: "auto", score: 0.9 }] },
          after: { from: row, rows: [{ enIds: [paragraph, paragraph + 2], arIds: [paragraph + 1, paragraph + 3], status: "auto", score: 0.9 }] },
        }); break;
        case 4: writeHistory(db, { documentId, user, action: "dismiss", target: "check:naming-consistency", after: { checkId: "naming-consistency", lang: "en", textHash: "x", start: 0, end: 4 } }); break;
        case 5: writeHistory(db, { documentId: null, user, action: "login" }); break;
        case 6: writeHistory(db, { documentId: null, user: `stranger-${k % 500}`, action: "login-failed" }); break;
        default: writeHistory(db, { documentId: null, user, action: "export", target: "tmx", after: { query: {}, report: {} } });
      }
    }
  });
  for (let k = 0; k < entries; k += 5000) write(k, Math.min(entries, k + 5000));
  // Spread the entries over DAYS days in the order they were written (the writer stamps "now").
  const total = (db.prepare("SELECT MAX(id) AS n FROM history").get() as { n: number }).n;
  const stamp = db.prepare("UPDATE history SET at = ? WHERE id = ?");
  db.transaction(() => {
    for (let id = 1; id <= total; id++) stamp.run(new Date(FIRST_DAY + Math.floor(((id - 1) / total) * DAYS * 86_400_000)).toISOString(), id);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function load(url: string, session: Session): Promise<{ ms: number; bytes: number; status: number }> {
  const start = process.hrtime.bigint();
  const res = await fetch(url, { headers: { cookie: session.cookie } });
  const body = await res.arrayBuffer();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: body.byteLength, status: res.status };
}

async function measure(label: string, url: string, session: Session, runs: number): Promise<void> {
  const times: number[] = [];
  let last = { ms: 0, bytes: 0, status: 0 };
  for (let k = 0; k < runs; k++) {
    last = await load(url, session);
    if (last.status !== 200) throw new Error(`${label}: status ${last.status}`);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(34)} p50 ${quantile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(times, 0.95).toFixed(1).padStart(7)} ms   (${runs} loads, ${(last.bytes / 1024).toFixed(0)} KB)`);
}

async function main(): Promise<void> {
  const entries = countOption("entries", 100_000);
  const runs = countOption("runs", 30);
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-audit-"));
  const path = join(dir, "bench.db");
  try {
    let start = Date.now();
    generateCorpus(path, DOCUMENTS * ROWS);
    writeEntries(path, entries);
    const store = openSqliteStore(path);
    store.createUser("bench-admin", hashPassword(PASSWORD), "admin");
    // A page near the very end of the log: the 200 oldest entries and no more.
    const oldest = 200;
    store.close();
    console.log(`database: ${DOCUMENTS} documents of ${ROWS} rows, ${entries} history entries over ${DAYS} days (${((Date.now() - start) / 1000).toFixed(1)} s to write)`);
    const server = await startServerProcess(path);
    try {
      const session = await logInAs(server.url, "bench-admin", PASSWORD);
      const base = server.url;
      // One load of each first, so that nothing measured pays for a cold start.
      await load(`${base}/audit`, session);
      console.log(`page loads (server in a child process, one client; ${runs} loads each):`);
      await measure("audit: first page", `${base}/audit`, session, runs);
      await measure("audit: deepest page", `${base}/audit?before=${oldest}`, session, runs);
      await measure("audit: action confirm", `${base}/audit?action=confirm`, session, runs);
      await measure("audit: action fix (fix:<check>)", `${base}/audit?action=fix`, session, runs);
      await measure("audit: action user-add (none)", `${base}/audit?action=user-add`, session, runs);
      await measure("audit: user", `${base}/audit?user=editor-7`, session, runs);
      await measure("audit: document", `${base}/audit?document=42`, session, runs);
      await measure("audit: 7-day range", `${base}/audit?from=2026-02-10&until=2026-02-16`, session, runs);
      await measure("audit: range of all 100 days", `${base}/audit?from=2026-01-01&until=2026-04-10`, session, runs);
      await measure("audit: range + action + user", `${base}/audit?from=2026-02-10&until=2026-02-16&action=merge&user=editor-4`, session, runs);
      await measure("history: document 1, first page", `${base}/documents/1/history`, session, runs);
      await measure("history: document 1, deep page", `${base}/documents/1/history?before=${oldest + 500}`, session, runs);
      console.log("CSV export (whole body received):");
      const all = await load(`${base}/audit.csv`, session);
      console.log(`  audit.csv, all ${entries} entries: ${(all.ms / 1000).toFixed(2)} s, ${(all.bytes / 1024 / 1024).toFixed(1)} MB`);
      const filtered = await load(`${base}/audit.csv?action=confirm`, session);
      console.log(`  audit.csv, action confirm:     ${(filtered.ms / 1000).toFixed(2)} s, ${(filtered.bytes / 1024 / 1024).toFixed(1)} MB`);
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
