/**
 * The bulk changes table on a real database file: a preview stored ready or computing (then
 * filled once), its occurrences read a page at a time, the ticks kept, and settling it once.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

const occurrences = (n: number) => Array.from({ length: n }, (_, k) => ({ documentId: 1, detail: { k, text: `occurrence ${k}` } }));

describe("bulk repository (real database file)", () => {
  it("stores a preview with its occurrences, pages them and keeps the ticks of those shown", () => {
    const store = openStore(testStoreLocation());
    const id = store.createBulkChange({ kind: "replace", user: "ed", documentId: null, params: { original: "a", suggestion: "b" }, occurrences: occurrences(7) });
    expect(store.getBulkChange(id)).to.deep.include({ kind: "replace", user: "ed", state: "ready", params: { original: "a", suggestion: "b" }, summary: null, occurrences: 7, selected: 7 });
    expect(store.listBulkOccurrences(id, { offset: 5, limit: 5 }).map((o) => o.detail.k)).to.deep.equal([5, 6]);
    store.selectBulkOccurrences(id, [0, 1, 2], [1]);
    expect(store.listBulkOccurrences(id).map((o) => o.selected)).to.deep.equal([false, true, false, true, true, true, true]);
    expect(store.getBulkChange(id)?.selected).to.equal(5);
    store.close();
  });

  it("fills a computing preview once, and settles a change once", () => {
    const store = openStore(testStoreLocation());
    const id = store.createBulkChange({ kind: "realign", user: "tr", documentId: null, params: {} });
    expect(store.getBulkChange(id)?.state).to.equal("computing");
    expect(store.settleBulkChange(id, "applied", [], {}), "a computing change cannot be applied").to.equal(false);
    expect(store.fillBulkChange(id, occurrences(2))).to.equal(true);
    expect(store.fillBulkChange(id, occurrences(3)), "filled once").to.equal(false);
    expect(store.getBulkChange(id)).to.deep.include({ state: "ready", occurrences: 2 });
    expect(store.settleBulkChange(id, "applied", [{ ordinal: 1, outcome: "stale" }], { applied: 1 })).to.equal(true);
    expect(store.settleBulkChange(id, "cancelled", [], {}), "settled once").to.equal(false);
    expect(store.getBulkChange(id)).to.deep.include({ state: "applied", summary: { applied: 1 } });
    expect(store.listBulkOccurrences(id).map((o) => o.outcome)).to.deep.equal([null, "stale"]);
    store.close();
  });
});
