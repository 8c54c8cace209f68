/**
 * Documents and their paragraphs on a real temporary SQLite file: what goes in comes out, in
 * order, with the counts the corpus page lists, and touching a document moves its version.
 */
import { expect } from "chai";
import { openDatabase } from "../../server/store/open-database.js";
import { getDocument, getParagraphs, insertDocument, listDocuments, touchDocument } from "../../server/store/documents-repository.js";
import { insertBeads } from "../../server/store/beads-repository.js";
import type { NewDocument } from "../../server/store/types.js";
import { tempDbPath } from "../helpers/temp.js";

const DOC: NewDocument = {
  title: "Talks in Homs", titleAr: "محادثات في حمص", sourceUrlEn: "https://example.org/en", publishedEn: "2024-05-01",
  en: [{ text: "First.", boilerplate: null }, { text: "Second.", boilerplate: null }, { text: "Click here to donate.", boilerplate: "appeal" }],
  ar: [{ text: "الأول.", boilerplate: null }, { text: "الثاني.", boilerplate: null }],
  beads: [],
};

describe("documents repository", () => {
  const db = openDatabase(tempDbPath());
  after(() => db.close());

  it("stores a document and its paragraphs, and reads them back in order", () => {
    const { id, en, ar } = insertDocument(db, DOC, "alice");
    expect(en).to.have.length(3);
    expect(ar).to.have.length(2);
    const doc = getDocument(db, id);
    expect(doc).to.include({ id, title: "Talks in Homs", titleAr: "محادثات في حمص", sourceUrlEn: "https://example.org/en", sourceUrlAr: "", publishedEn: "2024-05-01", publishedAr: null, updatedBy: "alice", version: 1 });
    expect(getParagraphs(db, id, "en").map((p) => [p.id, p.position, p.text, p.boilerplate, p.version])).to.deep.equal([
      [en[0], 0, "First.", null, 1], [en[1], 1, "Second.", null, 1], [en[2], 2, "Click here to donate.", "appeal", 1],
    ]);
    expect(getParagraphs(db, id, "ar").map((p) => p.text)).to.deep.equal(["الأول.", "الثاني."]);
  });

  it("answers null for a document that does not exist", () => {
    expect(getDocument(db, 9999)).to.equal(null);
    expect(getParagraphs(db, 9999, "en")).to.deep.equal([]);
  });

  it("lists documents newest change first, with their counts", () => {
    const first = insertDocument(db, { ...DOC, title: "Older" }, "bob");
    const second = insertDocument(db, { ...DOC, title: "Newer" }, "bob");
    insertBeads(db, second.id, [
      { en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" }, status: "confirmed" },
      { en: [1, 2], ar: [1], score: 0.5, signals: { shape: "2-1" } },
    ], second);
    const inserted = Date.now();
    while (Date.now() <= inserted + 1); // times are to the millisecond: touch strictly later
    touchDocument(db, first.id, "carol");
    const list = listDocuments(db);
    expect(list[0]?.title, "the one touched last").to.equal("Older");
    const newer = list.find((d) => d.id === second.id);
    expect(newer).to.include({ beads: 2, confirmed: 1, paragraphsEn: 3, paragraphsAr: 2, findings: 0 });
  });

  it("moves the version and the author on every touch", () => {
    const { id } = insertDocument(db, DOC, "alice");
    touchDocument(db, id, "bob");
    touchDocument(db, id, "carol");
    expect(getDocument(db, id)).to.include({ version: 3, updatedBy: "carol" });
  });
});
