/**
 * The measured false-alarm rates the engine reads: every entry names a registered check and an
 * edition, and a check over the target is shown as info (precision by design).
 */
import { expect } from "chai";
import { FALSE_ALARM_RATES, FALSE_ALARM_TARGET } from "../../../../server/domain/checks/data/false-alarm-rates.js";
import { CHECKS } from "../../../../server/domain/checks/registry.js";
import { calibratedSeverity } from "../../../../server/domain/checks/run-checks.js";

describe("false-alarm rates (precision by design)", () => {
  it("names only registered checks and the two editions", () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const key of Object.keys(FALSE_ALARM_RATES)) {
      const [id, lang] = key.split(":");
      expect(ids.has(id ?? ""), key).to.equal(true);
      expect(["en", "ar"]).to.include(lang);
    }
  });

  it("shows a check over the target as info, and one within it at its own severity", () => {
    for (const check of CHECKS) {
      for (const lang of ["en", "ar"] as const) {
        const rate = FALSE_ALARM_RATES[`${check.id}:${lang}`];
        const expected = rate !== undefined && rate > FALSE_ALARM_TARGET ? "info" : check.severity;
        expect(calibratedSeverity(check, lang), `${check.id}:${lang}`).to.equal(expected);
      }
    }
  });
});
