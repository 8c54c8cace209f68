#!/usr/bin/env node
/**
 * Concurrency proof: many copy editors editing the same few paragraphs of one document at once,
 * through real mizan servers (child processes on one database of their own). Each client logs in
 * through the login form, then loops: GET /api/paragraphs/:id for the version, PUT
 * /api/paragraphs/:id with a new text and that version. With `--instances N` there are N servers on
 * the same database and every client alternates between them request by request (its session and
 * CSRF token, kept in the database, hold on all of them), so a read on one instance is followed by
 * the write on the next. Afterwards, from the database: every acknowledged edit (200) is in
 * the document's history, every refused one got 409 and wrote nothing, no other status occurred,
 * and each paragraph's text is the after-text of its last history entry. Lost updates must be 0.
 *
 * `--db` is a SQLite file, or a PostgreSQL cluster's URL (postgresql://user@host:port/db) on which
 * the run creates a fresh database of its own and drops it afterwards (bench-database.ts).
 *
 * Usage: node dist/scripts/bench-concurrency.js [--clients 20] [--seconds 60] [--paragraphs 3] [--editors 5] [--seed 1] [--instances 1] [--db LOCATION]
 * Exit code 0 when nothing was lost and every answer was 200 or 409, 1 otherwise.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { openStore } from "../server/store/open-store.js";
import { importArticle } from "../server/services/import-article.js";
import { ensureAdmin } from "../server/services/accounts.js";
import { hashPassword } from "../server/domain/auth/passwords.js";
import { CORPUS_DIR } from "../server/paths.js";
import { randomInt, seededRandom } from "./seeded-random.js";
import { logInAs, startServerProcess, type ServerProcess, type Session } from "./server-process.js";
import { freshBenchDatabase } from "./bench-database.js";

const PASSWORD = "concurrency-password-123";
const EDIT_MARK = / \[client \d+ edit \d+\]$/u;

export type ConcurrencyOptions = {
  clients: number; seconds: number; paragraphs: number; editors: number; seed: number;
  /** App servers on the one database (default 1); clients alternate between them. */
  instances?: number;
  /** A SQLite file or a PostgreSQL cluster URL (a fresh database is made on it); default a temporary SQLite file. */
  db?: string;
  log?: (line: string) => void;
};

export type ConcurrencyReport = {
  engine: "sqlite" | "postgres";
  instances: number;
  /** Edits acknowledged by each instance, in order (they must all have taken some). */
  acknowledgedPerInstance: number[];
  clients: number;
  seconds: number;
  paragraphs: number;
  /** PUT requests (edits attempted). */
  requests: number;
  reads: number;
  acknowledged: number;
  conflicts: number;
  /** Any answer to a GET or PUT other than 200 (GET, PUT) or 409 (PUT). */
  others: number;
  /** Acknowledged edits missing from the history. */
  lostUpdates: number;
  /** Refused edits whose text is in the history anyway. */
  refusedButWritten: number;
  /** History entries of the paragraphs that no client was told about (should be 0). */
  unacknowledgedWrites: number;
  /** Paragraphs whose final text is not the after-text of their last history entry. */
  finalMismatches: number;
  problems: string[];
};

type Outcome = { paragraphId: number; text: string; status: number; instance: number };

/** Client `client`'s loop: its n-th read goes to instance (client + n) mod N, its write to the next one. */
async function editLoop(urls: string[], session: Session, client: number, paragraphIds: number[], deadline: number, seed: number, reads: Map<number, number>): Promise<Outcome[]> {
  const random = seededRandom(seed);
  const outcomes: Outcome[] = [];
  const headers = { cookie: session.cookie, accept: "application/json" };
  for (let n = 0; Date.now() < deadline; n++) {
    const paragraphId = paragraphIds[randomInt(random, 0, paragraphIds.length - 1)] ?? 0;
    const readAt = urls[(client + n) % urls.length] ?? "";
    const instance = (client + n + 1) % urls.length;
    const writeAt = urls[instance] ?? "";
    const read = await fetch(`${readAt}/api/paragraphs/${paragraphId}`, { headers });
    reads.set(read.status, (reads.get(read.status) ?? 0) + 1);
    if (read.status !== 200) {
      await read.text();
      continue;
    }
    const current = (await read.json()) as { text: string; version: number };
    const text = `${current.text.replace(EDIT_MARK, "")} [client ${client} edit ${n}]`;
    const put = await fetch(`${writeAt}/api/paragraphs/${paragraphId}`, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json", "x-csrf-token": session.csrf },
      body: JSON.stringify({ text, version: current.version }),
    });
    await put.text();
    outcomes.push({ paragraphId, text, status: put.status, instance });
  }
  return outcomes;
}

