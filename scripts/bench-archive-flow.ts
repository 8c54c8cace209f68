#!/usr/bin/env node
/**
 * The whole archive flow at scale, and the web app's latency while it runs (issue 14): two
 * generated archives (scripts/flow-archives.ts: N true pairs, 10 % more English-only and 20 % more
 * Arabic-only articles, copies of the pairing development set dated over months) as JSON-lines
 * files; a real server (child process, a fresh database in a temp folder, the sample corpus loaded
 * as `npm start` does); a copy editor logs in and uploads both through the real form
 * (/archives/new, CSRF token from the page) with "confirm pairs scoring at least" = the pairing
 * threshold, so every proposed pair becomes a document (read → pair → documents: alignment and
 * checks). Two sequential client loops, `--rate` requests a second each, ask /healthz and the
 * sample document's alignment view (`/documents/1?row=K`, K cycling over more rows than the page
 * cache holds, so every view is rendered), first on the idle server, then for the whole job; each
 * latency is filed under the job's stage (polled from /jobs/:id/progress.json). Then it waits until
 * no document's findings are stale. Prints the stages' times, articles/s, documents/s, the pairs
 * found against the true ones, the latencies (p50/p95/p99/max) idle and per stage, and the
 * server's peak RSS (VmHWM).
 *
 *   node dist/scripts/bench-archive-flow.js [--pairs 2000] [--rate 5] [--idle-seconds 15] [--seed 1] [--set DIR]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { hashPassword } from "../server/domain/auth/passwords.js";
import { ARCHIVE_DEFAULTS } from "../server/services/archive-start.js";
import type { ArchivePairCursor } from "../server/store/types.js";
import { countOption } from "./count-option.js";
import { FLOW_DEFAULTS, generateFlowArchives, jsonLinesOf } from "./flow-archives.js";
import { logInAs, startServerProcess, type Session } from "./server-process.js";

const PASSWORD = "benchmark password 1";
const option = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] ? (process.argv[k + 1] as string) : fallback;
};

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const summary = (values: number[]) => values.length === 0 ? "no requests"
  : `p50 ${percentile(values, 50).toFixed(1)}, p95 ${percentile(values, 95).toFixed(1)}, p99 ${percentile(values, 99).toFixed(1)}, max ${Math.max(...values).toFixed(1)} ms (${values.length})`;

/** The server's memory high-water mark and current size, in MB, from /proc. */
function memoryOf(pid: number): { peakMb: number; nowMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "mu").exec(status)?.[1] ?? 0);
  return { peakMb: kb("VmHWM") / 1024, nowMb: kb("VmRSS") / 1024 };
}

/**
 * CPU time and time spent waiting for a CPU (run queue), in seconds, of the server's main thread
 * (the one that answers requests) and of the whole process, from /proc (schedstat, stat).
 */
function threadTimes(pid: number): { mainCpu: number; mainWaiting: number; processCpu: number } {
  const [cpuNs, waitNs] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").trim().split(/\s+/u).map(Number);
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /su, "").split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15), clock ticks of 1/100 s
  return { mainCpu: (cpuNs ?? 0) / 1e9, mainWaiting: (waitNs ?? 0) / 1e9, processCpu: ticks / 100 };
}
const timesBetween = (a: ReturnType<typeof threadTimes>, b: ReturnType<typeof threadTimes>, seconds: number) =>
  `main thread CPU ${(b.mainCpu - a.mainCpu).toFixed(1)} s and ${(b.mainWaiting - a.mainWaiting).toFixed(1)} s waiting for a CPU, ` +
  `the other threads (the job's worker, GC) CPU ${(b.processCpu - a.processCpu - (b.mainCpu - a.mainCpu)).toFixed(1)} s, in ${seconds.toFixed(1)} s`;

/** Sequential loops at `rate` a second each, until stopped; every latency filed under `phase()`. */
function probe(url: string, session: Session, rate: number, phase: () => string) {
  const samples = new Map<string, { health: number[]; view: number[] }>();
  const failures: string[] = [];
  let running = true;
  const record = (which: "health" | "view", ms: number, at: string) => {
    const entry = samples.get(at) ?? { health: [], view: [] };
    entry[which].push(ms);
    samples.set(at, entry);
  };
  const loop = async (which: "health" | "view", path: (k: number) => string) => {
    for (let k = 0; running; k++) {
      const at = phase();
      const t0 = performance.now();
      const res = await fetch(`${url}${path(k)}`, { headers: { cookie: session.cookie } });
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.status !== 200) failures.push(`${path(k)}: ${res.status}`);
      else record(which, ms, at);
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / rate - ms)));
    }
  };
  // More distinct rows than the page cache's 64 entries: every view is rendered, none served from the cache.
  const loops = Promise.all([loop("health", () => "/healthz"), loop("view", (k) => `/documents/1?row=${1 + (k % 80)}`)]);
  return {
    samples, failures,
    stop: async () => {
      running = false;
      await loops;
    },
  };
}

