#!/usr/bin/env node
/**
 * Kill test of the archive job (issue 14): proves that `mizan archive import`, killed with SIGKILL at
 * any moment of its read, pair and documents stages and run again, ends with exactly what one
 * uninterrupted run makes. It writes a test archive (copies of the pairing development set
 * `../shared/eval-pairing/archive`, each copy's dates moved months apart so copies never pair with
 * each other, listed in a seeded order), runs the command once to the end on a fresh database (the
 * reference: pairs, documents, findings, the job's state and result, and how long it took), then per
 * round: a fresh database, the same command as a child process killed 1–3 times (seeded) after a
 * delay drawn from the reference run's duration and started again each time, then let finish. Each
 * round checks `PRAGMA integrity_check`, the job done, one archive and one job, no duplicate
 * documents (one per confirmed pair, `archive_pairs.document_id` unique, every document of the
 * database some pair's), every article batch whole (seq 0…n−1 per edition) and the result identical
 * to the reference.
 *
 * Usage: node dist/scripts/kill-test-archive.js [--rounds 20] [--seed 1] [--copies 4] [--confirm-above 0.8] [--set DIR] [--keep]
 * Exit code 0 when every round matched the reference, 1 otherwise.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "../server/store/open-database.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { checkCover } from "../server/domain/align/check-cover.js";
import { ROOT } from "../server/paths.js";
import { randomInt, seededRandom, type Random } from "./seeded-random.js";

const MIZAN = join(dirname(fileURLToPath(import.meta.url)), "mizan.js");
export const DEFAULT_SET = join(ROOT, "..", "shared", "eval-pairing");
/** Days between two copies of the development set: wider than the pairing's second window (30 days). */
const COPY_SHIFT_DAYS = 120;

type Listing = { id: string; date: string; title: string };

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Writes `copies` copies of the development set's two editions under `dir` as folders with their
 * listings (`en/`, `en.jsonl`, `ar/`, `ar.jsonl`); `pairsOnly` keeps only the first so many gold
 * pairs' articles of each copy (a tiny archive for the test). Answers the two folders.
 */
export function writeTestArchive(dir: string, options: { setDir: string; copies: number; seed: number; pairsOnly?: number }): { en: string; ar: string; articles: { en: number; ar: number } } {
  const source = join(options.setDir, "archive");
  let keep: Set<string> | null = null;
  if (options.pairsOnly !== undefined) {
    const gold = JSON.parse(readFileSync(join(options.setDir, "gold.json"), "utf8")) as { pairs: [string, string][] };
    keep = new Set(gold.pairs.slice(0, options.pairsOnly).flat());
  }
  const random = seededRandom(options.seed);
  const articles = { en: 0, ar: 0 };
  for (const edition of ["en", "ar"] as const) {
    const listing = readFileSync(join(source, `${edition}.jsonl`), "utf8").split("\n").filter((l) => l.trim() !== "")
      .map((line) => JSON.parse(line) as Listing).filter((a) => keep === null || keep.has(a.id));
    const folder = join(dir, edition);
    mkdirSync(folder, { recursive: true });
    const out: Listing[] = [];
    for (let copy = 0; copy < options.copies; copy++) {
      for (const a of listing) {
        const id = `${a.id}-c${copy}`;
        copyFileSync(join(source, edition, `${a.id}.txt`), join(folder, `${id}.txt`));
        out.push({ id, date: shiftDate(a.date, copy * COPY_SHIFT_DAYS), title: a.title });
      }
    }
    writeFileSync(join(dir, `${edition}.jsonl`), shuffled(out, random).map((a) => JSON.stringify(a)).join("\n") + "\n");
    articles[edition] = out.length;
  }
  return { en: join(dir, "en"), ar: join(dir, "ar"), articles };
}

/** Everything an uninterrupted run must make, in a form two runs compare by (ids of rows left out). */
export type ArchiveOutcome = {
  job: { state: string; stage: string; done: number; total: number; result: unknown };
  articles: { en: number; ar: number };
  fileErrors: number;
  /** `en ar score(4 places) status`, by English article. */
  pairs: string[];
  /** Per document, by its pair's English article: articles, titles, dates, paragraph counts, cover, findings by check. */
  documents: string[];
};

