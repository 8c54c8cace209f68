/**
 * The main thread's side of the worker threads (piscina): `run` sends a task and answers its value
 * or throws the same error the task raised (rebuilt from data, see task-errors.ts). Two pools: the
 * interactive one (imports, re-alignment, exports a user waits for) and the background one
 * (findings), so a long recomputation never queues an import behind it. Each worker has a memory
 * ceiling: a task that runs away ends its own worker, never the server; workers run at a lower
 * scheduling priority than the main thread. Idle workers do not keep the process alive.
 */
import { Piscina } from "piscina";
import { availableParallelism } from "node:os";
import type { Task, TaskAnswer, TaskValue } from "./tasks.js";
import { rebuildError } from "./task-errors.js";

const WORKER_FILE = new URL("./worker.js", import.meta.url).href;

/** How much lower than the main thread the workers' scheduling priority is (Unix nice). */
const WORKER_NICE = 10;

/** Old-generation heap of one worker; past it the worker (not the server) dies. */
const WORKER_HEAP_MB = 1536;

export type TaskPool = {
  /**
   * Runs a task; `timeoutMs` ends its worker thread when the task runs longer (the task then
   * fails with an error, the pool starts a fresh worker).
   */
  run<K extends Task["kind"]>(task: Extract<Task, { kind: K }>, options?: { transfer?: readonly Transferable[]; timeoutMs?: number }): Promise<TaskValue[K]>;
  close(): Promise<void>;
};

type Transferable = import("node:worker_threads").TransferListItem;

export function createTaskPool(threads: number): TaskPool {
  const pool = new Piscina({
    filename: WORKER_FILE,
    name: "default",
    minThreads: 0,
    maxThreads: Math.max(1, threads),
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Workers run at a lower priority than the thread that answers requests: on a busy machine
    // the system gives the requests the processor first (piscina's niceIncrement, per thread).
    niceIncrement: WORKER_NICE,
  });
  return {
    async run(task, options = {}) {
      const answer = (await pool.run(task, {
        transferList: options.transfer ? [...options.transfer] : undefined,
        signal: options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : null,
      })) as TaskAnswer<typeof task.kind>;
      if (!answer.ok) throw rebuildError(answer.error);
      return answer.value as never;
    },
    close: () => pool.destroy(),
  };
}

/** Threads for the interactive pool: one per core but one (for the main thread), at least one. */
export function interactiveThreads(): number {
  const configured = Number(process.env.MIZAN_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}
