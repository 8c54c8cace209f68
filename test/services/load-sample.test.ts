/**
 * The sample corpus at a database's first start (services/load-sample.ts), on the run's engine:
 * two loads asked for at once through two connections to one empty database (two app instances)
 * load it once; a database that has documents gets none. And two real server processes
 * (`node dist/server/main.js`) started at once on one empty database: one admin, one sample
 * corpus, both serving, and only one of them says it created the admin and loaded the sample.
 */
import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openStore } from "../../server/store/open-store.js";
import { loadSampleCorpus, loadSampleOnce } from "../../server/services/load-sample.js";
import { testStoreLocation } from "../helpers/test-store.js";

const MAIN = join(ROOT, "dist", "server", "main.js");

/** How many documents the sample holds, loaded into a database of its own. */
async function sampleSize(): Promise<number> {
  const store = openStore(testStoreLocation());
  const ids = await loadSampleCorpus(store);
  store.close();
  return ids.length;
}

/** A server process on `location`; resolves with what it printed once it serves (or its exit). */
function startServerProcess(location: string): { child: ChildProcess; ready: Promise<{ out: string; code?: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, MIZAN_DB: location, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", MIZAN_LANG: "en", MIZAN_ADMIN_PASSWORD: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let stderr = "";
  const ready = new Promise<{ out: string; code?: number | null; stderr: string }>((resolve) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (/mizan: serving /u.test(out)) resolve({ out, stderr });
    });
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ out, code, stderr }));
  });
  return { child, ready };
}

async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

describe("services/load-sample (the sample corpus at a database's first start)", function () {
  this.timeout(120000);

  it("loads the sample once when two instances ask at the same time on one empty database", async () => {
    const expected = await sampleSize();
    const location = testStoreLocation();
    const a = openStore(location);
    const b = openStore(location);
    const [first, second] = await Promise.all([loadSampleOnce(a), loadSampleOnce(b)]);
    expect([first, second].filter((ids) => ids !== null)).to.have.length(1);
    expect((first ?? second)!.length).to.equal(expected);
    expect(b.countDocuments()).to.equal(expected);
    expect(await loadSampleOnce(b), "and never again").to.equal(null);
    a.close();
    b.close();
  });

  it("loads nothing into a database that already has documents", async () => {
    const store = openStore(testStoreLocation());
    await loadSampleCorpus(store);
    const before = store.countDocuments({ includeDeleted: true });
    expect(await loadSampleOnce(store)).to.equal(null);
    expect(store.countDocuments({ includeDeleted: true })).to.equal(before);
    store.close();
  });

  it("two server processes started at once on one empty database make one admin and load one sample", async () => {
    const expected = await sampleSize();
    const location = testStoreLocation();
    const servers = [startServerProcess(location), startServerProcess(location)];
    try {
      const started = await Promise.all(servers.map((s) => s.ready));
      for (const s of started) expect(s.code, s.stderr).to.equal(undefined);
      expect(started.filter((s) => /created the user "admin"/u.test(s.out)), "one of them made the admin").to.have.length(1);
      expect(started.filter((s) => /loaded the sample corpus/u.test(s.out)), "one of them loaded the sample").to.have.length(1);
    } finally {
      await Promise.all(servers.map((s) => stopServerProcess(s.child)));
    }
    const store = openStore(location);
    expect(store.listUsers().map((u) => [u.name, u.role])).to.deep.equal([["admin", "admin"]]);
    expect(store.countDocuments({ includeDeleted: true })).to.equal(expected);
    expect(store.listDocuments().map((d) => d.title).sort()).to.deep.equal([...new Set(store.listDocuments().map((d) => d.title))].sort());
    store.close();
  });
});