/** The archive's outcome as stored in the database at `dbPath` (its only archive and job). */
export function readOutcome(dbPath: string): ArchiveOutcome {
  const db = openDatabase(dbPath);
  let outcome: Omit<ArchiveOutcome, "documents">;
  let made: { en: string; ar: string; documentId: number }[];
  try {
    const job = db.prepare("SELECT state, stage, done, total, result FROM jobs WHERE kind = 'archive' ORDER BY id LIMIT 1").get() as
      { state: string; stage: string; done: number; total: number; result: string | null } | undefined;
    const count = (edition: string) => (db.prepare("SELECT COUNT(*) AS n FROM archive_articles WHERE edition = ?").get(edition) as { n: number }).n;
    const pairs = db.prepare("SELECT en_article AS en, ar_article AS ar, score, status FROM archive_pairs ORDER BY en_article, ar_article").all() as { en: string; ar: string; score: number; status: string }[];
    outcome = {
      job: job ? { state: job.state, stage: job.stage, done: job.done, total: job.total, result: job.result === null ? null : JSON.parse(job.result) as unknown } : { state: "none", stage: "", done: 0, total: 0, result: null },
      articles: { en: count("en"), ar: count("ar") },
      fileErrors: (db.prepare("SELECT COUNT(*) AS n FROM archive_file_errors").get() as { n: number }).n,
      pairs: pairs.map((p) => `${p.en} ${p.ar} ${p.score.toFixed(4)} ${p.status}`),
    };
    made = db.prepare("SELECT en_article AS en, ar_article AS ar, document_id AS documentId FROM archive_pairs WHERE document_id IS NOT NULL ORDER BY en_article, ar_article").all() as typeof made;
  } finally {
    db.close();
  }
  const store = openSqliteStore(dbPath);
  try {
    const documents = made.map(({ en, ar, documentId }) => {
      const doc = store.getDocument(documentId);
      if (!doc) return `${en} ${ar}: document ${documentId} missing`;
      const paragraphs = { en: store.getParagraphs(documentId, "en").length, ar: store.getParagraphs(documentId, "ar").length };
      let cover = "cover ok";
      try {
        checkCover(store.getBeads(documentId), paragraphs.en, paragraphs.ar);
      } catch (error) {
        cover = `cover broken (${error instanceof Error ? error.message : String(error)})`;
      }
      const findings = store.countFindings(documentId).map((f) => `${f.checkId}/${f.severity}:${f.count}`).sort().join(",");
      return [en, ar, JSON.stringify([doc.title, doc.titleAr ?? null, doc.publishedEn ?? null, doc.publishedAr ?? null]),
        `${paragraphs.en}/${paragraphs.ar} paragraphs`, cover, `findings ${findings || "none"}`].join(" | ");
    });
    return { ...outcome, documents };
  } finally {
    store.close();
  }
}

/** What must hold after a round besides matching the reference: the database whole, no duplicate, no half batch. */
export function checkDatabase(dbPath: string): string[] {
  const db = openDatabase(dbPath);
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const keys = db.pragma("foreign_key_check") as unknown[];
    if (keys.length > 0) problems.push(`foreign_key_check: ${keys.length} violations`);
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const archives = n("SELECT COUNT(*) AS n FROM archives");
    const jobs = n("SELECT COUNT(*) AS n FROM jobs");
    if (archives !== 1 || jobs !== 1) problems.push(`${archives} archives and ${jobs} jobs, expected one of each`);
    const doubled = n("SELECT COUNT(*) AS n FROM (SELECT document_id FROM archive_pairs WHERE document_id IS NOT NULL GROUP BY document_id HAVING COUNT(*) > 1)");
    if (doubled > 0) problems.push(`${doubled} documents belong to more than one pair`);
    const waiting = n("SELECT COUNT(*) AS n FROM archive_pairs WHERE status = 'confirmed' AND document_id IS NULL");
    if (waiting > 0) problems.push(`${waiting} confirmed pairs without a document`);
    const orphans = n("SELECT COUNT(*) AS n FROM documents WHERE id NOT IN (SELECT document_id FROM archive_pairs WHERE document_id IS NOT NULL)");
    if (orphans > 0) problems.push(`${orphans} documents belong to no pair (duplicates)`);
    for (const edition of ["en", "ar"]) {
      const seq = db.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS distinctSeq, MIN(seq) AS low, MAX(seq) AS high FROM archive_articles WHERE edition = ?").get(edition) as { n: number; distinctSeq: number; low: number | null; high: number | null };
      if (seq.n > 0 && (seq.low !== 0 || seq.high !== seq.n - 1 || seq.distinctSeq !== seq.n)) problems.push(`${edition} articles: ${seq.n} stored, seq ${seq.low}…${seq.high} (a batch half stored)`);
    }
    const files = n("SELECT COUNT(*) AS n FROM job_files");
    if (files > 0) problems.push(`${files} job files left after the read stage`);
    return problems;
  } finally {
    db.close();
  }
}

