/**
 * `mizan worker` as real child processes on a fresh database of the run's real PostgreSQL cluster
 * (MIZAN_TEST_PG; skipped, saying so, without one): two workers sharing an archive job of the
 * made-up archive make every confirmed pair a document exactly once, the same documents as the
 * app's own run on SQLite (how many batches each took is printed); one of two workers SIGKILLed in the middle of the
 * documents stage leaves the other to finish the job, still exactly once; SIGTERM stops a worker
 * cleanly (exit 0) with the job let go, and another worker finishes it. Refusals need no cluster:
 * a SQLite file (the app runs its own jobs) and numbers out of range, in the user's language.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openStore } from "../../server/store/open-store.js";
import type { JobRecord, Store } from "../../server/store/types.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";
import { runJobToEnd } from "../../server/jobs/job-runner.js";
import "../../server/services/job-kind-list.js";
import { CliError } from "../../server/cli/cli-error.js";
import { workerCommand, workerOptions } from "../../server/cli/worker-command.js";
import { startWorkerProcess, type WorkerProcess } from "../../scripts/worker-process.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath } from "../helpers/temp.js";
import { documentsOf, madeOnce, startMadeUpArchiveJob } from "../helpers/archive-job-run.js";

type PgStore = Store & { db: SqlDatabase };

async function until<T>(what: string, read: () => T | null | undefined | false, timeoutMs = 180_000, everyMs = 100): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

const endedJob = (store: Store, jobId: number) => () => {
  const job = store.getJob(jobId);
  return job && job.state !== "queued" && job.state !== "running" ? job : null;
};

/** The app's own run of the same archive on a SQLite file: its documents and counts. */
async function referenceRun(copies: number) {
  const store = openStore(tempDbPath());
  try {
    const { archiveId, jobId } = startMadeUpArchiveJob(store, copies);
    expect((await runJobToEnd(store, jobId)).state).to.equal("done");
    return { documents: documentsOf(store), once: madeOnce(store, archiveId) };
  } finally {
    store.close();
  }
}

/** Batches of the documents stage the queue has seen done (pg-boss's own table). */
function completedBatches(store: PgStore): number {
  const row = store.db.prepare("SELECT COUNT(*) AS n FROM pgboss.job WHERE name = 'mizan-job-batch' AND state = 'completed'").get() as { n: number };
  return row.n;
}

