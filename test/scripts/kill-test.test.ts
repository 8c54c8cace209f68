/**
 * The kill test in small (three rounds) so that CI exercises it: a worker importing and editing
 * through the real store is killed with SIGKILL, and the database must come back whole with every
 * acknowledged change. The full run (100 rounds) is `node dist/scripts/kill-test.js`.
 */
import { expect } from "chai";
import { passed, reportLines, runKillTest } from "../../scripts/kill-test.js";
import { tempDbPath } from "../helpers/temp.js";

describe("kill test (scripts/kill-test.ts)", () => {
  it("loses no acknowledged import or edit and keeps the database intact across 3 SIGKILLs", async function () {
    this.timeout(120000);
    const report = await runKillTest({ rounds: 3, seed: 3, minMs: 600, maxMs: 1200, dbPath: tempDbPath() });
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
});
