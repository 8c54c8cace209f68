/**
 * The list of job kinds the app runs: importing it registers each of them under its own name, and
 * every kind has its name in the interface in both languages (jobs.kinds.<kind>), so the jobs page
 * never shows a bare code.
 */
import { expect } from "chai";
import { JOB_KINDS } from "../../server/services/job-kind-list.js";
import { jobKind } from "../../server/jobs/job-kinds.js";
import { translatorFor } from "../../server/i18n/translate.js";

describe("job kind list", () => {
  it("registers every kind it lists, each under its own name", () => {
    expect(new Set(JOB_KINDS.map((k) => k.kind)).size, "no name twice").to.equal(JOB_KINDS.length);
    for (const kind of JOB_KINDS) expect(jobKind(kind.kind), kind.kind).to.equal(kind);
  });

  it("names every kind in English and in Arabic", () => {
    const missing = JOB_KINDS.flatMap((kind) => (["en", "ar"] as const)
      .filter((lang) => translatorFor(lang)(`jobs.kinds.${kind.kind}`) === `jobs.kinds.${kind.kind}`)
      .map((lang) => `${kind.kind} (${lang})`));
    expect(missing).to.deep.equal([]);
  });
});
