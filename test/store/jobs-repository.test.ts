/**
 * The jobs tables on a real database file: the order runners take jobs in (abandoned running ones
 * first, then queued ones oldest first; a live runner's job is left alone), progress that starts its
 * rate anew at each stage and commits with the caller's transaction (or not at all), ending a job
 * once, cancelling (at once when queued, at the next step when running), and the job's files.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { JOB_STALE_MS } from "../../server/store/jobs-repository.js";
import { testStoreLocation } from "../helpers/test-store.js";

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const bytes = (text: string) => new TextEncoder().encode(text);

describe("jobs repository (real database file)", () => {
  it("creates a queued job with its parameters and lists jobs newest first, a page at a time", () => {
    const store = openStore(testStoreLocation());
    const ids = [1, 2, 3].map((n) => store.createJob({ kind: "count", params: { to: n }, createdBy: "ed" }));
    expect(store.getJob(ids[0]!)).to.deep.include({ kind: "count", state: "queued", stage: "", done: 0, total: 0, params: { to: 1 }, createdBy: "ed", cancelRequested: false, result: null, error: null });
    expect(store.listJobs({ limit: 2 }).map((j) => j.id)).to.deep.equal([ids[2], ids[1]]);
    expect(store.listJobs({ limit: 2, before: ids[1] }).map((j) => j.id)).to.deep.equal([ids[0]]);
    expect(store.getJob(999)).to.equal(null);
    store.close();
  });

  it("claims abandoned running jobs first, then queued ones oldest first, and leaves a live runner's job alone", () => {
    const store = openStore(testStoreLocation());
    const first = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    const second = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    const third = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    // "dead" took the first job long ago and was never heard of again; "live" takes the second now.
    expect(store.claimNextJob("dead", ago(JOB_STALE_MS * 2))?.id).to.equal(first);
    expect(store.claimNextJob("live", new Date().toISOString())?.id, "the job the dead runner left comes first").to.equal(first);
    const now = new Date().toISOString();
    expect(store.claimNextJob("live", now)?.id, "the live runner's own job again").to.equal(first);
    store.finishJob(first, "done", {});
    expect(store.claimNextJob("live", now)?.id).to.equal(second);
    const taken = store.claimNextJob("other", now);
    expect(taken?.id, "the live runner's job is left alone; the next queued one is taken").to.equal(third);
    expect(taken).to.deep.include({ state: "running", runner: "other", heartbeatAt: now, startedAt: now });
    expect(store.claimNextJob("another", now), "nothing left to take").to.equal(null);
    expect(store.claimJob(second, "another", now), "one job by id: not while its runner lives").to.equal(null);
    store.releaseJob(second, "live");
    expect(store.claimJob(second, "another", now)?.runner, "a released job is taken at once").to.equal("another");
    store.close();
  });

  it("keeps the rate of a stage from its start, and starts it anew when the stage changes", () => {
    const store = openStore(testStoreLocation());
    const id = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    store.setJobProgress(id, "read", 0, 10);
    const read = store.getJob(id)!;
    expect(read).to.deep.include({ stage: "read", done: 0, total: 10, stageDoneAtStart: 0 });
    store.setJobProgress(id, "read", 6, 10);
    expect(store.getJob(id)).to.deep.include({ stage: "read", done: 6, stageDoneAtStart: 0, stageStartedAt: read.stageStartedAt });
    store.setJobProgress(id, "pair", 3, 40);
    const pair = store.getJob(id)!;
    expect(pair).to.deep.include({ stage: "pair", done: 3, total: 40, stageDoneAtStart: 3 });
    expect(Date.parse(pair.stageStartedAt!)).to.be.at.least(Date.parse(read.stageStartedAt!));
    store.close();
  });

  it("commits progress with the caller's transaction, or not at all when it rolls back", () => {
    const store = openStore(testStoreLocation());
    const id = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    store.atomically(() => store.setJobProgress(id, "count", 1, 5));
    expect(store.getJob(id)?.done).to.equal(1);
    expect(() => store.atomically(() => {
      store.setJobProgress(id, "count", 2, 5);
      throw new Error("the step's work failed");
    })).to.throw("the step's work failed");
    expect(store.getJob(id)?.done, "the step's progress went with its work").to.equal(1);
    store.close();
  });

  it("ends a job once, with its result or its error, and drops its files", () => {
    const store = openStore(testStoreLocation());
    const done = store.createJob({ kind: "count", params: {}, createdBy: "ed", files: [{ role: "en", name: "en.zip", bytes: bytes("PK") }] });
    expect(store.finishJob(done, "done", { counted: 5 })).to.equal(true);
    expect(store.finishJob(done, "failed", { code: "internal", params: {} }), "ended once").to.equal(false);
    expect(store.getJob(done)).to.deep.include({ state: "done", result: { counted: 5 }, error: null });
    expect(store.getJob(done)?.finishedAt).to.be.a("string");
    expect(store.jobFile(done, "en")).to.equal(null);
    const failed = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    store.finishJob(failed, "failed", { code: "import.archive.bad-zip", params: { name: "en.zip", line: 3 } });
    expect(store.getJob(failed)).to.deep.include({ state: "failed", result: null, error: { code: "import.archive.bad-zip", params: { name: "en.zip", line: 3 } } });
    store.close();
  });

  it("cancels a queued job at once, and asks a running one to stop at its next step", () => {
    const store = openStore(testStoreLocation());
    const queued = store.createJob({ kind: "count", params: {}, createdBy: "ed", files: [{ role: "en", name: "en.zip", bytes: bytes("PK") }] });
    const running = store.createJob({ kind: "count", params: {}, createdBy: "ed" });
    store.claimJob(running, "runner", new Date().toISOString());
    expect(store.requestJobCancel(queued)).to.equal(true);
    expect(store.getJob(queued)).to.deep.include({ state: "cancelled", cancelRequested: true });
    expect(store.jobFile(queued, "en"), "a cancelled job's files go").to.equal(null);
    expect(store.requestJobCancel(running)).to.equal(true);
    expect(store.getJob(running)).to.deep.include({ state: "running", cancelRequested: true });
    store.finishJob(running, "cancelled");
    expect(store.requestJobCancel(running), "an ended job cannot be cancelled").to.equal(false);
    store.close();
  });

  it("keeps a job's files by role until they are dropped", () => {
    const store = openStore(testStoreLocation());
    const id = store.createJob({ kind: "archive", params: {}, createdBy: "ed", files: [{ role: "en", name: "en.jsonl", bytes: bytes("{}\n") }, { role: "ar", name: "ar.jsonl", bytes: bytes("[]") }] });
    const en = store.jobFile(id, "en");
    expect(en?.name).to.equal("en.jsonl");
    expect(new TextDecoder().decode(en?.bytes)).to.equal("{}\n");
    expect(store.jobFile(id, "xx")).to.equal(null);
    store.dropJobFiles(id);
    expect(store.jobFile(id, "ar")).to.equal(null);
    expect(store.getJob(id)?.state, "the job itself stays").to.equal("queued");
    store.close();
  });
});
