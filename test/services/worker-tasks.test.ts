/**
 * The tasks the web hands to worker threads, checked against a stand-in pool that records them:
 * each names the database file, an export carries the corpus name, the tool and its port (moved
 * to the worker, not copied), and a count has no port.
 */
import { expect } from "chai";
import { MessageChannel } from "node:worker_threads";
import type { TaskPool } from "../../server/jobs/task-pool.js";
import type { Store } from "../../server/store/types.js";
import { CORPUS_NAME, exportInWorker, importInWorker } from "../../server/services/worker-tasks.js";
import { TOOL } from "../../server/services/tool-info.js";

type Sent = { task: Record<string, unknown>; options?: { transfer?: readonly unknown[] } };

function recordingPool(answer: unknown): { pool: TaskPool; sent: Sent[] } {
  const sent: Sent[] = [];
  const pool = { run: async (task: Record<string, unknown>, options?: Sent["options"]) => (sent.push({ task, options }), answer), pending: () => 0, close: async () => {} };
  return { pool: pool as unknown as TaskPool, sent };
}

const store = { location: "the-database-file" } as Store;

describe("worker tasks (a recording pool)", () => {
  it("sends an import with its files, title and user", async () => {
    const { pool, sent } = recordingPool({ id: 4 });
    const files = { en: { bytes: new Uint8Array([1]), name: "en.txt" }, ar: { bytes: new Uint8Array([2]), name: "ar.txt" } };
    expect(await importInWorker(store, pool, files, { title: "T" }, "ed")).to.deep.equal({ id: 4 });
    expect(sent[0]?.task).to.deep.equal({ kind: "import", location: "the-database-file", files, meta: { title: "T" }, user: "ed" });
  });

  it("moves the port of a download to the worker, and counts without one", async () => {
    const { pool, sent } = recordingPool({ units: 0 });
    const now = new Date("2024-05-01T10:00:00Z");
    const { port1, port2 } = new MessageChannel();
    await exportInWorker(store, pool, { format: "tmx" }, "ar", now, port2);
    await exportInWorker(store, pool, { format: "tmx" }, "en", now, null);
    expect(sent[0]?.task).to.deep.include({ kind: "export", location: "the-database-file", corpusName: CORPUS_NAME, createdAt: now.toISOString(), tool: TOOL, side: "ar", port: port2 });
    expect(sent[0]?.options?.transfer).to.deep.equal([port2]);
    expect(sent[1]?.task.port).to.equal(null);
    expect(sent[1]?.options).to.equal(undefined);
    port1.close();
  });
});