async function main(): Promise<void> {
  const pairs = countOption("pairs", 2000);
  const rate = countOption("rate", 5);
  const idleSeconds = countOption("idle-seconds", 15);
  const seed = countOption("seed", FLOW_DEFAULTS.seed);
  const setDir = option("set", join(ROOT, "..", "shared", "eval-pairing"));
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-flow-"));
  const stageNames = (JSON.parse(readFileSync(join(ROOT, "server", "i18n", "locales", "en", "jobs.json"), "utf8")) as { jobs: { stages: Record<string, string> } }).jobs.stages;
  const stageOfLabel = new Map(Object.entries(stageNames).map(([code, label]) => [label, code]));
  try {
    const archives = generateFlowArchives({ ...FLOW_DEFAULTS, setDir, pairs, seed });
    const enBytes = jsonLinesOf(archives.en);
    const arBytes = jsonLinesOf(archives.ar);
    const db = join(dir, "mizan.db");
    const seedStore = openSqliteStore(db);
    seedStore.createUser("editor", hashPassword(PASSWORD), "copy-editor");
    seedStore.close();
    process.env.MIZAN_RENDERS_PER_MINUTE = "1000000"; // the view loop renders more than a person's budget
    const server = await startServerProcess(db);
    const store = openSqliteStore(db); // a reader beside the server (WAL): stale findings, the pairs
    try {
      const editor = await logInAs(server.url, "editor", PASSWORD);
      const waitForFindings = async () => {
        const t0 = performance.now();
        while (store.staleFindings(1).length > 0) await new Promise((r) => setTimeout(r, 200));
        return (performance.now() - t0) / 1000;
      };
      await waitForFindings(); // the sample corpus's findings first: the idle phase is idle
      let phase = "idle";
      const idleTimes = threadTimes(server.pid);
      const probes = probe(server.url, editor, rate, () => phase);
      await new Promise((r) => setTimeout(r, idleSeconds * 1000));
      const jobTimes = threadTimes(server.pid);

      const form = new FormData();
      form.set("_csrf", editor.csrf);
      form.set("name", `Benchmark: ${pairs} pairs`);
      form.set("windowDays", String(ARCHIVE_DEFAULTS.windowDays));
      form.set("threshold", String(ARCHIVE_DEFAULTS.threshold));
      form.set("confirmAbove", String(ARCHIVE_DEFAULTS.threshold));
      form.set("enFile", new Blob([enBytes]), "en.jsonl");
      form.set("arFile", new Blob([arBytes]), "ar.jsonl");
      const started = performance.now();
      phase = "upload";
      const res = await fetch(`${server.url}/archives/new`, { method: "POST", redirect: "manual", headers: { cookie: editor.cookie }, body: form });
      await res.arrayBuffer();
      const jobId = Number(/^\/jobs\/(\d+)$/u.exec(res.headers.get("location") ?? "")?.[1] ?? 0);
      if (res.status !== 303 || jobId === 0) throw new Error(`the upload answered ${res.status} ${res.headers.get("location") ?? ""}`);
      const answered = performance.now();
      const uploadSeconds = (answered - started) / 1000;
      const stageStart = new Map<string, number>();
      let state = "queued";
      let peakDuringMb = 0;
      let lastSaid = performance.now();
      while (state === "queued" || state === "running") {
        const progress = (await (await fetch(`${server.url}/jobs/${jobId}/progress.json`, { headers: { cookie: editor.cookie, accept: "application/json" } })).json()) as { state: string; stageLabel: string; progressText: string };
        state = progress.state;
        const stage = state === "queued" ? "queued" : stageOfLabel.get(progress.stageLabel) ?? progress.stageLabel;
        if (state === "queued" || state === "running") {
          if (!stageStart.has(stage)) stageStart.set(stage, performance.now());
          phase = stage;
        }
        peakDuringMb = Math.max(peakDuringMb, memoryOf(server.pid).nowMb);
        if (performance.now() - lastSaid > 60_000) {
          // A long run says how far it is (stderr), with the latencies of the stage so far.
          lastSaid = performance.now();
          const s = probes.samples.get(phase);
          process.stderr.write(`${((lastSaid - started) / 1000).toFixed(0)} s: ${phase} ${progress.progressText}; /healthz ${summary(s?.health ?? [])}; view ${summary(s?.view ?? [])}\n`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      const jobEnded = performance.now();
      // A stage shorter than a poll is never seen: then the read ran from the upload's answer to the next stage.
      const readSeen = stageStart.has("read");
      if (!readSeen && !stageStart.has("queued")) stageStart.set("read", answered);
      phase = "findings";
      const findingsSeconds = await waitForFindings();
      const ended = performance.now();
      const endTimes = threadTimes(server.pid);
      await probes.stop();
      const memory = memoryOf(server.pid);

      const job = store.getJob(jobId);
      const archiveId = (job?.params as { archiveId?: number } | undefined)?.archiveId ?? 0;
      let found = 0;
      let right = 0;
      let confirmed = 0;
      let withDocument = 0;
      let after: ArchivePairCursor | null = null;
      for (;;) {
        const page = store.listArchivePairs(archiveId, "all", after, 1000);
        for (const pair of page.pairs) {
          found += 1;
          if (archives.truePairs.get(pair.en.id) === pair.ar.id) right += 1;
          if (pair.status === "confirmed") confirmed += 1;
          if (pair.documentId !== null) withDocument += 1;
        }
        const last = page.pairs[page.pairs.length - 1];
        if (!page.more || !last) break;
        after = { score: last.score, id: last.id };
      }

      const order = ["queued", "read", "pair", "documents"].filter((s) => stageStart.has(s));
      const stageSeconds = order.map((s, k) => [s, ((k + 1 < order.length ? stageStart.get(order[k + 1] as string) as number : jobEnded) - (stageStart.get(s) as number)) / 1000] as const);
      const seconds = (name: string) => stageSeconds.find(([s]) => s === name)?.[1] ?? 0;
      const articles = archives.en.length + archives.ar.length;
      const jobSeconds = (jobEnded - started) / 1000;
      const lines = [
        `whole archive flow: ${archives.en.length} English + ${archives.ar.length} Arabic articles (${pairs} true pairs), ` +
          `JSON lines ${(enBytes.length / 1e6).toFixed(1)} + ${(arBytes.length / 1e6).toFixed(1)} MB; load average before ${loadavg().map((x) => x.toFixed(2)).join(" ")}`,
        `job ${jobId}: ${job?.state ?? "?"}${job?.state === "failed" ? ` ${JSON.stringify(job.error)}` : ""}; upload answered in ${uploadSeconds.toFixed(2)} s`,
        ...stageSeconds.map(([s, t]) => `  ${s.padEnd(10)} ${t.toFixed(1)} s${s === "read" && !readSeen ? " (never seen running: from the upload's answer to the pairing)" : ""}`),
        `  job total  ${jobSeconds.toFixed(1)} s (upload to done); then findings: ${findingsSeconds.toFixed(1)} s until no document was stale; whole flow ${((ended - started) / 1000).toFixed(1)} s`,
        `  read ${(articles / Math.max(0.001, seconds("read"))).toFixed(0)} articles/s; pairing ${(archives.en.length / Math.max(0.001, seconds("pair"))).toFixed(1)} English articles/s; ` +
          `documents ${(withDocument / Math.max(0.001, seconds("documents"))).toFixed(2)}/s; whole job ${(articles / jobSeconds).toFixed(1)} articles/s`,
        `pairs: ${found} proposed, ${right} of them true (of ${pairs} true pairs: recall ${(right / pairs).toFixed(3)}, precision ${(right / Math.max(1, found)).toFixed(3)}); ${confirmed} confirmed, ${withDocument} documents made`,
        `server peak RSS (VmHWM) ${memory.peakMb.toFixed(0)} MB (RSS ${memory.nowMb.toFixed(0)} MB at the end, at most ${peakDuringMb.toFixed(0)} MB seen during the job)`,
        `idle:        ${timesBetween(idleTimes, jobTimes, idleSeconds)}`,
        `job+findings: ${timesBetween(jobTimes, endTimes, (ended - started) / 1000)}`,
        `latency (sequential loops, ${rate} requests/s each; ms):`,
      ];
      for (const at of ["idle", "upload", ...order, "findings"]) {
        const s = probes.samples.get(at);
        if (!s) continue;
        lines.push(`  ${at.padEnd(10)} /healthz ${summary(s.health)}`, `  ${"".padEnd(10)} view     ${summary(s.view)}`);
      }
      const during = [...probes.samples].filter(([at]) => at !== "idle");
      lines.push(`  whole job  /healthz ${summary(during.flatMap(([, s]) => s.health))}`, `  ${"".padEnd(10)} view     ${summary(during.flatMap(([, s]) => s.view))}`);
      if (probes.failures.length > 0) lines.push(`refused requests: ${probes.failures.length} (first: ${probes.failures[0]})`);
      process.stdout.write(lines.join("\n") + "\n");
    } finally {
      store.close();
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
