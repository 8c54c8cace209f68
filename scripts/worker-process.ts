/**
 * A real `mizan worker` (jobs/queue-worker.ts) as a child process, for the tests and benchmark
 * scripts of jobs on PostgreSQL: started on a database URL, ready once it says it takes jobs,
 * stopped with SIGTERM (as an operator stops it) or killed with SIGKILL (as a crash does). What it
 * logs is kept (`log()`), and echoed to stderr when MIZAN_WORKER_ECHO=1.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";

export type WorkerProcess = {
  pid: number;
  /** Everything it wrote to stderr so far. */
  log(): string;
  /** SIGTERM, then waits for it to end; answers its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, then waits for it to end. */
  kill(): Promise<void>;
};

export async function startWorkerProcess(url: string, args: readonly string[] = []): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(ROOT, "dist", "scripts", "mizan.js"), "worker", "--db", url, ...args], {
    env: { ...process.env, MIZAN_DB: url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let text = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (process.env.MIZAN_WORKER_ECHO === "1") process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`);
      if (/ takes jobs from /u.test(text)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`mizan worker exited with ${code} before it took jobs:\n${text}`)));
  });
  return {
    pid: child.pid ?? 0,
    log: () => text,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
