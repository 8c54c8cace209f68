/**
 * The shared-folder helper: a missing ../shared (here MIZAN_SHARED_DIR pointed at a folder that
 * does not exist) is a failure with a sentence under CI and a loud skip elsewhere, never silence.
 */
import { expect } from "chai";
import { join } from "node:path";
import { explainMissing, inCi, SharedMissing, sharedOrSkip, sharedRoot } from "./shared.js";
import { tempDir } from "./temp.js";

describe("the shared folder helper", () => {
  const nowhere = join(tempDir(), "no-such-shared");
  const purpose = "the schemas exports are validated against";

  it("is found beside the clone unless MIZAN_SHARED_DIR names another folder", () => {
    expect(sharedRoot({})).to.match(/[\\/]shared$/u);
    expect(sharedRoot({ MIZAN_SHARED_DIR: nowhere })).to.equal(nowhere);
  });

  it("says what is missing and what for", () => {
    const sentence = explainMissing(join(nowhere, "schemas"), purpose) ?? "";
    expect(sentence).to.include(join(nowhere, "schemas")).and.include(purpose).and.include("CI always has");
    expect(explainMissing(tempDir(), purpose), "a folder that is there").to.equal(null);
  });

  it("fails under CI with that sentence", () => {
    let skipped = false;
    const context = { skip: () => (skipped = true) };
    expect(() => sharedOrSkip(context, purpose, ["schemas"], { MIZAN_SHARED_DIR: nowhere, CI: "true" }))
      .to.throw(SharedMissing, /no-such-shared.*is missing: this test needs the schemas.*CI is set, so this is a failure/u);
    expect(skipped).to.equal(false);
  });

  it("skips elsewhere, printing the sentence", () => {
    const printed: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => printed.push(line);
    let skipped = false;
    try {
      expect(() => sharedOrSkip({ skip: () => (skipped = true) }, purpose, ["schemas"], { MIZAN_SHARED_DIR: nowhere })).to.throw(SharedMissing);
    } finally {
      console.warn = warn;
    }
    expect(skipped).to.equal(true);
    expect(printed.join("")).to.include("SKIPPED").and.include(purpose);
  });

  it("gives the path when the folder is there", () => {
    const root = tempDir();
    expect(sharedOrSkip({ skip: () => undefined }, purpose, [], { MIZAN_SHARED_DIR: root })).to.equal(root);
  });

  it("reads CI the way CI services set it", () => {
    expect([{ CI: "true" }, { CI: "1" }, {}, { CI: "" }, { CI: "false" }, { CI: "0" }].map((env) => inCi(env))).to.deep.equal([true, true, false, false, false, false]);
  });
});
