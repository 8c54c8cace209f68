/**
 * Each user's preferences on a real temporary SQLite file: the defaults until the user chooses,
 * the choice kept per user (another user's untouched), changed again in place, refused by the
 * table's own check when the value is not a density, and gone with the user.
 */
import { expect } from "chai";
import { readPreferences, writeDensity } from "../../server/store/preferences-repository.js";
import { createUser, removeUser } from "../../server/store/users-repository.js";
import type { Density } from "../../server/domain/preferences/density.js";
import { openTestDatabase } from "../helpers/test-store.js";

describe("preferences repository", () => {
  const db = openTestDatabase();
  after(() => db.close());
  const alice = createUser(db, "alice", "hash", "translator");
  const bob = createUser(db, "bob", "hash", "viewer");

  it("gives a user who never chose the normal density", () => {
    expect(readPreferences(db, alice.id)).to.deep.equal({ density: "normal" });
  });

  it("keeps one user's choice without touching another's, and changes it in place", () => {
    writeDensity(db, alice.id, "compact");
    expect(readPreferences(db, alice.id)).to.deep.equal({ density: "compact" });
    expect(readPreferences(db, bob.id)).to.deep.equal({ density: "normal" });
    writeDensity(db, alice.id, "normal");
    writeDensity(db, alice.id, "compact");
    expect(readPreferences(db, alice.id)).to.deep.equal({ density: "compact" });
    expect((db.prepare("SELECT COUNT(*) AS n FROM user_preferences").get() as { n: number }).n).to.equal(1);
  });

  it("refuses a value that is not a density, keeping the one stored", () => {
    expect(() => writeDensity(db, alice.id, "tiny" as Density)).to.throw().with.property("code", "SQLITE_CONSTRAINT_CHECK");
    expect(readPreferences(db, alice.id)).to.deep.equal({ density: "compact" });
  });

  it("forgets the preferences of a removed user", () => {
    removeUser(db, "alice");
    expect((db.prepare("SELECT COUNT(*) AS n FROM user_preferences WHERE user_id = ?").get(alice.id) as { n: number }).n).to.equal(0);
  });
});