/** Where the job was when the process died: its committed stage and progress ("start" before the job existed). */
export function stageAt(dbPath: string): string {
  const db = openDatabase(dbPath);
  try {
    const job = db.prepare("SELECT state, stage, done, total FROM jobs WHERE kind = 'archive' ORDER BY id LIMIT 1").get() as { state: string; stage: string; done: number; total: number } | undefined;
    if (!job) return "start";
    if (job.state === "done") return "done";
    return `${job.stage || "read"} ${job.done}/${job.total}`;
  } finally {
    db.close();
  }
}

export type ImportCommand = { en: string; ar: string; confirmAbove: number };

type Run = { ms: number; code: number | null; signal: NodeJS.Signals | null; stderr: string };

/** Runs `mizan archive import` on the database; kills it with SIGKILL after `killAfterMs` unless it ended first. */
function runImport(command: ImportCommand, dbPath: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const args = [MIZAN, "archive", "import", command.en, command.ar, "--db", dbPath, "--name", "kill-test", "--user", "kill-test", "--confirm-above", String(command.confirmAbove)];
    const started = Date.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, code, signal, stderr });
    });
  });
}

/** The first line where two outcomes differ, or null when they are the same. */
export function firstDifference(reference: ArchiveOutcome, got: ArchiveOutcome): string | null {
  const flat = (o: ArchiveOutcome) => [
    `job ${JSON.stringify(o.job)}`, `articles ${o.articles.en}/${o.articles.ar}`, `file errors ${o.fileErrors}`, `pairs ${o.pairs.length}`, `documents ${o.documents.length}`,
    ...o.pairs.map((p) => `pair ${p}`), ...o.documents.map((d) => `document ${d}`),
  ];
  const a = flat(reference);
  const b = flat(got);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `expected «${a[i] ?? "nothing"}», got «${b[i] ?? "nothing"}»`;
  }
  return null;
}

export type ArchiveKillTestOptions = {
  rounds: number; seed: number; copies: number; confirmAbove: number; setDir: string; workDir: string;
  /** Only this many gold pairs' articles per copy (a tiny archive). */
  pairsOnly?: number;
  log?: (line: string) => void;
};

export type ArchiveKillTestReport = {
  articles: { en: number; ar: number };
  reference: { ms: number; pairs: number; confirmed: number; documents: number };
  rounds: number;
  kills: number;
  /** Kills by the stage the job had committed when the process died (read, pair, documents, start). */
  killsByStage: Record<string, number>;
  /** Runs that ended on their own before their kill came. */
  finishedBeforeKill: number;
  /** Rounds whose outcome or database checks differed from the reference. */
  failedRounds: number;
  problems: string[];
};

