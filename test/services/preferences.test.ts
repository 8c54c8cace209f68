/**
 * The preferences service on a real temporary store: the defaults for nobody and for a user who
 * never chose, a density stored for its user alone, anything else refused with nothing stored.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { chooseDensity, preferencesOf } from "../../server/services/preferences.js";
import { BadRequestError } from "../../server/services/errors.js";
import { tempDbPath } from "../helpers/temp.js";

describe("services/preferences", () => {
  const store = openSqliteStore(tempDbPath());
  after(() => store.close());
  const viewer = store.createUser("vera", "hash", "viewer");
  const other = store.createUser("omar", "hash", "translator");

  it("gives nobody and a user who never chose the normal density", () => {
    expect(preferencesOf(store, null)).to.deep.equal({ density: "normal" });
    expect(preferencesOf(store, viewer)).to.deep.equal({ density: "normal" });
  });

  it("stores a density for the user who chose it (a viewer too), and for no one else", () => {
    expect(chooseDensity(store, { name: "vera", role: "viewer" }, "compact")).to.equal("compact");
    expect(preferencesOf(store, viewer)).to.deep.equal({ density: "compact" });
    expect(preferencesOf(store, other)).to.deep.equal({ density: "normal" });
  });

  for (const value of ["tiny", "", "COMPACT", 3, null, undefined, { density: "compact" }]) {
    it(`refuses ${JSON.stringify(value) ?? "undefined"} and keeps what was stored`, () => {
      expect(() => chooseDensity(store, { name: "vera", role: "viewer" }, value)).to.throw(BadRequestError, "bad-density");
      expect(preferencesOf(store, viewer)).to.deep.equal({ density: "compact" });
    });
  }
});
