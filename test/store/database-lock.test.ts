/**
 * The database lock (server/store/database-lock.ts) on a real file: servers share it, a restore
 * cannot take it while any server holds it and takes it once they let go, a server cannot take
 * it during a restore, and a process killed with SIGKILL leaves it free.
 */
import { expect } from "chai";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../../server/paths.js";
import { DatabaseBusyError, holdDatabase, lockDatabaseExclusively } from "../../server/store/database-lock.js";
import { tempDbPath } from "../helpers/temp.js";

describe("database lock", () => {
  it("is shared by holders and refused to a restore until every holder lets go", () => {
    const db = tempDbPath();
    const first = holdDatabase(db, { waitMs: 0 });
    const second = holdDatabase(db, { waitMs: 0 });
    expect(lockDatabaseExclusively(db)).to.equal(null);
    first.release();
    expect(lockDatabaseExclusively(db)).to.equal(null);
    second.release();
    const restore = lockDatabaseExclusively(db);
    expect(restore).to.not.equal(null);
    restore?.release();
  });

  it("keeps a server out while a restore holds it, and lets it in afterwards", () => {
    const db = tempDbPath();
    const restore = lockDatabaseExclusively(db);
    expect(restore).to.not.equal(null);
    expect(() => holdDatabase(db, { waitMs: 0 })).to.throw(DatabaseBusyError);
    expect(lockDatabaseExclusively(db)).to.equal(null);
    restore?.release();
    holdDatabase(db, { waitMs: 0 }).release();
  });

  it("is free again once the process holding it is killed with SIGKILL", async function () {
    this.timeout(20000);
    const db = tempDbPath();
    const lockModule = pathToFileURL(join(ROOT, "dist", "server", "store", "database-lock.js")).href;
    const holder = spawn(process.execPath, ["--input-type=module", "-e",
      `const { holdDatabase } = await import(${JSON.stringify(lockModule)}); holdDatabase(${JSON.stringify(db)}); console.log("held"); setInterval(() => {}, 1000);`,
    ], { stdio: ["ignore", "pipe", "inherit"] });
    await once(holder.stdout, "data");
    expect(lockDatabaseExclusively(db)).to.equal(null);
    const exited = once(holder, "exit");
    holder.kill("SIGKILL");
    await exited;
    const restore = lockDatabaseExclusively(db);
    expect(restore).to.not.equal(null);
    restore?.release();
  });
});
