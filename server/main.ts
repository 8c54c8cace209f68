/**
 * `npm start`: opens the database (MIZAN_DB, default data/mizan.db), creates the first admin on a
 * database without users (password from MIZAN_ADMIN_PASSWORD, or random and printed once), loads
 * the sample corpus into a database that never had a document, and serves the web app on PORT
 * (default 3000). Both first-start steps are atomic in the database: several instances may start
 * at once on one database (README, "Several instances").
 */
import { createApp } from "./app.js";
import { databasePath, host, port } from "./config.js";
import { reportError } from "./cli/report-error.js";
import { openStore } from "./store/open-store.js";
import { loadSampleOnce } from "./services/load-sample.js";
import { ensureAdmin } from "./services/accounts.js";
import { startBackground } from "./jobs/background.js";
import { holdDatabase } from "./store/database-lock.js";
import { lexiconFor } from "./services/align-resources.js";

async function main(): Promise<void> {
  const path = databasePath();
  const lock = holdDatabase(path); // held while the process lives: `mizan restore` refuses meanwhile
  const store = openStore(path);
  const admin = ensureAdmin(store);
  if (admin.created) {
    process.stdout.write(
      admin.password
        ? `mizan: created the user "admin" with the password  ${admin.password}  (shown once: write it down, then change it with \`mizan user passwd admin\`)\n`
        : `mizan: created the user "admin" with the password from MIZAN_ADMIN_PASSWORD\n`,
    );
  }
  // Claimed in the database first: of several instances starting at once on an empty one, one loads it.
  const ids = await loadSampleOnce(store);
  if (ids) process.stdout.write(`mizan: loaded the sample corpus (${ids.length} document${ids.length === 1 ? "" : "s"}) into ${path}\n`);
  // The lexicon the editor's changes re-score rows with, loaded before the first request needs it.
  lexiconFor(store.listGlossary());
  const background = startBackground(store); // worker threads + the findings refresher
  const app = createApp({ store, background, cacheViews: process.env.NODE_ENV !== "development" });
  const server = app.listen(port(), host(), () => {
    const address = server.address();
    const shown = typeof address === "object" && address ? `http://localhost:${address.port}/` : String(address);
    process.stdout.write(`mizan: serving ${path} at ${shown}\n`);
  });
  const stop = () => server.close(async () => {
    await background.close();
    store.close();
    lock.release();
    process.exit(0);
  });
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

// A refused setting (a too short MIZAN_ADMIN_PASSWORD …) is one sentence in the operator's language; a bug, its stack.
main().catch(async (error: unknown) => process.exit(await reportError(error)));
