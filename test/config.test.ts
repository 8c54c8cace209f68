import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { DEFAULT_HOST, host, trustProxy } from "../server/config.js";
import { tempDbPath } from "./helpers/temp.js";

const MAIN = join(ROOT, "dist", "server", "main.js");

/** `node dist/server/main.js` with these settings; resolves with its port once it serves, or its exit. */
function startMain(env: Record<string, string>): { child: ChildProcess; ready: Promise<{ port?: number; code?: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, MIZAN_DB: tempDbPath(), PORT: "0", NODE_ENV: "production", MIZAN_LANG: "en", HOST: "", MIZAN_ADMIN_PASSWORD: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let stderr = "";
  const ready = new Promise<{ port?: number; code?: number | null; stderr: string }>((resolve) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /at http:\/\/localhost:(\d+)\//u.exec(out)?.[1];
      if (port) resolve({ port: Number(port), stderr });
    });
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
  return { child, ready };
}

async function stopMain(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Whether a TCP connection to address:port is accepted (loopback addresses only). */
function accepts(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

describe("settings (config.ts) and how the server starts with them", function () {
  this.timeout(60000);

  it("HOST defaults to loopback; MIZAN_TRUST_PROXY defaults to no proxy", () => {
    const saved = process.env.HOST;
    try {
      delete process.env.HOST;
      expect(host()).to.equal(DEFAULT_HOST).and.equal("127.0.0.1");
      process.env.HOST = "0.0.0.0";
      expect(host()).to.equal("0.0.0.0");
    } finally {
      if (saved === undefined) delete process.env.HOST;
      else process.env.HOST = saved;
    }
    expect([undefined, "", "0", "false", "off"].map((v) => trustProxy(v))).to.deep.equal([false, false, false, false, false]);
    expect([trustProxy("1"), trustProxy("true"), trustProxy("2")]).to.deep.equal([1, 1, 2]);
    expect(trustProxy("loopback, 10.0.0.1")).to.equal("loopback, 10.0.0.1");
  });

  it("refuses to start with a MIZAN_ADMIN_PASSWORD shorter than 10 characters, saying why", async () => {
    const { ready } = startMain({ MIZAN_ADMIN_PASSWORD: "x" });
    const result = await ready;
    expect(result.port).to.equal(undefined);
    expect(result.code).to.equal(2);
    expect(result.stderr).to.include("MIZAN_ADMIN_PASSWORD is too short").and.include("at least 10 characters");
    expect(result.stderr).to.not.match(/\n\s+at /u);
  });

  it("listens on 127.0.0.1 only unless HOST says otherwise", async () => {
    const first = startMain({ MIZAN_ADMIN_PASSWORD: "a long enough password" });
    try {
      const { port, stderr } = await first.ready;
      expect(port, stderr).to.be.a("number");
      expect(await accepts("127.0.0.1", port!)).to.equal(true);
      // Another loopback address: a server on every interface would accept it too.
      expect(await accepts("127.0.0.2", port!)).to.equal(false);
    } finally {
      await stopMain(first.child);
    }
    const second = startMain({ HOST: "127.0.0.2" });
    try {
      const { port, stderr } = await second.ready;
      expect(port, stderr).to.be.a("number");
      expect(await accepts("127.0.0.2", port!)).to.equal(true);
      expect(await accepts("127.0.0.1", port!)).to.equal(false);
    } finally {
      await stopMain(second.child);
    }
  });
});
