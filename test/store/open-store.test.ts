/**
 * openStore: a location chooses the engine (a postgres:// or postgresql:// URL is PostgreSQL, any
 * other location a SQLite file), and the store opened either way is the same Store: what one
 * writes, the same location opened again reads.
 */
import { expect } from "chai";
import { isPostgresLocation, openStore } from "../../server/store/open-store.js";
import { engineOf } from "../../server/store/sql-database.js";
import { tempDbPath } from "../helpers/temp.js";
import { freshPostgresUrl, skipWithoutPostgres } from "../helpers/test-store.js";

function roundTrip(location: string): { engine: string; titles: string[] } {
  const store = openStore(location);
  const engine = engineOf(store.db);
  store.createDocument({ title: "Talks in Homs", titleAr: "محادثات في حمص", en: [{ text: "Talks resumed.", boilerplate: null }], ar: [{ text: "استؤنفت المحادثات.", boilerplate: null }], beads: [{ en: [0], ar: [0], score: 0.9, signals: {} as never }] }, "alice");
  store.close();
  const again = openStore(location);
  const titles = again.listDocuments().map((d) => `${d.title} / ${d.titleAr ?? ""}`);
  again.close();
  return { engine, titles };
}

describe("store/open-store (real SQLite file, real PostgreSQL)", () => {
  it("reads a location as PostgreSQL only when it is a postgres URL", () => {
    expect(isPostgresLocation("postgresql://mizan@127.0.0.1:5432/mizan")).to.equal(true);
    expect(isPostgresLocation("postgres://u:p@db/mizan")).to.equal(true);
    expect(isPostgresLocation("data/mizan.db")).to.equal(false);
    expect(isPostgresLocation("postgres.db")).to.equal(false);
    expect(isPostgresLocation(":memory:")).to.equal(false);
  });

  it("opens a SQLite file for a path, and what it stored is there when the path is opened again", () => {
    expect(roundTrip(tempDbPath())).to.deep.equal({ engine: "sqlite", titles: ["Talks in Homs / محادثات في حمص"] });
  });

  it("opens PostgreSQL for a URL, and what it stored is there when the URL is opened again", function () {
    skipWithoutPostgres(this);
    expect(roundTrip(freshPostgresUrl())).to.deep.equal({ engine: "postgres", titles: ["Talks in Homs / محادثات في حمص"] });
  });
});
