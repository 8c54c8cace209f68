/**
 * The concurrency proof in short (3 s): 20 clients of a real server making conflicting edits on
 * the same paragraphs; every acknowledged edit must be in the history, every refusal a 409 that
 * wrote nothing; and, when the run has PostgreSQL, the same across two instances on one database.
 * The full run (60 s) is `node dist/scripts/bench-concurrency.js [--db postgresql://… --instances 2]`.
 */
import { expect } from "chai";
import { passed, reportLines, runConcurrency } from "../../scripts/bench-concurrency.js";
import { testPostgresAdminUrl } from "../helpers/test-store.js";

describe("concurrent edits (scripts/bench-concurrency.ts)", () => {
  it("loses no update with 20 clients editing 3 paragraphs for 3 s, and refuses stale edits with 409", async function () {
    this.timeout(120000);
    const report = await runConcurrency({ clients: 20, seconds: 3, paragraphs: 3, editors: 5, seed: 2 });
    const summary = reportLines(report).join("; ");
    expect(report.acknowledged, summary).to.be.greaterThan(0);
    expect(report.conflicts, summary).to.be.greaterThan(0); // 20 clients on 3 paragraphs must collide
    expect(report.others, summary).to.equal(0);
    expect(report.lostUpdates, summary).to.equal(0);
    expect(report.refusedButWritten, summary).to.equal(0);
    expect(report.unacknowledgedWrites, summary).to.equal(0);
    expect(report.finalMismatches, summary).to.equal(0);
    expect(passed(report), summary).to.equal(true);
  });

  it("loses no update with 20 clients alternating between two instances on one PostgreSQL database for 3 s", async function () {
    const adminUrl = testPostgresAdminUrl();
    if (!adminUrl) this.skip();
    this.timeout(120000);
    const report = await runConcurrency({ clients: 20, seconds: 3, paragraphs: 3, editors: 5, seed: 2, instances: 2, db: adminUrl ?? "" });
    const summary = reportLines(report).join("; ");
    expect(report.engine, summary).to.equal("postgres");
    expect(report.acknowledgedPerInstance.length, summary).to.equal(2);
    expect(report.acknowledgedPerInstance.every((n) => n > 0), summary).to.equal(true);
    expect(report.conflicts, summary).to.be.greaterThan(0);
    expect(report.lostUpdates, summary).to.equal(0);
    expect(passed(report), summary).to.equal(true);
  });
});
