/**
 * The queue worker (jobs on PostgreSQL through pg-boss) in this process, on a fresh database of
 * the run's real PostgreSQL cluster (MIZAN_TEST_PG; skipped, saying so, without one): an archive
 * job of the made-up archive runs to the end with the same documents as the app's own run on
 * SQLite, each pair made once; a cancel asked while it runs ends it cancelled between steps; the
 * worker says when it has stopped. The grouping of units into batches on a table.
 * The worker processes themselves (two sharing a job, one killed) are in test/cli/worker-command.test.ts.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import type { JobRecord, Store } from "../../server/store/types.js";
import type { SqlDatabase } from "../../server/store/sql-database.js";
import { shownLocation, startQueueWorker, unitGroups, type QueueWorker } from "../../server/jobs/queue-worker.js";
import { runJobToEnd } from "../../server/jobs/job-runner.js";
import "../../server/services/job-kind-list.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { tempDbPath } from "../helpers/temp.js";
import { documentsOf, madeOnce, startMadeUpArchiveJob } from "../helpers/archive-job-run.js";

async function until<T>(what: string, read: () => T | null | undefined | false, timeoutMs = 120_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ended = (store: Store, jobId: number) => () => {
  const job = store.getJob(jobId);
  return job && job.state !== "queued" && job.state !== "running" ? job : null;
};

describe("jobs/queue-worker", function () {
  this.timeout(240_000);

  it("groups units into batches by id, the same group every time it is pending", () => {
    const table: [number[], number, number[][]][] = [
      [[], 4, []],
      [[1, 2, 3, 4, 5, 6, 7, 8, 9], 4, [[1, 2, 3], [4, 5, 6, 7], [8, 9]]],
      [[3, 4, 5, 6, 7, 8, 9], 4, [[3], [4, 5, 6, 7], [8, 9]]],
      [[5, 40, 41, 400], 4, [[5], [40, 41], [400]]],
      [[7, 8], 1, [[7], [8]]],
    ];
    for (const [units, size, groups] of table) expect(unitGroups(units, size), JSON.stringify(units)).to.deep.equal(groups);
  });

  it("hides a URL's password in what it logs", () => {
    expect(shownLocation("postgresql://mizan:secret@db.example:5432/mizan")).to.equal("postgresql://mizan:***@db.example:5432/mizan");
    expect(shownLocation("postgresql://mizan@127.0.0.1:5432/mizan")).to.equal("postgresql://mizan@127.0.0.1:5432/mizan");
  });

  describe("on a real PostgreSQL", function () {
    let url = "";
    let store: (Store & { db: SqlDatabase }) | null = null;
    let worker: QueueWorker | null = null;
    const lines: string[] = [];

    before(function () {
      skipWithoutPostgres(this);
    });

    beforeEach(() => {
      url = freshPostgresUrl();
      store = openStore(url);
      lines.length = 0;
    });

    afterEach(async () => {
      await worker?.close();
      worker = null;
      store?.close();
      store = null;
    });

    it("runs an archive job to the end: the same documents as the app's run on SQLite, each pair made once", async () => {
      const reference = openStore(tempDbPath());
      const local = startMadeUpArchiveJob(reference, 3);
      const done = await runJobToEnd(reference, local.jobId);
      expect(done.state).to.equal("done");
      const expected = documentsOf(reference);
      const expectedOnce = madeOnce(reference, local.archiveId);
      reference.close();
      expect(expected.length, "the made-up archive gives pairs").to.be.greaterThan(3);

      const db = store as Store & { db: SqlDatabase };
      const { archiveId, jobId } = startMadeUpArchiveJob(db, 3);
      worker = await startQueueWorker(url, { stepTimeoutSeconds: 30, log: (line) => lines.push(line) });
      const job = await until("the job to end", ended(db, jobId));
      expect(job.state, lines.join("\n")).to.equal("done");
      expect(documentsOf(db)).to.deep.equal(expected);
      const once = madeOnce(db, archiveId);
      expect(once).to.deep.equal(expectedOnce);
      expect(once).to.deep.equal({ confirmed: expected.length, documents: expected.length, marked: expected.length, distinctMarked: expected.length, audited: expected.length });
      expect(job).to.include({ stage: "documents", done: expected.length, total: expected.length });
      expect(job.result).to.deep.include({ archiveId, documents: expected.length });
      expect(lines.some((line) => line.includes(`job ${jobId} (archive) sent to the queue`)), lines.join("\n")).to.equal(true);
      const starts = db.db.prepare("SELECT COUNT(*) AS n FROM history WHERE action = 'job-start' AND target = ?").get(`job:${jobId}`) as { n: number };
      expect(starts.n, "started once, not at every slice").to.equal(1);
    });

    it("ends a job cancelled while it runs, between steps, and says so when it stops", async () => {
      const db = store as Store & { db: SqlDatabase };
      const { jobId } = startMadeUpArchiveJob(db, 3);
      worker = await startQueueWorker(url, { stepTimeoutSeconds: 30, log: (line) => lines.push(line) });
      await until("the job to start", () => db.getJob(jobId)?.state === "running");
      expect(db.requestJobCancel(jobId)).to.equal(true);
      const job: JobRecord = await until("the job to end", ended(db, jobId));
      expect(job.state).to.equal("cancelled");
      await worker.close();
      worker = null;
      expect(lines.at(-1)).to.match(/ stopped$/u);
    });
  });
});
