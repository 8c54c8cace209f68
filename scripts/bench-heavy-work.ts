#!/usr/bin/env node
/**
 * Heavy work off the request path, measured: a real mizan server (child process) on a generated
 * corpus of 100,000 pairs. First a quiet phase, then the same while a 2,000 × 2,000-paragraph
 * import and a 100,000-pair TMX export run at once. Throughout, one prober asks /healthz every
 * 20 ms and one copy editor saves a paragraph again and again (each save waits for the previous
 * one). Prints p50/p99/max of both and how many edits were acknowledged; before the worker threads
 * the import alone froze the server for 4 s. Last, a viewer searches the imported 2,000-row
 * document with a new query each time (every view rendered, none cached).
 *
 *   node dist/scripts/bench-heavy-work.js [--pairs 100000] [--quiet-seconds 5] [--dir DIR]
 */
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus, sampleTexts } from "./generate-corpus.js";
import { startServerProcess, logInAs, type Session } from "./server-process.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { hashPassword } from "../server/domain/auth/passwords.js";

const PASSWORD = "benchmark password 1";

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] ?? fallback : fallback;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms, max ${Math.max(0, ...values).toFixed(1)} ms (${values.length} requests)`;

/** Runs until `until` resolves: /healthz every 20 ms and an editor saving one paragraph in a loop. */
async function measure(url: string, editor: Session, paragraphId: number, until: Promise<unknown>) {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const health: number[] = [];
  const edits: number[] = [];
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now();
      await (await fetch(`${url}/healthz`)).text();
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const edit = (async () => {
    const headers = { cookie: editor.cookie, "x-csrf-token": editor.csrf, "content-type": "application/json", accept: "application/json" };
    let version = ((await (await fetch(`${url}/api/paragraphs/${paragraphId}`, { headers })).json()) as { version: number }).version;
    let k = 0;
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/paragraphs/${paragraphId}`, { method: "PUT", headers, body: JSON.stringify({ text: `The talks went on, round ${k++}.`, version }) });
      const body = (await res.json()) as { version?: number };
      if (res.status !== 200 || body.version === undefined) throw new Error(`edit answered ${res.status}`);
      version = body.version;
      edits.push(performance.now() - t0);
    }
  })();
  await Promise.all([probe, edit, until]);
  return { health, edits };
}

async function main(): Promise<void> {
  const pairs = Number(arg("pairs", "100000"));
  const quietSeconds = Number(arg("quiet-seconds", "5"));
  const dir = arg("dir", join(tmpdir(), "mizan-bench-heavy"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = join(dir, "corpus.db");
  generateCorpus(db, pairs);
  const store = openSqliteStore(db);
  for (const [name, role] of [["admin", "admin"], ["editor", "copy-editor"]] as const) store.createUser(name, hashPassword(PASSWORD), role);
  const paragraphId = store.getParagraphs(1, "en")[0]!.id;
  store.close();

  // The viewer below renders as fast as it can: lift the per-user render budget to measure the cost.
  process.env.MIZAN_RENDERS_PER_MINUTE = "1000000";
  const server = await startServerProcess(db);
  try {
    const editor = await logInAs(server.url, "editor", PASSWORD);
    const admin = await logInAs(server.url, "admin", PASSWORD);
    const quiet = await measure(server.url, editor, paragraphId, new Promise((r) => setTimeout(r, quietSeconds * 1000)));

    const { en, ar } = sampleTexts();
    const lines = (texts: string[]) => Array.from({ length: 2000 }, (_, k) => `${texts[k % texts.length]} (${k})`).join("\n");
    const form = new FormData();
    form.set("_csrf", admin.csrf);
    form.set("title", "Two thousand paragraphs");
    form.set("enFile", new Blob([lines(en)]), "en.txt");
    form.set("arFile", new Blob([lines(ar)]), "ar.txt");
    const times: Record<string, number> = {};
    const timed = async (name: string, work: () => Promise<string>) => {
      const t0 = performance.now();
      const outcome = await work();
      times[name] = performance.now() - t0;
      return outcome;
    };
    const importing = timed("import", async () => {
      const res = await fetch(`${server.url}/api/import`, { method: "POST", headers: { cookie: admin.cookie, "x-csrf-token": admin.csrf, accept: "application/json" }, body: form });
      return `${res.status} ${await res.text()}`;
    });
    const exporting = timed("export", async () => {
      const res = await fetch(`${server.url}/exports/download?format=tmx&status=all`, { headers: { cookie: admin.cookie } });
      const bytes = (await res.arrayBuffer()).byteLength;
      return `${res.status}, ${(bytes / 1e6).toFixed(1)} MB`;
    });
    const busy = await measure(server.url, editor, paragraphId, Promise.all([importing, exporting]));
    const [imported, exported] = await Promise.all([importing, exporting]);
    // A viewer searching the 2,000-row document with a new ?q= each time: never a cached page.
    const documentId = Number(/"id":(\d+)/u.exec(imported)?.[1] ?? 0);
    const words = ["talks", "ceasefire", "Homs", "regime", "المفاوضات", "الهدنة", "agreement", "حمص"];
    const views: number[] = [];
    const viewing = (async () => {
      const until = performance.now() + quietSeconds * 1000;
      for (let k = 0; performance.now() < until; k++) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/documents/${documentId}?q=${encodeURIComponent(`${words[k % words.length]}`)}&page=${(k % 10) + 1}&n=${k}`, { headers: { cookie: admin.cookie } });
        await res.arrayBuffer();
        views.push(performance.now() - t0);
      }
    })();
    const searching = await measure(server.url, editor, paragraphId, viewing);
    process.stdout.write(
      [
        `heavy work off the request path (${pairs} pairs in the corpus)`,
        `quiet ${quietSeconds} s:    /healthz ${summary(quiet.health)}`,
        `                 edit     ${summary(quiet.edits)}`,
        `during import + export (${(Math.max(times.import ?? 0, times.export ?? 0) / 1000).toFixed(1)} s):`,
        `                 /healthz ${summary(busy.health)}`,
        `                 edit     ${summary(busy.edits)}`,
        `while a viewer searches the 2,000-row document (uncached views):`,
        `                 view     ${summary(views)}`,
        `                 /healthz ${summary(searching.health)}`,
        `                 edit     ${summary(searching.edits)}`,
        `import 2,000 × 2,000: ${((times.import ?? 0) / 1000).toFixed(1)} s, answered ${imported.slice(0, 60)}`,
        `export TMX of ${pairs} pairs: ${((times.export ?? 0) / 1000).toFixed(1)} s, ${exported}`,
      ].join("\n") + "\n",
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
