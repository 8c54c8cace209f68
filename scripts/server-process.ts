/**
 * A real mizan server for the benchmark scripts: `node dist/server/main.js` as a child process on
 * a loopback port chosen by the system, with its own database file (MIZAN_DB), and a login through
 * the real form with the CSRF token read from the page, as a browser does it.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";

/** `pid`: the server's process id (for its /proc/PID/status, the peak memory). */
export type ServerProcess = { url: string; pid: number; stop(): Promise<void> };
/** What a logged-in client sends: its cookies and the CSRF token of its session. */
export type Session = { cookie: string; csrf: string };

export async function startServerProcess(dbPath: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, "dist", "server", "main.js")], {
    env: { ...process.env, MIZAN_DB: dbPath, PORT: "0", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/localhost:\d+)\//u.exec(out);
      if (match?.[1]) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

const tokenOf = (html: string) => /<meta name="csrf-token" content="([^"]*)"/u.exec(html)?.[1] ?? "";

/** Logs in through GET /login + POST /login; throws when the login is refused. */
export async function logInAs(url: string, name: string, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [key, ...value] = (pair ?? "").split("=");
      if (key) jar.set(key, value.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let res = await fetch(`${url}/login`);
  keep(res);
  const loginToken = tokenOf(await res.text());
  res = await fetch(`${url}/login`, {
    method: "POST", redirect: "manual",
    headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: loginToken, name, password }),
  });
  keep(res);
  await res.text();
  if (res.status !== 303) throw new Error(`login of ${name} refused: ${res.status}`);
  res = await fetch(`${url}/`, { headers: { cookie: cookie() } });
  keep(res);
  return { cookie: cookie(), csrf: tokenOf(await res.text()) };
}