export async function runArchiveKillTest(options: ArchiveKillTestOptions): Promise<ArchiveKillTestReport> {
  const log = options.log ?? (() => undefined);
  const input = writeTestArchive(join(options.workDir, "archive"), { setDir: options.setDir, copies: options.copies, seed: options.seed, pairsOnly: options.pairsOnly });
  const command: ImportCommand = { en: input.en, ar: input.ar, confirmAbove: options.confirmAbove };
  const report: ArchiveKillTestReport = {
    articles: input.articles, reference: { ms: 0, pairs: 0, confirmed: 0, documents: 0 },
    rounds: 0, kills: 0, killsByStage: {}, finishedBeforeKill: 0, failedRounds: 0, problems: [],
  };
  const problem = (text: string) => {
    if (report.problems.length < 20) report.problems.push(text);
    log(`  ! ${text}`);
  };

  const referenceDb = join(options.workDir, "reference.db");
  const first = await runImport(command, referenceDb, null);
  if (first.code !== 0) throw new Error(`the reference run failed (code ${first.code}): ${first.stderr.trim()}`);
  const reference = readOutcome(referenceDb);
  const referenceProblems = checkDatabase(referenceDb);
  if (referenceProblems.length > 0) throw new Error(`the reference run's database: ${referenceProblems.join("; ")}`);
  report.reference = {
    ms: first.ms, pairs: reference.pairs.length, confirmed: reference.pairs.filter((p) => p.endsWith(" confirmed")).length, documents: reference.documents.length,
  };
  log(`reference: ${first.ms} ms, ${input.articles.en} + ${input.articles.ar} articles, ${report.reference.pairs} pairs (${report.reference.confirmed} confirmed), ${report.reference.documents} documents, job ${reference.job.state}`);
  if (reference.job.state !== "done" || report.reference.documents === 0) throw new Error("the reference run made no documents: raise the archive or lower --confirm-above");

  const random = seededRandom(options.seed);
  for (let round = 1; round <= options.rounds; round++) {
    const dbPath = join(options.workDir, `round-${round}.db`);
    const kills = randomInt(random, 1, 3);
    const hits: string[] = [];
    let roundFailed = false;
    for (let k = 0; k < kills; k++) {
      const delay = Math.round(random() * first.ms);
      const run = await runImport(command, dbPath, delay);
      if (run.signal === "SIGKILL") {
        const at = stageAt(dbPath);
        const stage = at.split(" ")[0] ?? at;
        report.kills++;
        report.killsByStage[stage] = (report.killsByStage[stage] ?? 0) + 1;
        hits.push(`${delay} ms → ${at}`);
      } else if (run.code === 0) {
        report.finishedBeforeKill++;
        hits.push(`${delay} ms → finished first`);
        break;
      } else {
        roundFailed = true;
        problem(`round ${round}: a run ended with code ${run.code} signal ${run.signal}: ${run.stderr.trim().split("\n").at(-1) ?? ""}`);
        break;
      }
    }
    const last = await runImport(command, dbPath, null);
    if (last.code !== 0) {
      roundFailed = true;
      problem(`round ${round}: the finishing run ended with code ${last.code}: ${last.stderr.trim().split("\n").at(-1) ?? ""}`);
    }
    for (const p of checkDatabase(dbPath)) {
      roundFailed = true;
      problem(`round ${round}: ${p}`);
    }
    const difference = firstDifference(reference, readOutcome(dbPath));
    if (difference) {
      roundFailed = true;
      problem(`round ${round}: differs from the reference: ${difference}`);
    }
    report.rounds++;
    if (roundFailed) report.failedRounds++;
    log(`round ${String(round).padStart(2)}: ${kills} kill${kills > 1 ? "s" : ""} (${hits.join("; ")}); resumed to the end in ${last.ms} ms; ${roundFailed ? "DIFFERENT" : "identical to the reference"}`);
    rmSync(dbPath, { force: true });
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    rmSync(`${dbPath}.lock`, { force: true });
  }
  return report;
}

export function reportLines(report: ArchiveKillTestReport): string[] {
  const stages = Object.entries(report.killsByStage).sort().map(([stage, n]) => `${stage} ${n}`).join(", ");
  return [
    `archive ${report.articles.en} English + ${report.articles.ar} Arabic articles; reference run ${(report.reference.ms / 1000).toFixed(1)} s: ${report.reference.pairs} pairs, ${report.reference.confirmed} confirmed, ${report.reference.documents} documents`,
    `rounds ${report.rounds}, kills ${report.kills} (${stages || "none"}), runs finished before their kill ${report.finishedBeforeKill}`,
    `rounds different from the reference ${report.failedRounds}`,
  ];
}

export function passed(report: ArchiveKillTestReport): boolean {
  return report.rounds > 0 && report.failedRounds === 0 && report.kills > 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "20" }, seed: { type: "string", default: "1" }, copies: { type: "string", default: "4" },
      "confirm-above": { type: "string", default: "0.8" }, set: { type: "string", default: DEFAULT_SET }, keep: { type: "boolean", default: false },
    },
  });
  const workDir = mkdtempSync(join(tmpdir(), "mizan-kill-test-archive-"));
  const options = {
    rounds: Number(values.rounds), seed: Number(values.seed), copies: Number(values.copies), confirmAbove: Number(values["confirm-above"]), setDir: values.set, workDir,
  };
  console.log(`mizan archive kill test — ${options.rounds} rounds, seed ${options.seed}, ${options.copies} copies of ${options.setDir}, --confirm-above ${options.confirmAbove}, work in ${workDir}`);
  const started = Date.now();
  try {
    const report = await runArchiveKillTest({ ...options, log: (line) => console.log(line) });
    for (const line of reportLines(report)) console.log(line);
    console.log(`${passed(report) ? "PASS" : "FAIL"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (!passed(report)) process.exitCode = 1;
  } finally {
    if (!values.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
