/** The corpus list: filters by title (Arabic folded), status and date; the whole list for the API. */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { findDocuments, listCorpus } from "../../server/services/corpus-view.js";
import { tempDbPath } from "../helpers/temp.js";

describe("corpus view (sample corpus, real database file)", () => {
  it("filters by title, status and dates, and lists everything unfiltered", async () => {
    const store = openSqliteStore(tempDbPath());
    const [id] = await loadSampleCorpus(store);
    const all = listCorpus(store);
    expect(all.map((d) => d.id)).to.include(id);
    const title = all.find((d) => d.id === id)!.title;
    expect(findDocuments(store, {}).length).to.equal(all.length);
    expect(findDocuments(store, { q: title.slice(0, 6).toUpperCase() }).map((d) => d.id)).to.include(id);
    expect(findDocuments(store, { q: "no title is like this" })).to.deep.equal([]);
    expect(findDocuments(store, { status: "locked" })).to.deep.equal([]);
    expect(findDocuments(store, { from: "2999-01-01" })).to.deep.equal([]);
    expect(findDocuments(store, { from: "not a date" }).length, "a malformed date filters nothing").to.equal(all.length);
    store.close();
  });
});
