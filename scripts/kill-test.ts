#!/usr/bin/env node
/**
 * Kill test: proves that the database survives the process being killed at any moment. Each round
 * starts kill-test-worker.js (the real store: it imports the sample article pair and edits
 * paragraphs in a loop, acknowledging each commit on stdout), kills it with SIGKILL at a moment
 * drawn from a seeded generator, reopens the database and checks that it is sound (SQLite:
 * `PRAGMA integrity_check` and `foreign_key_check`; PostgreSQL, which enforces foreign keys itself
 * and has no file to tear: every foreign key constraint present and validated, and no bead member,
 * paragraph or history entry pointing at nothing), that every document has all its paragraphs and a bead cover (no half-present import), that
 * every acknowledged import is there, and that every acknowledged edit is in the history and is
 * still the paragraph's text (unless a later, in-flight edit of the same paragraph committed).
 *
 * `--db` is a SQLite file, or a PostgreSQL cluster's URL: the run then makes a fresh database of its
 * own there (bench-database.ts) and drops it at the end, unless --keep.
 *
 * `--from-ready` counts the delay from the worker's store being open (its "ready" line), not from its start.
 *
 * Usage: node dist/scripts/kill-test.js [--rounds 100] [--seed 1] [--min-ms 150] [--max-ms 1500] [--db LOCATION] [--from-ready] [--keep]
 * Exit code 0 when nothing was lost or damaged, 1 otherwise.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../server/store/open-database.js";
import { isPostgresLocation, openStore } from "../server/store/open-store.js";
import { checkCover } from "../server/domain/align/check-cover.js";
import { splitParagraphs } from "../server/domain/segment/split-paragraphs.js";
import { hashText } from "../server/domain/checks/dismissals.js";
import { CORPUS_DIR } from "../server/paths.js";
import type { Store } from "../server/store/types.js";
import { seededRandom } from "./seeded-random.js";
import { freshBenchDatabase } from "./bench-database.js";

export const SAMPLE_DIR = join(CORPUS_DIR, "northern-homs-de-escalation");
const WORKER = join(dirname(fileURLToPath(import.meta.url)), "kill-test-worker.js");

/** A short fingerprint of a paragraph text, as the worker prints it. */
/** The hash the checks use for a paragraph's text: compact acknowledgement lines. */
export const textHash = hashText;

export type KillTestOptions = {
  rounds: number; seed: number; minMs: number; maxMs: number; dbPath: string;
  /** Count the kill's delay from the worker's "ready" (store open) rather than from its start: on a loaded machine a PostgreSQL worker may take longer than the delay to connect. */
  fromReady?: boolean;
  log?: (line: string) => void;
};

export type KillTestReport = {
  rounds: number;
  kills: number;
  /** Kills that landed between a begin-* line and its acknowledgement. */
  killedMidOperation: number;
  importsAcknowledged: number;
  editsAcknowledged: number;
  /** Acknowledged edits missing from the history, or overwritten by nothing the worker did. */
  editsLost: number;
  importsLost: number;
  /** Documents without all their paragraphs or without a bead cover. */
  halfImports: number;
  integrityFailures: number;
  /** Rounds whose worker died of something other than our SIGKILL. */
  workerFailures: number;
  documents: number;
  problems: string[];
};

type Acks = {
  imports: { id: number; en: number; ar: number }[];
  edits: { documentId: number; paragraphId: number; hash: string }[];
  /** Per paragraph: the hash of an edit begun after its last acknowledgement and never acknowledged. */
  inFlight: Map<number, string>;
  lastLine: string;
};

function parseAcks(output: string): Acks {
  const acks: Acks = { imports: [], edits: [], inFlight: new Map(), lastLine: "" };
  // A line cut by the kill has no newline: it never counts as an acknowledgement.
  const lines = output.split("\n").slice(0, -1);
  for (const line of lines) {
    const [kind, ...rest] = line.split(" ");
    if (kind === "import") acks.imports.push({ id: Number(rest[0]), en: Number(rest[1]), ar: Number(rest[2]) });
    if (kind === "begin-edit") acks.inFlight.set(Number(rest[1]), rest[2] ?? "");
    if (kind === "edit") {
      const paragraphId = Number(rest[1]);
      acks.edits.push({ documentId: Number(rest[0]), paragraphId, hash: rest[2] ?? "" });
      acks.inFlight.delete(paragraphId);
    }
  }
  acks.lastLine = lines.at(-1) ?? "";
  return acks;
}

