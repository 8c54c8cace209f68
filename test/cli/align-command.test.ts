/**
 * `mizan align` leaves nothing behind where it is run: the compiled dictionary is cached in the
 * installation's cache folder (or MIZAN_CACHE_DIR), never in the current folder of the user.
 */
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { FREEDICT_ENG_ARA } from "../../server/services/freedict.js";
import { SAMPLE_AR, SAMPLE_EN } from "../helpers/sample.js";
import { tempDir } from "../helpers/temp.js";

const MIZAN = join(ROOT, "dist", "scripts", "mizan.js");

describe("mizan align (child process)", () => {
  it("run in an empty folder, leaves that folder empty", () => {
    const empty = tempDir("mizan-empty-");
    const env = { ...process.env };
    delete env.MIZAN_CACHE_DIR;
    delete env.MIZAN_DB;
    const out = execFileSync(process.execPath, [MIZAN, "align", SAMPLE_EN, SAMPLE_AR], { cwd: empty, env, encoding: "utf8" });
    expect((JSON.parse(out) as { beads: unknown[] }).beads.length).to.be.greaterThan(10);
    expect(readdirSync(empty)).to.deep.equal([]);
  });

  it("puts the compiled dictionary in MIZAN_CACHE_DIR when it is set", () => {
    const empty = tempDir("mizan-empty-");
    const cache = tempDir("mizan-cache-");
    execFileSync(process.execPath, [MIZAN, "align", SAMPLE_EN, SAMPLE_AR], { cwd: empty, env: { ...process.env, MIZAN_CACHE_DIR: cache }, encoding: "utf8" });
    expect(readdirSync(empty)).to.deep.equal([]);
    // The test set-up installs the dictionary (scripts/ensure-test-tools.sh), so there is one to cache.
    expect(existsSync(FREEDICT_ENG_ARA), `${FREEDICT_ENG_ARA} is not installed`).to.equal(true);
    expect(readdirSync(cache)).to.include("freedict-eng-ara.json");
  });
});
