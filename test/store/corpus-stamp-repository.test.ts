/**
 * The corpus stamp (store/corpus-stamp-repository.ts) on the run's engine: it changes with every
 * import, deletion and restore, also when one document is deleted and another imported (the count
 * unchanged), is the same through another connection to the database (another app instance),
 * and stays as it was when nothing was added or removed (an edit, a rename).
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import type { NewDocument } from "../../server/store/types.js";
import { testStoreLocation } from "../helpers/test-store.js";

function doc(title: string): NewDocument {
  return {
    title, en: [{ text: `${title} in English.`, boilerplate: null }], ar: [{ text: `${title} بالعربية.`, boilerplate: null }],
    beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }],
  };
}

describe("store/corpus-stamp-repository (real database)", () => {
  it("changes with every document added, deleted or restored, on every connection alike", () => {
    const location = testStoreLocation();
    const a = openStore(location);
    const b = openStore(location);
    const stamps = [a.corpusStamp()];
    const first = a.createDocument(doc("one"), "ed");
    stamps.push(b.corpusStamp());
    a.createDocument(doc("two"), "ed");
    stamps.push(b.corpusStamp());
    a.deleteDocument(first, "ed", new Date().toISOString());
    a.createDocument(doc("three"), "ed");
    expect(a.countDocuments(), "one out, one in").to.equal(2);
    stamps.push(b.corpusStamp());
    a.restoreDocument(first, "ed");
    stamps.push(b.corpusStamp());
    expect(new Set(stamps).size, stamps.join(" ")).to.equal(stamps.length);
    expect(a.corpusStamp()).to.equal(b.corpusStamp());
    const before = b.corpusStamp();
    const paragraph = a.getParagraphs(first, "en")[0]!;
    a.editParagraph(paragraph.id, paragraph.version, "An edit.", "ed");
    a.renameDocument(first, { title: "renamed", titleAr: "" }, a.getDocument(first)!.version, "ed");
    expect(b.corpusStamp(), "an edit or a rename adds and removes nothing").to.equal(before);
    a.close();
    b.close();
  });
});