describe("cli/worker-command", function () {
  this.timeout(400_000);

  it("refuses a SQLite file, whose jobs the app runs itself, in the user's language", async () => {
    const before = process.env.MIZAN_LANG;
    try {
      process.env.MIZAN_LANG = "en";
      let refused: unknown = null;
      await workerCommand("data/some.db").catch((error: unknown) => { refused = error; });
      expect(refused).to.be.instanceOf(CliError);
      expect((refused as Error).message).to.include("PostgreSQL").and.include("data/some.db");
      process.env.MIZAN_LANG = "ar";
      refused = null;
      await workerCommand("data/some.db").catch((error: unknown) => { refused = error; });
      expect((refused as Error).message).to.include("يشغّل").and.include("data/some.db");
    } finally {
      if (before === undefined) delete process.env.MIZAN_LANG;
      else process.env.MIZAN_LANG = before;
    }
  });

  it("takes whole numbers in range for --concurrency and --step-timeout, and refuses others naming the option", () => {
    expect(workerOptions({})).to.deep.equal({ concurrency: 1, stepTimeoutSeconds: 600 });
    expect(workerOptions({ concurrency: "3", stepTimeout: "30" })).to.deep.equal({ concurrency: 3, stepTimeoutSeconds: 30 });
    for (const given of [{ concurrency: "0" }, { concurrency: "1.5" }, { concurrency: "" }, { stepTimeout: "2" }, { stepTimeout: "ten" }]) {
      expect(() => workerOptions(given), JSON.stringify(given)).to.throw(CliError, Object.keys(given)[0] === "concurrency" ? "--concurrency" : "--step-timeout");
    }
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "scripts", "mizan.js"), "worker", "--db", "x.db"], { encoding: "utf8", env: { ...process.env, MIZAN_LANG: "en" }, timeout: 60_000 });
    expect(run.status, run.stderr).to.equal(2);
    expect(run.stderr).to.include("x.db is a SQLite file");
  });

  describe("worker processes on a real PostgreSQL", function () {
    let url = "";
    let store: PgStore | null = null;
    let workers: WorkerProcess[] = [];

    before(function () {
      skipWithoutPostgres(this);
    });

    beforeEach(() => {
      url = freshPostgresUrl();
      store = openStore(url);
      workers = [];
    });

    afterEach(async () => {
      for (const worker of workers) await worker.kill();
      store?.close();
      store = null;
    });

    it("two workers share an archive job: every pair made a document exactly once, the same documents as the app's run on SQLite", async () => {
      const reference = await referenceRun(4);
      const db = store as PgStore;
      const { archiveId, jobId } = startMadeUpArchiveJob(db, 4);
      workers = await Promise.all([startWorkerProcess(url, ["--step-timeout", "20"]), startWorkerProcess(url, ["--step-timeout", "20"])]);
      const job = await until("the job to end", endedJob(db, jobId));
      expect(job.state, workers.map((w) => w.log()).join("\n")).to.equal("done");
      expect(documentsOf(db)).to.deep.equal(reference.documents);
      const once = madeOnce(db, archiveId);
      expect(once).to.deep.equal(reference.once);
      const n = reference.documents.length;
      expect(once).to.deep.equal({ confirmed: n, documents: n, marked: n, distinctMarked: n, audited: n });
      expect(completedBatches(db), "the documents stage went through the batch queue").to.be.greaterThan(1);
      expect(job.result).to.deep.include({ archiveId, documents: n });
      const taken = workers.map((w) => (w.log().match(/: batch of units /gu) ?? []).length);
      console.log(`      batches taken by each worker: ${taken.join(" and ")}`);
    });

    it("one of two workers SIGKILLed in the middle of the documents stage: the other finishes the job, each pair still made once", async () => {
      const reference = await referenceRun(10);
      const db = store as PgStore;
      const { archiveId, jobId } = startMadeUpArchiveJob(db, 10);
      const args = ["--step-timeout", "20"];
      workers = await Promise.all([startWorkerProcess(url, args), startWorkerProcess(url, args)]);
      const atKill: JobRecord = await until("the documents stage to begin", () => {
        const job = db.getJob(jobId);
        return job && job.stage === "documents" && job.done >= 1 ? job : null;
      }, 180_000, 20);
      const [victim, survivor] = workers as [WorkerProcess, WorkerProcess];
      await victim.kill();
      expect(atKill.done, "killed before the end").to.be.lessThan(atKill.total);
      const job = await until("the job to end", endedJob(db, jobId));
      expect(job.state, survivor.log()).to.equal("done");
      expect(documentsOf(db)).to.deep.equal(reference.documents);
      const n = reference.documents.length;
      expect(madeOnce(db, archiveId)).to.deep.equal({ confirmed: n, documents: n, marked: n, distinctMarked: n, audited: n });
    });

    it("SIGTERM stops a worker cleanly mid-job (exit 0, the job let go); another worker finishes it", async () => {
      const reference = await referenceRun(4);
      const db = store as PgStore;
      const { archiveId, jobId } = startMadeUpArchiveJob(db, 4);
      const first = await startWorkerProcess(url, ["--step-timeout", "20"]);
      workers = [first];
      await until("the job to start", () => db.getJob(jobId)?.state === "running", 180_000, 20);
      expect(await first.stop(), first.log()).to.equal(0);
      expect(first.log()).to.match(/ stopped\n/u);
      const left = db.getJob(jobId) as JobRecord;
      if (left.state === "running") expect(left.runner, "no runner holds the job").to.equal(null);
      workers = [await startWorkerProcess(url, ["--step-timeout", "20"])];
      const job = await until("the job to end", endedJob(db, jobId));
      expect(job.state).to.equal("done");
      expect(documentsOf(db)).to.deep.equal(reference.documents);
      const n = reference.documents.length;
      expect(madeOnce(db, archiveId)).to.deep.equal({ confirmed: n, documents: n, marked: n, distinctMarked: n, audited: n });
    });
  });
});
