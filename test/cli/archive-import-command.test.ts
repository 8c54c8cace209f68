/**
 * `mizan archive import` as a real process on a small folder archive (both languages, with bad
 * listing lines): the articles stored, the bad entries counted, the pairs proposed and those
 * scoring at least --confirm-above made documents, the summary in the user's language; run again
 * with the same inputs it adds nothing; and a job left unfinished for the same inputs (here: read,
 * then abandoned) is resumed, not started again. It runs beside a server holding the database's
 * shared lock, and not during a restore (the exclusive lock).
 */
import { hostname } from "node:os";
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { packArchiveFolder } from "../../server/cli/archive-import-command.js";
import { ARCHIVE_DEFAULTS, startArchiveImport } from "../../server/services/archive-start.js";
import { holdDatabase, lockDatabaseExclusively } from "../../server/store/database-lock.js";
import { ARCHIVE_JOB } from "../../server/services/archive-job.js";
import type { JobRecord } from "../../server/store/types.js";
import { AR, EN } from "../helpers/made-up-archive.js";
import { writeArchiveFolder } from "../helpers/archive-files.js";
import { tempDir } from "../helpers/temp.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function folders() {
  const dir = tempDir("mizan-archive-import-");
  return {
    dir,
    en: writeArchiveFolder(dir, "en", EN, ["{not json"]),
    ar: writeArchiveFolder(dir, "ar", AR, [JSON.stringify({ id: "ar-gone", date: "2019-03-04" })]),
    db: join(dir, "mizan.db"),
  };
}

function mizan(args: string[], lang = "en") {
  return spawnSync(process.execPath, [MIZAN, "archive", "import", ...args], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: lang }, timeout: 120000 });
}

const counts = (db: string) => {
  const store = openSqliteStore(db);
  try {
    const n = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    return { archives: n("SELECT COUNT(*) AS n FROM archives"), jobs: n("SELECT COUNT(*) AS n FROM jobs"), documents: store.countDocuments(), articles: n("SELECT COUNT(*) AS n FROM archive_articles") };
  } finally {
    store.close();
  }
};