/** Runs the worker until the kill; resolves with its stdout and how it ended. */
function runWorker(dbPath: string, seed: number, killAfterMs: number, fromReady: boolean): Promise<{ output: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, dbPath, String(seed)], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (fromReady && timer === undefined && output.startsWith("ready\n")) arm();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    if (!fromReady) arm();
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ output, stderr, signal, code });
    });
  });
}

/**
 * PostgreSQL's soundness after a kill: the foreign keys it enforces are all there and validated
 * (none dropped or left NOT VALID), and, read directly, nothing points at a missing row.
 */
function checkPostgresIntegrity(location: string): string | null {
  const store = openStore(location);
  try {
    const count = (sql: string) => Number((store.db.prepare(sql).get() as { n: number | string }).n);
    const keys = count("SELECT count(*) AS n FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE c.contype = 'f' AND s.nspname = current_schema()");
    if (keys === 0) return "no foreign key constraints";
    const invalid = count("SELECT count(*) AS n FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE c.contype = 'f' AND s.nspname = current_schema() AND NOT c.convalidated");
    if (invalid > 0) return `${invalid} foreign key constraints not validated`;
    const orphans = count(
      "SELECT (SELECT count(*) FROM bead_paragraphs m WHERE NOT EXISTS (SELECT 1 FROM beads b WHERE b.id = m.bead_id) OR NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.id = m.paragraph_id))" +
      " + (SELECT count(*) FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id))" +
      " + (SELECT count(*) FROM beads b WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = b.document_id)) AS n",
    );
    if (orphans > 0) return `${orphans} rows pointing at nothing`;
    return null;
  } finally {
    store.close();
  }
}

/** integrity_check and foreign_key_check on a fresh connection (which also recovers the WAL). */
function checkIntegrity(dbPath: string): string | null {
  if (isPostgresLocation(dbPath)) return checkPostgresIntegrity(dbPath);
  const db = openDatabase(dbPath);
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return `integrity_check: ${String(integrity)}`;
    const keys = db.pragma("foreign_key_check") as unknown[];
    if (keys.length > 0) return `foreign_key_check: ${keys.length} violations`;
    return null;
  } finally {
    db.close();
  }
}

/** A document is whole when it has the sample's paragraph counts and beads that cover them. */
function checkDocument(store: Store, id: number, expected: { en: number; ar: number }): string | null {
  const en = store.getParagraphs(id, "en").length;
  const ar = store.getParagraphs(id, "ar").length;
  if (en !== expected.en || ar !== expected.ar) return `document ${id}: ${en}/${ar} paragraphs, expected ${expected.en}/${expected.ar}`;
  try {
    checkCover(store.getBeads(id), en, ar);
  } catch (error) {
    return `document ${id}: ${error instanceof Error ? error.message : String(error)}`;
  }
  return null;
}