export async function runConcurrency(options: ConcurrencyOptions): Promise<ConcurrencyReport> {
  const log = options.log ?? (() => undefined);
  const database = await freshBenchDatabase(options.db, "concurrency");
  const dbPath = database.location;
  const instances = Math.max(1, options.instances ?? 1);
  try {
    // The sample article, a few copy editors, and the paragraphs they will fight over.
    const setup = openStore(dbPath);
    ensureAdmin(setup, PASSWORD);
    const sample = join(CORPUS_DIR, "northern-homs-de-escalation");
    const { id: documentId } = await importArticle(
      setup,
      { en: { bytes: readFileSync(join(sample, "en.txt")), name: "en.txt" }, ar: { bytes: readFileSync(join(sample, "ar.txt")), name: "ar.txt" } },
      { title: "Concurrency test" }, "setup", { dictionary: false },
    );
    const editors = Array.from({ length: options.editors }, (_, k) => `editor-${k + 1}`);
    const hash = hashPassword(PASSWORD);
    for (const name of editors) setup.createUser(name, hash, "copy-editor");
    // Both sides: English and Arabic paragraphs alternately.
    const en = setup.getParagraphs(documentId, "en");
    const ar = setup.getParagraphs(documentId, "ar");
    const paragraphIds = Array.from({ length: options.paragraphs }, (_, k) => (k % 2 === 0 ? en[k / 2] : ar[(k - 1) / 2])?.id ?? 0);
    setup.close();

    const servers: ServerProcess[] = [];
    const reads = new Map<number, number>();
    let outcomes: Outcome[];
    try {
      // One after the other: the first applies any migration, the others find the schema done.
      for (let k = 0; k < instances; k++) servers.push(await startServerProcess(dbPath));
      const urls = servers.map((server) => server.url);
      // Each client logs in on an instance of its own turn, then uses all of them.
      const sessions = await Promise.all(Array.from({ length: options.clients }, (_, k) => logInAs(urls[k % urls.length] ?? "", editors[k % editors.length] ?? "", PASSWORD)));
      log(`${options.clients} clients logged in as ${editors.length} copy editors on ${instances} instance(s) (${database.engine}); editing paragraphs ${paragraphIds.join(", ")} of document ${documentId} for ${options.seconds} s`);
      const deadline = Date.now() + options.seconds * 1000;
      const results = await Promise.all(sessions.map((session, k) => editLoop(urls, session, k + 1, paragraphIds, deadline, options.seed * 1000 + k, reads)));
      outcomes = results.flat();
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }

    const report: ConcurrencyReport = {
      engine: database.engine, instances, acknowledgedPerInstance: Array.from({ length: instances }, () => 0),
      clients: options.clients, seconds: options.seconds, paragraphs: paragraphIds.length,
      requests: outcomes.length, reads: [...reads.values()].reduce((a, b) => a + b, 0),
      acknowledged: 0, conflicts: 0, others: 0, lostUpdates: 0, refusedButWritten: 0, unacknowledgedWrites: 0, finalMismatches: 0, problems: [],
    };
    const problem = (text: string) => {
      if (report.problems.length < 20) report.problems.push(text);
    };
    for (const [status, count] of reads) {
      if (status !== 200) {
        report.others += count;
        problem(`${count} reads answered ${status}`);
      }
    }
    const store = openStore(dbPath);
    try {
      // The history of text edits, per paragraph, in order.
      const history = new Map<number, string[]>(paragraphIds.map((id) => [id, []]));
      for (const entry of store.getHistory(documentId)) {
        if (entry.kind !== "text") continue;
        const id = Number(/^paragraph:(\d+)$/u.exec(entry.target)?.[1]);
        history.get(id)?.push(String((entry.after as { text?: unknown } | null)?.text ?? ""));
      }
      const written = new Map([...history].map(([id, texts]) => [id, new Set(texts)]));
      const acknowledgedPer = new Map<number, number>();
      for (const outcome of outcomes) {
        const inHistory = written.get(outcome.paragraphId)?.has(outcome.text) ?? false;
        if (outcome.status === 200) {
          report.acknowledged++;
          report.acknowledgedPerInstance[outcome.instance] = (report.acknowledgedPerInstance[outcome.instance] ?? 0) + 1;
          acknowledgedPer.set(outcome.paragraphId, (acknowledgedPer.get(outcome.paragraphId) ?? 0) + 1);
          if (!inHistory) {
            report.lostUpdates++;
            problem(`acknowledged edit of paragraph ${outcome.paragraphId} missing from the history: ${outcome.text.slice(-40)}`);
          }
        } else if (outcome.status === 409) {
          report.conflicts++;
          if (inHistory) {
            report.refusedButWritten++;
            problem(`refused edit of paragraph ${outcome.paragraphId} is in the history: ${outcome.text.slice(-40)}`);
          }
        } else {
          report.others++;
          problem(`edit of paragraph ${outcome.paragraphId} answered ${outcome.status}`);
        }
      }
      for (const id of paragraphIds) {
        const texts = history.get(id) ?? [];
        report.unacknowledgedWrites += Math.max(0, texts.length - (acknowledgedPer.get(id) ?? 0));
        const final = store.getParagraph(id)?.text;
        if (texts.length > 0 && final !== texts.at(-1)) {
          report.finalMismatches++;
          problem(`paragraph ${id} reads "${final?.slice(-40)}", its last history entry "${texts.at(-1)?.slice(-40)}"`);
        }
      }
    } finally {
      store.close();
    }
    return report;
  } finally {
    await database.remove();
  }
}

