/**
 * A small Express app of a test's own, listening on a loopback port chosen by the system for the
 * length of a `describe`: `const served = serveOnLoopback(buildApp)`, then `served.base` in the tests.
 */
import type { Express } from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";

export function serveOnLoopback(build: () => Express): { readonly base: string } {
  let server: Server;
  const served = { base: "" };
  before(async () => {
    server = await new Promise<Server>((resolve) => {
      const s = build().listen(0, "127.0.0.1", () => resolve(s));
    });
    served.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return served;
}