export async function runKillTest(options: KillTestOptions): Promise<KillTestReport> {
  const log = options.log ?? (() => undefined);
  const expected = {
    en: splitParagraphs(readFileSync(join(SAMPLE_DIR, "en.txt"), "utf8")).length,
    ar: splitParagraphs(readFileSync(join(SAMPLE_DIR, "ar.txt"), "utf8")).length,
  };
  const report: KillTestReport = {
    rounds: 0, kills: 0, killedMidOperation: 0, importsAcknowledged: 0, editsAcknowledged: 0, editsLost: 0, importsLost: 0,
    halfImports: 0, integrityFailures: 0, workerFailures: 0, documents: 0, problems: [],
  };
  const problem = (text: string) => {
    if (report.problems.length < 20) report.problems.push(text);
    log(`  ! ${text}`);
  };
  const random = seededRandom(options.seed);
  let checkedUpTo = 0; // documents with ids up to this one were whole after an earlier round
  for (let round = 1; round <= options.rounds; round++) {
    const killAfter = Math.round(options.minMs + random() * (options.maxMs - options.minMs));
    const run = await runWorker(options.dbPath, options.seed * 1000 + round, killAfter, options.fromReady ?? false);
    report.rounds++;
    if (run.signal === "SIGKILL") report.kills++;
    else {
      report.workerFailures++;
      problem(`round ${round}: worker ended with code ${run.code} signal ${run.signal}: ${run.stderr.trim().split("\n")[0] ?? ""}`);
    }
    const acks = parseAcks(run.output);
    if (acks.lastLine.startsWith("begin-")) report.killedMidOperation++;
    report.importsAcknowledged += acks.imports.length;
    report.editsAcknowledged += acks.edits.length;

    const damage = checkIntegrity(options.dbPath);
    if (damage) {
      report.integrityFailures++;
      problem(`round ${round}: ${damage}`);
      continue;
    }
    const store = openStore(options.dbPath);
    try {
      // Every document created since the last check (acknowledged or not) must be whole.
      for (const doc of store.listDocuments().filter((d) => d.id > checkedUpTo)) {
        const broken = checkDocument(store, doc.id, expected);
        if (broken) {
          report.halfImports++;
          problem(`round ${round}: ${broken}`);
        }
        checkedUpTo = Math.max(checkedUpTo, doc.id);
      }
      for (const imported of acks.imports) {
        if (!store.getDocument(imported.id)) {
          report.importsLost++;
          problem(`round ${round}: acknowledged import ${imported.id} is missing`);
        }
      }
      // Every acknowledged edit is in the history of its document...
      const histories = new Map<number, Set<string>>();
      const historyOf = (documentId: number) => {
        let entries = histories.get(documentId);
        if (!entries) {
          entries = new Set(
            store.getHistory(documentId)
              .filter((h) => h.kind === "text")
              .map((h) => `${h.target} ${textHash(String((h.after as { text?: unknown } | null)?.text ?? ""))}`),
          );
          histories.set(documentId, entries);
        }
        return entries;
      };
      const lastAck = new Map<number, string>();
      for (const edit of acks.edits) {
        lastAck.set(edit.paragraphId, edit.hash);
        if (!historyOf(edit.documentId).has(`paragraph:${edit.paragraphId} ${edit.hash}`)) {
          report.editsLost++;
          problem(`round ${round}: acknowledged edit of paragraph ${edit.paragraphId} (${edit.hash}) is not in the history`);
        }
      }
      // ...and the paragraph still reads as its last acknowledged edit, or as the in-flight one.
      for (const [paragraphId, hash] of lastAck) {
        const now = textHash(store.getParagraph(paragraphId)?.text ?? "");
        if (now !== hash && now !== acks.inFlight.get(paragraphId)) {
          report.editsLost++;
          problem(`round ${round}: paragraph ${paragraphId} reads ${now}, acknowledged ${hash}`);
        }
      }
      report.documents = store.countDocuments();
    } finally {
      store.close();
    }
    log(`round ${String(round).padStart(3)}: killed after ${String(killAfter).padStart(4)} ms (${acks.lastLine || "before any output"}); ${acks.imports.length} imports, ${acks.edits.length} edits acknowledged; ${report.documents} documents`);
  }
  // Last, every document of the database once more, whole.
  const store = openStore(options.dbPath);
  try {
    for (const doc of store.listDocuments()) {
      const broken = checkDocument(store, doc.id, expected);
      if (broken) {
        report.halfImports++;
        problem(`final check: ${broken}`);
      }
    }
    report.documents = store.countDocuments();
  } finally {
    store.close();
  }
  return report;
}

export function reportLines(report: KillTestReport): string[] {
  return [
    `rounds ${report.rounds}, kills ${report.kills} (${report.killedMidOperation} with an import or edit in flight), worker failures ${report.workerFailures}`,
    `imports acknowledged ${report.importsAcknowledged}, imports lost ${report.importsLost}, half-present imports ${report.halfImports}, documents at the end ${report.documents}`,
    `edits acknowledged ${report.editsAcknowledged}, edits lost ${report.editsLost}`,
    `integrity failures ${report.integrityFailures}`,
  ];
}

export function passed(report: KillTestReport): boolean {
  return report.kills === report.rounds && report.workerFailures === 0 && report.editsLost === 0 && report.importsLost === 0 && report.halfImports === 0 && report.integrityFailures === 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "100" }, seed: { type: "string", default: "1" },
      "min-ms": { type: "string", default: "150" }, "max-ms": { type: "string", default: "1500" },
      db: { type: "string" }, keep: { type: "boolean", default: false }, "from-ready": { type: "boolean", default: false },
    },
  });
  const database = await freshBenchDatabase(values.db, "kill_test");
  const dbPath = database.location;
  const options = { rounds: Number(values.rounds), seed: Number(values.seed), minMs: Number(values["min-ms"]), maxMs: Number(values["max-ms"]), dbPath, fromReady: values["from-ready"] };
  console.log(`mizan kill test — ${options.rounds} rounds, seed ${options.seed}, SIGKILL after ${options.minMs}–${options.maxMs} ms${options.fromReady ? " from the store's opening" : ""}, ${database.engine} database ${dbPath}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const started = Date.now();
  try {
    const report = await runKillTest({ ...options, log: (line) => console.log(line) });
    for (const line of reportLines(report)) console.log(line);
    console.log(`${passed(report) ? "PASS" : "FAIL"} in ${((Date.now() - started) / 1000).toFixed(1)} s, load average after ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    if (!passed(report)) process.exitCode = 1;
  } finally {
    if (!values.keep && (!values.db || database.engine === "postgres")) await database.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
