/**
 * The concurrency proof in short (3 s): 20 clients of a real server making conflicting edits on
 * the same paragraphs; every acknowledged edit must be in the history, every refusal a 409 that
 * wrote nothing. The full run (60 s) is `node dist/scripts/bench-concurrency.js`.
 */
import { expect } from "chai";
import { passed, reportLines, runConcurrency } from "../../scripts/bench-concurrency.js";

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
});
