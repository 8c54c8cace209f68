/**
 * express-rate-limit over the database store (web/rate-limit-store.ts), through a real limiter on
 * a real Express server per app instance: two servers on one database file refuse a client at the
 * same total of hits, however the hits alternate between them; a request that succeeds is taken
 * back (skipSuccessfulRequests); two limiters with their own prefixes never count into each other.
 */
import { expect } from "chai";
import express from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rateLimit } from "express-rate-limit";
import { openStore } from "../../server/store/open-store.js";
import type { Store } from "../../server/store/types.js";
import { DatabaseRateLimitStore } from "../../server/web/rate-limit-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

const LIMIT = 5;

/** One app instance: a limited route that fails (401) unless asked to succeed. */
async function instance(store: Store, prefix = "test:"): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(rateLimit({ windowMs: 60_000, limit: LIMIT, skipSuccessfulRequests: true, store: new DatabaseRateLimitStore(store, prefix), standardHeaders: "draft-8", legacyHeaders: false }));
  app.get("/try", (req, res) => void res.status(req.query.ok ? 200 : 401).send("done"));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("web/rate-limit-store (express-rate-limit over the database)", () => {
  it("refuses a client at the same total whichever instance each hit reaches", async () => {
    const location = testStoreLocation();
    const stores = [openStore(location), openStore(location)];
    const servers = [await instance(stores[0]!), await instance(stores[1]!)];
    try {
      const statuses: number[] = [];
      for (let k = 0; k < LIMIT + 2; k++) statuses.push((await fetch(`${servers[k % 2]!.url}/try`)).status);
      expect(statuses).to.deep.equal([401, 401, 401, 401, 401, 429, 429]);
      const refused = await fetch(`${servers[0]!.url}/try`);
      expect(refused.status).to.equal(429);
      expect(refused.headers.get("ratelimit"), "the shared count in the standard header").to.match(/\br=0\b/u);
    } finally {
      for (const s of servers) await s.close();
      for (const s of stores) s.close();
    }
  });

  it("takes back the hit of a request that succeeds, on the instance that answered it", async () => {
    const location = testStoreLocation();
    const stores = [openStore(location), openStore(location)];
    const servers = [await instance(stores[0]!), await instance(stores[1]!)];
    try {
      for (let k = 0; k < LIMIT - 1; k++) expect((await fetch(`${servers[k % 2]!.url}/try`)).status).to.equal(401);
      for (let k = 0; k < 3; k++) expect((await fetch(`${servers[k % 2]!.url}/try?ok=1`)).status).to.equal(200);
      expect((await fetch(`${servers[1]!.url}/try`)).status, "the fifth failure is still let through").to.equal(401);
      expect((await fetch(`${servers[0]!.url}/try`)).status).to.equal(429);
    } finally {
      for (const s of servers) await s.close();
      for (const s of stores) s.close();
    }
  });

  it("keeps the counts of limiters with other prefixes apart", async () => {
    const store = openStore(testStoreLocation());
    const first = await instance(store, "first:");
    const second = await instance(store, "second:");
    try {
      for (let k = 0; k < LIMIT; k++) await fetch(`${first.url}/try`);
      expect((await fetch(`${first.url}/try`)).status).to.equal(429);
      expect((await fetch(`${second.url}/try`)).status).to.equal(401);
    } finally {
      await first.close();
      await second.close();
      store.close();
    }
  });
});
