/**
 * The kill test in small (three rounds) so that CI exercises it: a worker importing and editing
 * through the real store is killed with SIGKILL, and the database must come back whole with every
 * acknowledged change; on PostgreSQL too when the run has one. The full run (100 rounds) is
 * `node dist/scripts/kill-test.js [--db postgresql://… --from-ready]`.
 */
import { expect } from "chai";
import { passed, reportLines, runKillTest } from "../../scripts/kill-test.js";
import { tempDbPath } from "../helpers/temp.js";
import { freshBenchDatabase } from "../../scripts/bench-database.js";
import { testPostgresAdminUrl } from "../helpers/test-store.js";

describe("kill test (scripts/kill-test.ts)", () => {
  it("loses no acknowledged import or edit and keeps the database intact across 3 SIGKILLs", async function () {
    this.timeout(120000);
    // Counted from the store's opening, so that a loaded machine's slow start does not eat the delay
    // (the full run, without --from-ready, also kills during the opening).
    const report = await runKillTest({ rounds: 3, seed: 3, minMs: 1500, maxMs: 3000, dbPath: tempDbPath(), fromReady: true });
    const summary = reportLines(report).join("; ") + (report.problems.length ? `; ${report.problems.join("; ")}` : "");
    expect(report.kills, summary).to.equal(3);
    expect(report.importsAcknowledged, summary).to.be.greaterThan(0);
    expect(report.editsAcknowledged, summary).to.be.greaterThan(0);
    expect(report.integrityFailures, summary).to.equal(0);
    expect(report.halfImports, summary).to.equal(0);
    expect(report.importsLost, summary).to.equal(0);
    expect(report.editsLost, summary).to.equal(0);
    expect(passed(report), summary).to.equal(true);
  });

  it("loses no acknowledged import or edit on PostgreSQL across 3 SIGKILLs (when the run has PostgreSQL)", async function () {
    const adminUrl = testPostgresAdminUrl();
    if (!adminUrl) this.skip();
    this.timeout(180000);
    const database = await freshBenchDatabase(adminUrl ?? "", "kill_unit");
    try {
      const report = await runKillTest({ rounds: 3, seed: 3, minMs: 1500, maxMs: 3000, dbPath: database.location, fromReady: true });
      const summary = reportLines(report).join("; ") + (report.problems.length ? `; ${report.problems.join("; ")}` : "");
      expect(report.kills, summary).to.equal(3);
      expect(report.importsAcknowledged, summary).to.be.greaterThan(0);
      expect(report.editsAcknowledged, summary).to.be.greaterThan(0);
      expect(passed(report), summary).to.equal(true);
    } finally {
      await database.remove();
    }
  });
});
