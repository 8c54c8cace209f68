/**
 * The reviewer's sentence links on a real database file: a change is stored with its history
 * entry and version, refused (ConflictError) on another version or other texts, undone and redone
 * through the document's one travel path, read by bead id for the exports, and found again by a
 * row that undo makes anew under another bead id (rows are named by their paragraphs).
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { ConflictError } from "../../server/store/conflict-error.js";
import { testStoreLocation } from "../helpers/test-store.js";

async function sample() {
  const store = openStore(testStoreLocation());
  const [id] = await loadSampleCorpus(store);
  return { store, id: id! };
}

const LINKS = [{ en: [0], ar: [0], score: 0.9 }, { en: [1], ar: [1], score: 0.8 }];

describe("sentence-links repository (real database file)", () => {
  it("stores a change with its history entry, checks versions and texts, and undoes and redoes it", async () => {
    const { store, id } = await sample();
    const bead = store.getBeads(id)[8]!;
    const row = store.getRowTexts(id, bead.id)!;
    expect(row.en.length).to.be.greaterThan(0);
    expect(row.key).to.equal(`${bead.paragraphIds!.en.join(",")}|${bead.paragraphIds!.ar.join(",")}`);
    expect(store.getStoredSentenceLinks(id, row.key)).to.equal(null);
    const versionBefore = store.getDocument(id)!.version;

    const first = store.changeSentenceLinks(id, bead.id, { version: 0, fingerprint: row.fingerprint }, (_r, stored) => {
      expect(stored).to.equal(null);
      return { links: LINKS, status: "confirmed" };
    }, "u", "sentences-confirm");
    expect(first.version).to.equal(1);
    expect(store.getDocument(id)!.version).to.be.greaterThan(versionBefore, "a change raises the document's version");
    expect(store.getStoredSentenceLinks(id, row.key)).to.deep.equal({ links: LINKS, status: "confirmed", fingerprint: row.fingerprint, version: 1 });
    const entry = store.getHistoryEntry(id, first.history)!;
    expect(entry.kind).to.equal("sentence-links");
    expect(entry.target).to.equal(`bead:${bead.id}`);

    const merged = [{ en: [0, 1], ar: [0, 1], score: 0.8 }];
    expect(() => store.changeSentenceLinks(id, bead.id, { version: 0, fingerprint: row.fingerprint }, () => ({ links: merged, status: "auto" }), "u", "x"))
      .to.throw(ConflictError, "bead:");
    expect(() => store.changeSentenceLinks(id, bead.id, { version: 1, fingerprint: "other" }, () => ({ links: merged, status: "auto" }), "u", "x"))
      .to.throw(ConflictError);
    expect(() => store.changeSentenceLinks(id, 999_999, { version: 0, fingerprint: row.fingerprint }, () => ({ links: merged, status: "auto" }), "u", "x"))
      .to.throw(ConflictError);
    const second = store.changeSentenceLinks(id, bead.id, { version: 1, fingerprint: row.fingerprint }, () => ({ links: merged, status: "auto" }), "u", "sentences-merge");
    expect(second.version).to.equal(2);

    expect(store.travel(id, "undo", "u")!.kind).to.equal("sentence-links");
    expect(store.getStoredSentenceLinks(id, row.key)!.links).to.deep.equal(LINKS);
    expect(store.travel(id, "undo", "u")!.kind).to.equal("sentence-links");
    expect(store.getStoredSentenceLinks(id, row.key)).to.equal(null, "undoing the first change leaves nothing stored");
    store.travel(id, "redo", "u");
    store.travel(id, "redo", "u");
    expect(store.getStoredSentenceLinks(id, row.key)).to.include({ status: "auto" });
    expect(store.getStoredSentenceLinks(id, row.key)!.links).to.deep.equal(merged);
    store.close();
  });

  it("refuses to undo a change of links that were changed behind its back", async () => {
    const { store, id } = await sample();
    const bead = store.getBeads(id)[8]!;
    const row = store.getRowTexts(id, bead.id)!;
    store.changeSentenceLinks(id, bead.id, { version: 0, fingerprint: row.fingerprint }, () => ({ links: LINKS, status: "confirmed" }), "u", "sentences-confirm");
    store.db.prepare("UPDATE sentence_links SET status = 'auto'").run();
    expect(() => store.travel(id, "undo", "u")).to.throw(ConflictError);
    expect(store.getStoredSentenceLinks(id, row.key)!.status).to.equal("auto", "nothing moved");
    store.close();
  });

  it("reads stored links by bead id, and finds them again on a row undo makes anew", async () => {
    const { store, id } = await sample();
    const beads = store.getBeads(id);
    const bead = beads[8]!;
    const row = store.getRowTexts(id, bead.id)!;
    store.changeSentenceLinks(id, bead.id, { version: 0, fingerprint: row.fingerprint }, () => ({ links: LINKS, status: "confirmed" }), "u", "sentences-confirm");
    expect([...store.getStoredSentenceLinksByBead(id).keys()]).to.deep.equal([bead.id]);
    // Merge the row with the next one: the merged row has other paragraphs, so no links of its own.
    const next = beads[9]!;
    store.spliceRows(id, 8, 2, (window) => [{ en: window.flatMap((w) => w.en), ar: window.flatMap((w) => w.ar), status: "auto", score: 0.5, signals: { shape: "merged" } }], "u", "merge", [bead, next]);
    expect(store.getStoredSentenceLinksByBead(id).size).to.equal(0);
    store.travel(id, "undo", "u");
    const again = store.beadAt(id, 8)!;
    expect(again.id).to.not.equal(bead.id, "undo made the row anew");
    expect(store.getStoredSentenceLinksByBead(id).get(again.id)).to.deep.equal({ links: LINKS, status: "confirmed", fingerprint: row.fingerprint });
    store.close();
  });
});
