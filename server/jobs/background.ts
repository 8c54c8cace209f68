/**
 * Everything the app runs beside the requests, in one object: the interactive worker pool
 * (imports, re-alignment and exports a user waits for), the background pool and the findings
 * refresher that keeps the checks' findings fresh. createApp starts one for its store; closing it
 * ends the workers.
 */
import type { Store } from "../store/types.js";
import { createTaskPool, interactiveThreads, type TaskPool } from "./task-pool.js";
import { startFindingsRefresher, type FindingsRefresher } from "./findings-refresher.js";

export type Background = {
  tasks: TaskPool;
  findings: FindingsRefresher;
  close(): Promise<void>;
};

export function startBackground(store: Store, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Background {
  const tasks = createTaskPool(interactiveThreads());
  const checks = createTaskPool(1);
  const findings = startFindingsRefresher(store, checks, log);
  return {
    tasks,
    findings,
    async close() {
      findings.close();
      await Promise.all([tasks.close(), checks.close()]);
    },
  };
}