describe("mizan archive import (child process)", function () {
  this.timeout(180000);

  it("stores, pairs and makes documents of the confirmed pairs; a second run adds nothing", () => {
    const { en, ar, db } = folders();
    const args = [en, ar, "--db", db, "--confirm-above", "0", "--user", "ed", "--no-lexicon"];
    const run = mizan(args);
    expect(run.status, run.stderr).to.equal(0);
    const out = JSON.parse(run.stdout) as { job: number; resumed: boolean; articles: { en: number; ar: number }; unreadable: { en: number; ar: number }; pairs: { proposed: number; confirmed: number }; documents: number };
    expect(out).to.deep.include({ resumed: false, articles: { en: 2, ar: 3 }, unreadable: { en: 1, ar: 1 }, pairs: { proposed: 0, confirmed: 2 }, documents: 2 });
    expect(run.stderr).to.include(`job ${out.job} done: 2 articles in English and 3 articles in Arabic stored, 2 files unreadable; 0 pairs proposed for review, 2 pairs confirmed; 2 documents made`);
    const store = openSqliteStore(db);
    const titles = store.listDocuments().map((d) => [store.getDocument(d.id)?.title, store.getDocument(d.id)?.publishedAr]).sort();
    store.close();
    expect(titles).to.deep.equal([["Floods hit Basra", "2019-03-05"], ["Parliament approves the budget after 12 hours", "2019-03-03"]]);

    const again = mizan(args, "ar");
    expect(again.status, again.stderr).to.equal(0);
    expect(JSON.parse(again.stdout)).to.deep.include({ job: out.job, resumed: true, documents: 2 });
    // Arabic output writes numbers in Arabic-Indic digits.
    const arabicJob = String(out.job).replace(/\d/gu, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)] ?? d);
    expect(again.stderr).to.include(`استوردت المهمة ${arabicJob} هذين الأرشيفين`).and.include("وأُنشئ مستندان");
    expect(counts(db)).to.deep.equal({ archives: 1, jobs: 1, documents: 2, articles: 5 });
  });

  it("resumes the unfinished job of the same inputs instead of starting another", async () => {
    const { en, ar, db } = folders();
    // What the command would start for these arguments, read and then abandoned (a killed run).
    const store = openSqliteStore(db);
    const { jobId } = startArchiveImport(store, { en: packArchiveFolder(en), ar: packArchiveFolder(ar) }, { name: "en", windowDays: 7, threshold: ARCHIVE_DEFAULTS.threshold, confirmAbove: null, user: "ed", lexicon: false });
    // Taken by a runner process of this machine that has since died (no such pid): resumed at once, not after JOB_STALE_MS.
    store.claimJob(jobId, `${hostname()}:4194303:killed`, new Date().toISOString());
    await ARCHIVE_JOB.step(store, store.getJob(jobId) as JobRecord);
    expect(store.getJob(jobId)).to.include({ state: "running", stage: "pair" });
    store.close();

    const run = mizan([en, ar, "--db", db, "--user", "ed", "--no-lexicon"]);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.include(`resuming job ${jobId}`);
    expect(JSON.parse(run.stdout)).to.deep.include({ job: jobId, resumed: true, pairs: { proposed: 2, confirmed: 0 }, documents: 0 });
    expect(counts(db)).to.deep.equal({ archives: 1, jobs: 1, documents: 0, articles: 5 });
  });

  it("stops a job someone asked to cancel, and says so", async () => {
    const { en, ar, db } = folders();
    const store = openSqliteStore(db);
    const { jobId } = startArchiveImport(store, { en: packArchiveFolder(en), ar: packArchiveFolder(ar) }, { name: "en", windowDays: 7, threshold: ARCHIVE_DEFAULTS.threshold, confirmAbove: 0, user: "ed", lexicon: false });
    await ARCHIVE_JOB.step(store, store.getJob(jobId) as JobRecord);
    // What the jobs page's "Cancel" writes (the jobs helper's requestJobCancel).
    store.db.prepare("UPDATE jobs SET cancel_requested = 1 WHERE id = ?").run(jobId);
    store.close();
    const run = mizan([en, ar, "--db", db, "--confirm-above", "0", "--user", "ed", "--no-lexicon"]);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include(`job ${jobId} ended cancelled`);
    const after = openSqliteStore(db);
    expect(after.getJob(jobId)?.state).to.equal("cancelled");
    expect(after.countDocuments()).to.equal(0);
    after.close();
  });

  it("runs while a server holds the database, and not while a restore does", () => {
    const { en, ar, db } = folders();
    const server = holdDatabase(db);
    try {
      const run = mizan([en, ar, "--db", db, "--no-lexicon"]);
      expect(run.status, run.stderr).to.equal(0);
    } finally {
      server.release();
    }
    const restore = lockDatabaseExclusively(db);
    if (!restore) throw new Error("the lock was not free");
    try {
      const run = mizan([en, ar, "--db", db, "--no-lexicon", "--name", "other"]);
      expect(run.status).to.not.equal(0);
      expect(run.stderr).to.include("is being restored");
    } finally {
      restore.release();
    }
    expect(counts(db)).to.include({ archives: 1, jobs: 1 });
  });

  it("refuses an option out of range and an archive that is not there, touching no database", () => {
    const { en, ar, db, dir } = folders();
    const bad = mizan([en, ar, "--db", db, "--threshold", "2"]);
    expect(bad.status).to.not.equal(0);
    expect(bad.stderr).to.include("--threshold");
    const missing = mizan([en, join(dir, "nowhere"), "--db", db]);
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.include("cannot read the archive");
    expect(counts(db)).to.deep.equal({ archives: 0, jobs: 0, documents: 0, articles: 0 });
  });
});