export function passed(report: ConcurrencyReport): boolean {
  return report.lostUpdates === 0 && report.others === 0 && report.refusedButWritten === 0 && report.unacknowledgedWrites === 0 && report.finalMismatches === 0 && report.acknowledged > 0 &&
    report.acknowledgedPerInstance.every((count) => count > 0);
}

export function reportLines(report: ConcurrencyReport): string[] {
  return [
    `${report.engine}, ${report.instances} instance(s): acknowledged per instance ${report.acknowledgedPerInstance.join(" / ")}`,
    `requests ${report.requests} edits (+ ${report.reads} reads) in ${report.seconds} s: ${report.acknowledged} × 200, ${report.conflicts} × 409, ${report.others} other`,
    `lost updates ${report.lostUpdates}, refused but written ${report.refusedButWritten}, unacknowledged writes ${report.unacknowledgedWrites}, final text ≠ last history entry ${report.finalMismatches}`,
    ...report.problems.map((p) => `  ! ${p}`),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: "string", default: "20" }, seconds: { type: "string", default: "60" },
      paragraphs: { type: "string", default: "3" }, editors: { type: "string", default: "5" }, seed: { type: "string", default: "1" },
      instances: { type: "string", default: "1" }, db: { type: "string" },
    },
  });
  const options = { clients: Number(values.clients), seconds: Number(values.seconds), paragraphs: Number(values.paragraphs), editors: Number(values.editors), seed: Number(values.seed), instances: Number(values.instances), db: values.db };
  console.log(`mizan concurrency test — node ${process.version}; ${options.clients} clients, ${options.editors} copy editors, ${options.paragraphs} paragraphs, ${options.seconds} s, ${options.instances} instance(s), load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const report = await runConcurrency({ ...options, log: (line) => console.log(line) });
  for (const line of reportLines(report)) console.log(line);
  console.log(`load average after ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(passed(report) ? "PASS" : "FAIL");
  if (!passed(report)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
