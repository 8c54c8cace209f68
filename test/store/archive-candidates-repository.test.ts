/**
 * The archive job's stored candidates on a real database file (migration 19): a batch stored
 * twice is stored once, scores and evidence come back exactly, each pass apart; a batch stored in
 * a transaction that fails leaves nothing; dropping clears both passes of that archive only, and
 * deleting the archive takes its candidates with it.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

function twoArchives() {
  const store = openStore(testStoreLocation());
  const made = (name: string) => store.createArchive({ name, windowDays: 7, threshold: 0.5, createdBy: "ed" });
  return { store, a: made("Wire A"), b: made("Wire B") };
}

describe("store/archive-candidates-repository (real database file)", () => {
  it("stores a pass's candidates once, exactly, apart from the other pass and archive", () => {
    const { store, a, b } = twoArchives();
    const batch = [
      { en: "en-1", ar: "ar-2", score: 0.1 + 0.2, evidence: { cheap: 1 / 3, numbers: ["12"], names: ["صالح"], words: 4 } },
      { en: "en-1", ar: "ar-1", score: 0.6180339887498949, evidence: { cheap: 0.5, numbers: [], names: [], words: 0 } },
    ];
    store.storeArchiveCandidates(a, 1, batch);
    store.storeArchiveCandidates(a, 1, batch);
    store.storeArchiveCandidates(a, 2, [batch[0]!]);
    store.storeArchiveCandidates(b, 1, [batch[1]!]);
    expect(store.readArchiveCandidates(a, 1), "ordered by article ids, each once, floats exact").to.deep.equal([batch[1], batch[0]]);
    expect(store.readArchiveCandidates(a, 2)).to.deep.equal([batch[0]]);
    expect(store.readArchiveCandidates(b, 1)).to.deep.equal([batch[1]]);
    store.dropArchiveCandidates(a);
    expect(store.readArchiveCandidates(a, 1)).to.deep.equal([]);
    expect(store.readArchiveCandidates(a, 2)).to.deep.equal([]);
    expect(store.readArchiveCandidates(b, 1)).to.have.length(1);
    store.db.prepare("DELETE FROM archives WHERE id = ?").run(b);
    expect(store.readArchiveCandidates(b, 1), "gone with its archive").to.deep.equal([]);
    store.close();
  });

  it("keeps nothing of a batch whose transaction fails", () => {
    const { store, a } = twoArchives();
    expect(() => store.atomically(() => {
      store.storeArchiveCandidates(a, 1, [{ en: "en-1", ar: "ar-1", score: 0.7, evidence: {} }]);
      throw new Error("killed before the progress");
    })).to.throw("killed before the progress");
    expect(store.readArchiveCandidates(a, 1)).to.deep.equal([]);
    store.close();
  });
});
