/**
 * A real mizan server for tests: a fresh store on the run's engine (a new SQLite file, or a new
 * database on the run's PostgreSQL under MIZAN_TEST_ENGINE=postgres; test-store.ts), the app from
 * createApp, listening on a loopback port chosen by the system. Closed with stop(). `dbPath` is the
 * store's location, for tests that open the store again (with openStore).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createApp } from "../../server/app.js";
import { openStore } from "../../server/store/open-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import type { Store } from "../../server/store/types.js";
import { testStoreLocation } from "./test-store.js";
import { Client, createRoleUsers } from "./client.js";
import { startBackground } from "../../server/jobs/background.js";

export type TestServer = {
  url: string; store: Store;
  /** Where the store is: a SQLite file's path or a PostgreSQL URL (open it again with openStore). */
  dbPath: string; stop(): Promise<void>;
  /** Resolves once the background has brought every document's findings up to date. */
  findingsSettled(): Promise<void>;
  /** A client logged in as the user named after a role (admin, translator, copy-editor, viewer). */
  as(role: string): Promise<Client>;
};

/** trustProxy: believe X-Forwarded-For from these proxies (tests of per-client limits send it from loopback). */
export async function startServer(options: { sample?: boolean; trustProxy?: string } = {}): Promise<TestServer> {
  const dbPath = testStoreLocation();
  const store = openStore(dbPath);
  if (options.sample ?? true) await loadSampleCorpus(store);
  createRoleUsers(store);
  const background = startBackground(store);
  const app = createApp({ store, background, trustProxy: options.trustProxy ?? false });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    as: async (role: string) => {
      const client = new Client(url);
      await client.logIn(role);
      return client;
    },
    store,
    dbPath,
    findingsSettled: () => background.findings.settled(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          void background.close().then(() => {
            store.close();
            resolve();
          });
        });
      }),
  };
}
