/**
 * Keeps the checks' findings fresh without ever computing them in a request: whenever a document
 * changes (its version rises) or the glossary changes (every document is marked stale), the
 * refresher recomputes the findings of the stale documents one at a time in the background pool.
 * Requests only read what is stored; until a document's findings are fresh the editor says so.
 *
 * It sweeps when told something changed (`changed()`, after every write request) and every few
 * seconds anyway (changes made by `mizan` commands beside the server). A document whose checks
 * fail (a worker that dies on it) is stored with no findings at that version and is not tried
 * again until it changes, so no document can keep the background busy forever. Every app instance
 * on a database runs one: two computing the same document write it once (replaceFindings checks
 * the document's version and the findings' version in its transaction; the second write finds
 * them changed and is dropped), so the only cost of two is work done twice.
 */
import type { Store } from "../store/types.js";
import type { TaskPool } from "./task-pool.js";

const SWEEP_EVERY_MS = 3000;
const BATCH = 50;
/** Longer than any document's checks take (they have their own budget): a stuck worker is ended. */
const TASK_TIMEOUT_MS = 120_000;

export type FindingsRefresher = {
  /** Something may have changed: sweep soon. */
  changed(): void;
  /** Resolves once no document has stale findings (tests and benchmarks wait on this). */
  settled(): Promise<void>;
  /** Stops sweeping; resolves once the check under way (if any) has answered, so its pool may then be closed. */
  close(): Promise<void>;
};

export function startFindingsRefresher(store: Store, pool: TaskPool, log: (line: string) => void = () => {}): FindingsRefresher {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  async function sweepOnce(): Promise<void> {
    for (;;) {
      const stale = store.staleFindings(BATCH);
      if (stale.length === 0 || closed) return;
      for (const { id, version } of stale) {
        if (closed) return;
        // What the findings were at before this try: another app instance's refresher may compute
        // the same document meanwhile, and its findings must not then be wiped by this try's failure.
        const seen = store.findingsVersion(id);
        try {
          await pool.run({ kind: "refresh-findings", location: store.location, documentId: id }, { timeoutMs: TASK_TIMEOUT_MS });
        } catch (error) {
          if (closed) return;
          log(`mizan: the checks of document ${id} failed (${error instanceof Error ? error.message : String(error)}); its findings are left empty until it changes`);
          store.replaceFindings(id, [], version, seen);
        }
      }
    }
  }

  function sweep(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await sweepOnce().catch((error: unknown) => {
          if (!closed) log(`mizan: the findings refresher stopped a sweep (${error instanceof Error ? error.message : String(error)})`);
        });
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  timer.unref();
  void sweep();

  return {
    changed: () => void sweep(),
    async settled() {
      while (!closed) {
        await sweep();
        if (store.staleFindings(1).length === 0) return;
      }
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await (running ?? Promise.resolve());
    },
  };
}
