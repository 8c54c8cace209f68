/**
 * The benchmarks' round-robin proxy (scripts/round-robin-proxy.ts) in front of two real HTTP
 * servers on loopback: requests go to each in turn, with their method, path, headers and body,
 * and the answers come back whole, status and headers included.
 */
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startRoundRobinProxy } from "../../scripts/round-robin-proxy.js";

/** A server that answers who it is and what it was sent. */
async function echoServer(name: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "application/json", "x-served-by": name });
      res.end(JSON.stringify({ name, method: req.method, url: req.url, marker: req.headers["x-marker"] ?? null, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("round-robin proxy (scripts/round-robin-proxy.ts)", () => {
  it("hands each request to the next instance in turn and passes requests and answers through whole", async () => {
    const a = await echoServer("a");
    const b = await echoServer("b");
    const proxy = await startRoundRobinProxy([a.url, b.url]);
    try {
      const served: string[] = [];
      for (let k = 0; k < 4; k++) {
        const res = await fetch(`${proxy.url}/path/${k}?q=${k}`, { method: "PUT", headers: { "x-marker": `m${k}` }, body: `body ${k}` });
        const answer = (await res.json()) as { name: string; method: string; url: string; marker: string; body: string };
        expect(res.status).to.equal(200);
        expect(res.headers.get("x-served-by")).to.equal(answer.name);
        expect(answer).to.include({ method: "PUT", url: `/path/${k}?q=${k}`, marker: `m${k}`, body: `body ${k}` });
        served.push(answer.name);
      }
      expect(served).to.deep.equal(["a", "b", "a", "b"]);
      const missing = await fetch(`${proxy.url}/missing`);
      expect(missing.status).to.equal(404);
      await missing.text();
    } finally {
      await proxy.close();
      a.server.close();
      b.server.close();
    }
  });

  it("answers 502 when the instance it picked is gone, and refuses to start with none", async () => {
    const gone = await echoServer("gone");
    await new Promise<void>((resolve) => gone.server.close(() => resolve()));
    const proxy = await startRoundRobinProxy([gone.url]);
    try {
      const res = await fetch(`${proxy.url}/`);
      expect(res.status).to.equal(502);
      await res.text();
    } finally {
      await proxy.close();
    }
    let refused = false;
    await startRoundRobinProxy([]).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
