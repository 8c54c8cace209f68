import { expect } from "chai";
import { isAdjectiveOnly, isCountableSingular, isGradable, pluralOf, singularOf } from "../../../server/domain/checks/english-nouns.js";

describe("english-nouns", () => {
  it("forms regular plurals the dictionary knows", () => {
    expect(["side", "month", "photograph", "church", "box", "city", "detainee"].map(pluralOf)).to.deep.equal(["sides", "months", "photographs", "churches", "boxes", "cities", "detainees"]);
    expect(pluralOf("former")).to.equal(null);
  });

  it("finds the singular of a regular plural", () => {
    expect(["detainees", "witnesses", "cities", "sides"].map(singularOf)).to.deep.equal(["detainee", "witness", "city", "side"]);
    expect(["series", "press", "glass"].map(singularOf)).to.deep.equal([null, null, null]);
  });

  it("tells countable singulars from plurals, mass nouns and collective plurals", () => {
    expect(["side", "soldier", "person", "minute"].every(isCountableSingular)).to.equal(true);
    expect(["sides", "people", "police", "crew", "percent", "wealth", "former"].some(isCountableSingular)).to.equal(false);
  });

  it("knows adjectives that cannot be nouns from the dictionary", () => {
    expect(["former", "recent", "alleged"].every(isAdjectiveOnly)).to.equal(true);
    expect(["member", "local", "wealth", "half", "dearth"].some(isAdjectiveOnly)).to.equal(false);
  });

  it("knows gradable adjectives by their superlatives, not by the -er of agent nouns", () => {
    expect(["small", "minute", "big", "easy"].every(isGradable)).to.equal(true);
    expect(["hijacker", "soldier", "side"].some(isGradable)).to.equal(false);
  });
});
