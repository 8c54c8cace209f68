import { expect } from "chai";
import { DEFAULT_DENSITY, DENSITIES, isDensity } from "../../../server/domain/preferences/density.js";

describe("domain/preferences/density", () => {
  it("knows the two densities and starts from the normal one", () => {
    expect(DENSITIES).to.deep.equal(["normal", "compact"]);
    expect(DEFAULT_DENSITY).to.equal("normal");
  });

  for (const [value, expected] of [["normal", true], ["compact", true], ["Compact", false], ["", false], [" compact", false], [1, false], [null, false], [undefined, false], [["compact"], false]] as const) {
    it(`reads ${JSON.stringify(value)} as ${expected ? "a density" : "no density"}`, () => {
      expect(isDensity(value)).to.equal(expected);
    });
  }
});
