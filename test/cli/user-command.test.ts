import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { tempDbPath } from "../helpers/temp.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

function mizan(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8", env: { ...process.env, LANG: "C", MIZAN_LANG: "en", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("mizan user (child processes)", function () {
  this.timeout(60000);

  it("refuses to remove the last admin, and to add a look-alike name, with a clear message", () => {
    const db = tempDbPath();
    const password = { MIZAN_PASSWORD: "a long enough password" };
    expect(mizan(["user", "add", "admin", "admin", "--db", db], password).code).to.equal(0);
    const removal = mizan(["user", "remove", "admin", "--db", db]);
    expect(removal.code).to.equal(2);
    expect(removal.stderr).to.include("This is the only active admin");
    expect(removal.stderr).to.not.match(/\n\s+at /u);
    const lookalike = mizan(["user", "add", "аdmin", "viewer", "--db", db], password);
    expect(lookalike.code).to.equal(2);
    expect(lookalike.stderr).to.include("looks like the name of an existing user");
    const arabic = mizan(["user", "remove", "admin", "--db", db], { MIZAN_LANG: "ar" });
    expect(arabic.stderr).to.include("هذا هو المدير النشط الوحيد");
    expect(mizan(["user", "add", "chief", "admin", "--db", db], password).code).to.equal(0);
    expect(mizan(["user", "remove", "admin", "--db", db]).code).to.equal(0);
    const store = openSqliteStore(db);
    try {
      expect(store.listUsers().map((u) => u.name)).to.deep.equal(["chief"]);
      expect(store.listAudit({ user: "cli" }).map((e) => e.action).sort()).to.deep.equal(["user-add", "user-add", "user-remove"]);
    } finally {
      store.close();
    }
  });
});
