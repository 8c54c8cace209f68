/**
 * The background work on a real database file with real worker threads: at start it purges the
 * documents deleted more than 30 days ago (through the background pool's purge task, batch after
 * batch) and keeps those still within their 30 days; asked again with a later clock, it purges those.
 * On PostgreSQL (the run's cluster) the app runs no job step itself, and with MIZAN_APP_WORKER=1 it
 * is a queue worker that runs an archive job to the end.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { PURGE_BATCH, startBackground } from "../../server/jobs/background.js";
import type { NewDocument } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";
import { openStore } from "../../server/store/open-store.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";
import { startMadeUpArchiveJob } from "../helpers/archive-job-run.js";

const DAY = 24 * 60 * 60 * 1000;
const doc = (title: string): NewDocument => ({
  title, en: [{ text: `${title}.`, boilerplate: null }], ar: [{ text: "نص.", boilerplate: null }],
  beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }],
});

describe("background work: the purge of deleted documents (worker threads, real database file)", function () {
  this.timeout(120000);

  it("purges at start what is past its 30 days, in batches, and later what has become so", async () => {
    const store = openSqliteStore(tempDbPath());
    const now = Date.now();
    const old = Array.from({ length: PURGE_BATCH + 3 }, (_, k) => store.createDocument(doc(`Old ${k}`), "u"));
    for (const id of old) store.deleteDocument(id, "admin", new Date(now - 31 * DAY).toISOString());
    const recent = store.createDocument(doc("Recent"), "u");
    store.deleteDocument(recent, "admin", new Date(now - 2 * DAY).toISOString());
    const live = store.createDocument(doc("Live"), "u");

    const background = startBackground(store, () => {});
    try {
      // The sweep at start is under way; asking again waits for it and finds nothing more.
      expect(await background.purgeDeleted()).to.equal(0);
      expect(old.filter((id) => store.getDeletedDocument(id) !== null)).to.deep.equal([]);
      expect(store.listAudit({}).filter((e) => e.action === "purge-document")).to.have.length(old.length);
      expect(store.getDeletedDocument(recent)?.title).to.equal("Recent");
      expect(store.getDocument(live)?.title).to.equal("Live");
      expect(await background.purgeDeleted(new Date(now + 29 * DAY))).to.equal(1);
      expect(store.getDeletedDocument(recent)).to.equal(null);
      expect(store.getDocument(live)?.title).to.equal("Live");
    } finally {
      await background.close();
      store.close();
    }
  });
});

describe("background work on PostgreSQL: jobs are the queue workers' (a real PostgreSQL, MIZAN_TEST_PG)", function () {
  this.timeout(240000);
  const before = process.env.MIZAN_APP_WORKER;

  beforeEach(function () {
    skipWithoutPostgres(this);
  });

  afterEach(() => {
    if (before === undefined) delete process.env.MIZAN_APP_WORKER;
    else process.env.MIZAN_APP_WORKER = before;
  });

  it("leaves a job queued for the workers when the app is no worker, and runs it to the end with MIZAN_APP_WORKER=1", async () => {
    const url = freshPostgresUrl();
    const store = openStore(url);
    try {
      delete process.env.MIZAN_APP_WORKER;
      const { jobId: waiting } = startMadeUpArchiveJob(store, 2);
      const app = startBackground(store, () => {});
      app.jobs.wake();
      await app.jobs.settled();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(store.getJob(waiting)?.state, "no step run in the app").to.equal("queued");
      await app.close();

      process.env.MIZAN_APP_WORKER = "1";
      const lines: string[] = [];
      const worker = startBackground(store, (line) => lines.push(line));
      try {
        const started = Date.now();
        while (store.getJob(waiting)?.state !== "done") {
          if (Date.now() - started > 180000) throw new Error(`the job did not end: ${JSON.stringify(store.getJob(waiting))}\n${lines.join("\n")}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(store.listDocuments().length, "a document per confirmed pair").to.equal(store.archiveCounts((store.getJob(waiting)?.params as { archiveId: number }).archiveId).pairs.confirmed);
        expect(lines.some((line) => line.includes("takes jobs from"))).to.equal(true);
      } finally {
        await worker.close();
      }
    } finally {
      store.close();
    }
  });
});
