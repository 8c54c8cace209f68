/**
 * A tiny HTTP proxy on a loopback port that hands each request to the next of several app
 * instances in turn (round robin), as a load balancer in front of a newsroom's instances would.
 * The benchmarks put it in front of one instance too, so that every configuration they compare
 * pays the same extra hop.
 */
import { createServer, request as forward, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = { url: string; close(): Promise<void> };

export async function startRoundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  if (upstreams.length === 0) throw new Error("a proxy needs at least one instance");
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const targets = upstreams.map((u) => new URL(u));
  let next = 0;
  const server: Server = createServer((req, res) => {
    const target = targets[next++ % targets.length] ?? targets[0];
    const upstream = forward(
      { agent, host: target?.hostname, port: target?.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      agent.destroy();
    }),
  };
}
