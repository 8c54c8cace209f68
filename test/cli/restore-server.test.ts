/**
 * `mizan restore` against a real server process (`node dist/server/main.js`) on the same database:
 * while the server runs, the real command line refuses the restore (exit code 2, one sentence),
 * the database file is byte for byte as it was and the server still serves its data; once the
 * server has stopped, with SIGTERM or killed with SIGKILL, the same restore succeeds.
 */
import { expect } from "chai";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { NewDocument } from "../../server/store/types.js";
import { logInAs } from "../../scripts/server-process.js";
import { tempDir } from "../helpers/temp.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");
const PASSWORD = "restore-test-admin-password";

type Running = { url: string; child: ChildProcess; exited: Promise<unknown> };

/** The real server on `dbPath`, on a loopback port the system chooses. */
async function startServer(dbPath: string): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, "dist", "server", "main.js")], {
    env: { ...process.env, MIZAN_DB: dbPath, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", MIZAN_ADMIN_PASSWORD: PASSWORD },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = once(child, "exit");
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /at http:\/\/[^:/]+:(\d+)\//u.exec(out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${errors}`)));
  });
  return { url, child, exited };
}

function restore(source: string, dbPath: string) {
  return spawnSync(process.execPath, [MIZAN, "restore", source, "--db", dbPath], { encoding: "utf8" });
}

function fileHash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function documentOf(title: string): NewDocument {
  return {
    title,
    en: [{ text: `${title}: English.`, boilerplate: null }],
    ar: [{ text: `${title}: عربي.`, boilerplate: null }],
    beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }],
  };
}

function titlesIn(dbPath: string): string[] {
  const store = openSqliteStore(dbPath);
  try {
    return store.listDocuments().map((d) => d.title).sort();
  } finally {
    store.close();
  }
}

describe("mizan restore while a server runs", function () {
  this.timeout(120000);
  let dir: string;
  let dbPath: string;
  let backupPath: string;

  beforeEach(() => {
    dir = tempDir();
    dbPath = join(dir, "mizan.db");
    backupPath = join(dir, "backup.db");
    const store = openSqliteStore(dbPath);
    store.createDocument(documentOf("Before the backup"), "test");
    store.close();
    const backup = spawnSync(process.execPath, [MIZAN, "backup", backupPath, "--db", dbPath], { encoding: "utf8" });
    expect(backup.status, backup.stderr).to.equal(0);
    const again = openSqliteStore(dbPath);
    again.createDocument(documentOf("After the backup"), "test");
    again.close();
  });

  it("is refused while the server runs (the database unchanged, the server still serving it) and works once the server is killed with SIGKILL", async () => {
    const server = await startServer(dbPath);
    try {
      const session = await logInAs(server.url, "admin", PASSWORD);
      const before = fileHash(dbPath);
      const result = restore(backupPath, dbPath);
      expect(result.status, result.stdout + result.stderr).to.equal(2);
      expect(result.stderr).to.include("the database is in use by a running mizan server; stop it first");
      expect(result.stderr).to.not.match(/\n\s+at /u);
      expect(fileHash(dbPath)).to.equal(before);
      expect(readdirSync(dir).filter((name) => name.includes(".restore-"))).to.deep.equal([]);
      const page = await fetch(`${server.url}/`, { headers: { cookie: session.cookie } });
      expect(page.status).to.equal(200);
      expect(await page.text()).to.include("After the backup");
    } finally {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    const result = restore(backupPath, dbPath);
    expect(result.status, result.stderr).to.equal(0);
    expect(titlesIn(dbPath)).to.deep.equal(["Before the backup"]);
  });

  it("works once the server has stopped with SIGTERM, and the server then serves the restored data", async () => {
    const server = await startServer(dbPath);
    server.child.kill("SIGTERM");
    await server.exited;
    const result = restore(backupPath, dbPath);
    expect(result.status, result.stderr).to.equal(0);
    const again = await startServer(dbPath);
    try {
      const session = await logInAs(again.url, "admin", PASSWORD);
      const page = await (await fetch(`${again.url}/`, { headers: { cookie: session.cookie } })).text();
      expect(page).to.include("Before the backup").and.not.include("After the backup");
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
  });
});
