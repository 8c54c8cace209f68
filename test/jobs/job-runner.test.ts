/**
 * The job runner on a real database file with this test's own job kind, which counts to N one
 * step at a time, committing each count and the job's progress in one transaction: a job runs to
 * its end; a cancel asked mid-way stops it between steps; a runner started on a database where a
 * job was left running (its process died) resumes it from its committed progress, not from 0; a
 * step that throws fails the job with its code ("internal" for an error without one); the
 * command line's runJobToEnd reports progress after every step. And through the app's background
 * pool (real worker threads): a job of a kind no module registered fails with unknown-kind.
 */
import { hostname } from "node:os";
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { JobRecord, Store } from "../../server/store/types.js";
import { registerJobKind } from "../../server/jobs/job-kinds.js";
import { runJobStep, runJobToEnd, runnerIsGone, startJobRunner } from "../../server/jobs/job-runner.js";
import { JOB_STALE_MS } from "../../server/store/jobs-repository.js";
import { startBackground } from "../../server/jobs/background.js";
import { CodedError } from "../../server/domain/coded-error.js";
import { tempDbPath } from "../helpers/temp.js";

type CountParams = { to: number; delayMs?: number; failAt?: number; crashAt?: number };

/** Every step this process ran: its database, job id and the count it started from. */
const steps: { location: string; job: number; from: number }[] = [];

registerJobKind({
  kind: "test-count",
  async step(store: Store, job: JobRecord) {
    const { to, delayMs = 0, failAt, crashAt } = job.params as CountParams;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const next = job.done + 1;
    if (next === failAt) throw new CodedError("test-refused", { at: next });
    if (next === crashAt) throw new Error("a bug in the step");
    steps.push({ location: store.location, job: job.id, from: job.done });
    store.atomically(() => store.setJobProgress(job.id, "count", next, to));
    return next >= to ? { finished: true, result: { counted: next } } : { finished: false };
  },
});

