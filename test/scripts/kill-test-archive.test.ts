/**
 * The archive job's kill test in small (three rounds on a tiny archive: ten pairs of the pairing
 * development set, every pair confirmed so each becomes a document), so that CI exercises it: real
 * `mizan archive import` processes killed with SIGKILL and run again on a real SQLite file must end
 * with what one run straight through makes. And the checks themselves catch what they look for: a
 * document taken from its pair is reported. The full run (20 rounds, a few hundred articles per
 * side) is `node dist/scripts/kill-test-archive.js`.
 */
import { expect } from "chai";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../../server/store/open-database.js";
import { checkDatabase, DEFAULT_SET, firstDifference, passed, readOutcome, reportLines, runArchiveKillTest } from "../../scripts/kill-test-archive.js";
import { tempDir } from "../helpers/temp.js";

describe("archive kill test (scripts/kill-test-archive.ts)", function () {
  this.timeout(600000);

  before(function () {
    if (!existsSync(join(DEFAULT_SET, "gold.json"))) this.skip();
  });

  it("ends every killed and resumed import identical to the uninterrupted one, without duplicates, over 3 rounds", async () => {
    const workDir = tempDir("mizan-kill-test-archive-");
    const report = await runArchiveKillTest({ rounds: 3, seed: 7, copies: 1, pairsOnly: 10, confirmAbove: 0, setDir: DEFAULT_SET, workDir });
    const summary = reportLines(report).join("; ") + (report.problems.length ? `; ${report.problems.join("; ")}` : "");
    expect(report.articles, summary).to.deep.equal({ en: 10, ar: 10 });
    expect(report.reference.documents, summary).to.be.greaterThan(0);
    expect(report.reference.documents, "every confirmed pair became one document").to.equal(report.reference.confirmed);
    expect(report.rounds, summary).to.equal(3);
    expect(report.kills, summary).to.be.greaterThan(0);
    expect(report.failedRounds, summary).to.equal(0);
    expect(passed(report), summary).to.equal(true);

    // The checks see a document that no longer belongs to its pair, and the outcome differs.
    const referenceDb = join(workDir, "reference.db");
    const before = readOutcome(referenceDb);
    expect(checkDatabase(referenceDb)).to.deep.equal([]);
    const db = openDatabase(referenceDb);
    db.prepare("UPDATE archive_pairs SET document_id = NULL WHERE id = (SELECT MIN(id) FROM archive_pairs WHERE document_id IS NOT NULL)").run();
    db.close();
    expect(checkDatabase(referenceDb)).to.deep.equal(["1 confirmed pairs without a document", "1 documents belong to no pair (duplicates)"]);
    expect(firstDifference(before, readOutcome(referenceDb))).to.be.a("string");
  });
});
