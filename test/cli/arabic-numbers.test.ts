/**
 * A headline and one exactly translated sentence whose Arabic writes its numbers as Arabic
 * newsrooms do (٤٥ ألف, ١٥٠ ألفًا, بمليوني, ثلاثة آلاف, عشرات الآلاف): mizan align pairs it one to
 * one, with and without the dictionary, and mizan check finds no number mismatch in it.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");
const FIXTURE = join(ROOT, "test", "fixtures", "arabic-numbers");
const EN = join(FIXTURE, "en.txt");
const AR = join(FIXTURE, "ar.txt");
const run = (args: string[]) => spawnSync(process.execPath, [MIZAN, ...args], { encoding: "utf8" });

type Bead = { en: number[]; ar: number[]; signals?: { numbersShared?: string[]; numbersEnOnly?: string[]; numbersArOnly?: string[] } };

describe("Arabic number words through mizan", () => {
  for (const lexicon of [[], ["--no-lexicon"]]) {
    it(`align pairs the article one to one${lexicon.length > 0 ? " without the dictionary" : ""}`, () => {
      const result = run(["align", ...lexicon, EN, AR]);
      expect(result.status, result.stderr).to.equal(0);
      const { beads } = JSON.parse(result.stdout) as { beads: Bead[] };
      expect(beads.map((b) => [b.en, b.ar])).to.deep.equal([[[0], [0]], [[1], [1]]]);
      const sentence = beads[1]?.signals;
      expect(sentence?.numbersShared).to.have.members(["45000", "150000", "2000000", "3000"]);
      expect(sentence?.numbersEnOnly).to.deep.equal([]);
      expect(sentence?.numbersArOnly).to.deep.equal([]);
    });
  }

  it("check finds no number mismatch and no paragraph without counterpart", () => {
    const result = run(["check", "--no-lexicon", EN, AR]);
    expect(result.status, result.stderr).to.equal(0);
    const findings = result.stdout.trim().split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l) as { check: string });
    expect(findings.filter((f) => f.check === "number-mismatch" || f.check === "untranslated-paragraph")).to.deep.equal([]);
  });
});