const inProcess = (store: Store) => startJobRunner(store, (id) => runJobStep(store, id), { log: () => {} });
const stepsOf = (store: Store, job: number) => steps.filter((s) => s.location === store.location && s.job === job).map((s) => s.from);

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("waited 30 s in vain");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("job runner (real database file)", function () {
  this.timeout(120000);

  it("runs a job step by step to its end, its progress committed at each step, and audits its start and end", async () => {
    const store = openSqliteStore(tempDbPath());
    const runner = inProcess(store);
    try {
      const id = store.createJob({ kind: "test-count", params: { to: 5 }, createdBy: "ed" });
      runner.wake();
      await runner.settled();
      expect(store.getJob(id)).to.deep.include({ state: "done", stage: "count", done: 5, total: 5, result: { counted: 5 } });
      expect(stepsOf(store, id)).to.deep.equal([0, 1, 2, 3, 4]);
      const audit = store.listAudit({}).filter((e) => e.target === `job:${id}`).map((e) => e.action).reverse();
      expect(audit).to.deep.equal(["job-start", "job-end"]);
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("runs queued jobs one at a time, oldest first", async () => {
    const store = openSqliteStore(tempDbPath());
    const first = store.createJob({ kind: "test-count", params: { to: 2 }, createdBy: "ed" });
    const second = store.createJob({ kind: "test-count", params: { to: 2 }, createdBy: "ed" });
    const runner = inProcess(store);
    try {
      await runner.settled();
      const order = steps.filter((s) => s.location === store.location).map((s) => s.job);
      expect(order).to.deep.equal([first, first, second, second]);
      expect([store.getJob(first)?.state, store.getJob(second)?.state]).to.deep.equal(["done", "done"]);
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("stops a job between steps when a cancel is asked mid-way, keeping what it did", async () => {
    const store = openSqliteStore(tempDbPath());
    const runner = inProcess(store);
    try {
      const id = store.createJob({ kind: "test-count", params: { to: 1000, delayMs: 20 }, createdBy: "ed" });
      runner.wake();
      await until(() => (store.getJob(id)?.done ?? 0) >= 3);
      expect(store.requestJobCancel(id)).to.equal(true);
      await runner.settled();
      const job = store.getJob(id)!;
      expect(job.state).to.equal("cancelled");
      expect(job.done).to.be.within(3, 10);
      expect(stepsOf(store, id)).to.have.length(job.done);
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("resumes, at start, a job a dead process left running, from its committed progress and not from 0", async () => {
    const location = tempDbPath();
    const before = openSqliteStore(location);
    const id = before.createJob({ kind: "test-count", params: { to: 10 }, createdBy: "ed" });
    // A process took the job long ago, committed 4 counts, and died.
    before.claimNextJob("dead-process", new Date(Date.now() - JOB_STALE_MS * 3).toISOString());
    before.atomically(() => before.setJobProgress(id, "count", 4, 10));
    before.close();

    const store = openSqliteStore(location);
    const runner = inProcess(store);
    try {
      await runner.settled();
      expect(store.getJob(id)).to.deep.include({ state: "done", done: 10, result: { counted: 10 } });
      expect(stepsOf(store, id)).to.deep.equal([4, 5, 6, 7, 8, 9]);
      expect(store.getJob(id)?.runner).to.not.equal("dead-process");
      const start = store.listAudit({}).find((e) => e.target === `job:${id}` && e.action === "job-start");
      expect(start?.after).to.deep.include({ resumed: true });
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("resumes at once a job whose runner was a process of this machine that was killed, without waiting for it to look abandoned", async () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "test-count", params: { to: 3 }, createdBy: "ed" });
    // Taken a moment ago (a fresh heartbeat) by a process of this machine that no longer exists.
    const killed = `${hostname()}:4194303:killed`;
    store.claimNextJob(killed, new Date().toISOString());
    store.atomically(() => store.setJobProgress(id, "count", 1, 3));
    expect(runnerIsGone(killed)).to.equal(true);
    expect(runnerIsGone(`${hostname()}:${process.pid}:me`), "this very process").to.equal(false);
    expect(runnerIsGone("another-machine:4194303:x"), "another machine's runner is never judged here").to.equal(false);
    const runner = inProcess(store);
    try {
      await runner.settled();
      expect(store.getJob(id)).to.deep.include({ state: "done", done: 3 });
      expect(stepsOf(store, id)).to.deep.equal([1, 2]);
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("fails a job whose step throws: with the error's code, or internal for an error without one", async () => {
    const store = openSqliteStore(tempDbPath());
    const runner = inProcess(store);
    try {
      const refused = store.createJob({ kind: "test-count", params: { to: 10, failAt: 3 }, createdBy: "ed" });
      const crashed = store.createJob({ kind: "test-count", params: { to: 10, crashAt: 2 }, createdBy: "ed" });
      runner.wake();
      await runner.settled();
      expect(store.getJob(refused)).to.deep.include({ state: "failed", done: 2, error: { code: "test-refused", params: { at: 3 } } });
      expect(store.getJob(crashed)).to.deep.include({ state: "failed", done: 1, error: { code: "internal", params: {} } });
      const ends = store.listAudit({}).filter((e) => e.action === "job-end").map((e) => (e.after as { state: string }).state);
      expect(ends).to.deep.equal(["failed", "failed"]);
    } finally {
      await runner.close();
      store.close();
    }
  });

  it("lets a closing runner go of its job, which the next runner then resumes at once", async () => {
    const location = tempDbPath();
    const store = openSqliteStore(location);
    const id = store.createJob({ kind: "test-count", params: { to: 200, delayMs: 10 }, createdBy: "ed" });
    const first = inProcess(store);
    await until(() => (store.getJob(id)?.done ?? 0) >= 2);
    await first.close();
    const left = store.getJob(id)!;
    expect(left).to.deep.include({ state: "running", runner: null, heartbeatAt: null });
    const second = inProcess(store);
    try {
      await until(() => (store.getJob(id)?.done ?? 0) > left.done);
      expect(stepsOf(store, id)[left.done], "the next step starts where the first runner stopped").to.equal(left.done);
    } finally {
      store.requestJobCancel(id);
      await second.settled();
      await second.close();
      store.close();
    }
  });

  it("runs a job to its end in-process for the command line, telling its progress after every step", async () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "test-count", params: { to: 3 }, createdBy: "ed" });
    const heard: number[] = [];
    const ended = await runJobToEnd(store, id, { onProgress: (job) => heard.push(job.done) });
    expect(ended).to.deep.include({ state: "done", done: 3 });
    expect(heard).to.deep.equal([0, 1, 2, 3]);
    expect((await runJobToEnd(store, id)).state, "an ended job is answered as it is").to.equal("done");
    store.close();
  });

  it("runs steps in the background pool's worker threads: a kind no module registered fails with unknown-kind", async () => {
    const store = openSqliteStore(tempDbPath());
    const background = startBackground(store, () => {});
    try {
      const id = store.createJob({ kind: "no-such-kind", params: {}, createdBy: "ed" });
      background.jobs.wake();
      await background.jobs.settled();
      expect(store.getJob(id)).to.deep.include({ state: "failed", error: { code: "unknown-kind", params: { kind: "no-such-kind" } } });
    } finally {
      await background.close();
      store.close();
    }
  });
});
