/**
 * Documents and their paragraphs on a real temporary SQLite file: what goes in comes out, in
 * order, with the counts the corpus page lists, and touching a document moves its version. The
 * corpus table's page in SQL: each order both ways (undated last, ties by id), filters combined,
 * pages cut and clamped, deleted documents left out.
 */
import { expect } from "chai";
import { getDocument, getParagraphs, insertDocument, listDocuments, touchDocument } from "../../server/store/documents-repository.js";
import { insertBeads } from "../../server/store/beads-repository.js";
import { openStore } from "../../server/store/open-store.js";
import type { CorpusListing, CorpusOrder, FindingInput, NewDocument } from "../../server/store/types.js";
import { openTestDatabase } from "../helpers/test-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

const DOC: NewDocument = {
  title: "Talks in Homs", titleAr: "محادثات في حمص", sourceUrlEn: "https://example.org/en", publishedEn: "2024-05-01",
  en: [{ text: "First.", boilerplate: null }, { text: "Second.", boilerplate: null }, { text: "Click here to donate.", boilerplate: "appeal" }],
  ar: [{ text: "الأول.", boilerplate: null }, { text: "الثاني.", boilerplate: null }],
  beads: [],
};

describe("documents repository", () => {
  const db = openTestDatabase();
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

describe("documents repository: the corpus table's page in SQL", () => {
  const store = openStore(testStoreLocation());
  after(() => store.close());
  const doc = (title: string, titleAr: string, publishedEn: string | null, publishedAr: string | null): NewDocument => ({
    title, titleAr, publishedEn, publishedAr, en: [{ text: "One.", boilerplate: null }, { text: "Two.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }],
    beads: [{ en: [0, 1], ar: [0], score: 0.9, signals: { shape: "2-1" } }],
  });
  const finding: FindingInput = { beadId: null, paragraphId: null, checkId: "spelling", severity: "warning", side: "en", start: 0, end: 3, params: {}, suggestion: null, textHash: "", excerpt: "One" };
  let d1 = 0, d2 = 0, d3 = 0, d4 = 0, d6 = 0;
  before(() => {
    d1 = store.createDocument(doc("Story 10", "قصة عاشرة", "2024-05-01", null), "u");
    d2 = store.createDocument(doc("story 9", "أخبار الريف", "2024-02-01", "2024-03-05"), "u");
    d3 = store.createDocument(doc("Éclair", "", null, "2024-01-09"), "u");
    d4 = store.createDocument(doc("Zebra", "", null, null), "u");
    const gone = store.createDocument(doc("Story 1 deleted", "", "2024-04-01", "2024-04-01"), "u");
    d6 = store.createDocument(doc("Story 9", "", "2024-02-01", null), "u");
    store.deleteDocument(gone, "u", new Date().toISOString());
    expect(store.replaceFindings(d4, [finding, { ...finding, start: 4 }], store.getDocument(d4)!.version)).to.equal(true);
    expect(store.replaceFindings(d1, [finding], store.getDocument(d1)!.version)).to.equal(true);
    store.setDocumentStatus(d2, "locked", "u");
    store.setDocumentStatus(d6, "finished", "u");
  });
  const listing = (order: CorpusOrder, direction: "asc" | "desc", more: Partial<CorpusListing> = {}) =>
    store.listCorpusPage({ order, direction, page: 1, pageSize: 100, ...more });
  const ids = (order: CorpusOrder, direction: "asc" | "desc", more: Partial<CorpusListing> = {}) => listing(order, direction, more).documents.map((d) => d.id);

  it("orders by either publication date both ways with undated documents last, ties by id in the same direction", () => {
    expect(ids("published-en", "desc")).to.deep.equal([d1, d6, d2, d4, d3]);
    expect(ids("published-en", "asc")).to.deep.equal([d2, d6, d1, d3, d4]);
    expect(ids("published-ar", "asc")).to.deep.equal([d3, d2, d1, d4, d6]);
    expect(ids("published-ar", "desc")).to.deep.equal([d2, d3, d6, d4, d1]);
  });

  it("orders titles as the collator does (case and accents ignored, numbers by value), and by import, status and open findings", () => {
    expect(ids("title", "asc"), "not byte order: É with E, 9 before 10").to.deep.equal([d3, d2, d6, d1, d4]);
    expect(ids("title", "desc")).to.deep.equal([d4, d1, d6, d2, d3]);
    expect(ids("imported", "asc")).to.deep.equal([d1, d2, d3, d4, d6]);
    expect(ids("imported", "desc")).to.deep.equal([d6, d4, d3, d2, d1]);
    expect(ids("status", "asc"), "open, finished, locked").to.deep.equal([d1, d3, d4, d6, d2]);
    expect(ids("status", "desc")).to.deep.equal([d2, d6, d4, d3, d1]);
    expect(ids("findings", "desc")).to.deep.equal([d4, d1, d6, d3, d2]);
    expect(ids("findings", "asc")).to.deep.equal([d2, d3, d6, d1, d4]);
  });

  it("filters by folded title in either edition, status and date range, combined, and never lists a deleted document", () => {
    expect(ids("imported", "asc", { needle: "اخبار" }), "hamza folded away in the stored title").to.deep.equal([d2]);
    expect(ids("imported", "asc", { needle: "story 1" }), "case folded; the deleted 'Story 1' is not there").to.deep.equal([d1]);
    expect(ids("imported", "asc", { needle: "story", status: "open" })).to.deep.equal([d1]);
    expect(ids("imported", "asc", { from: "2024-02-01", to: "2024-03-31" }), "publication date, else the Arabic one, else the import day").to.deep.equal([d2, d6]);
    expect(ids("imported", "asc", { from: "2024-01-01", to: "2024-03-31", needle: "9", status: "finished" })).to.deep.equal([d6]);
    expect(listing("imported", "asc", { needle: "no such title" })).to.deep.equal({ total: 0, page: 1, documents: [] });
  });

  it("cuts pages with the total, clamps a page past the end to the last, and reads the counts of the page's documents", () => {
    const first = listing("title", "asc", { pageSize: 2 });
    expect(first.total).to.equal(5);
    expect(first.documents.map((d) => d.id)).to.deep.equal([d3, d2]);
    expect(listing("published-en", "asc", { pageSize: 2, page: 2 }).documents.map((d) => d.id)).to.deep.equal([d1, d3]);
    const past = listing("title", "asc", { pageSize: 2, page: 9 });
    expect(past).to.deep.include({ total: 5, page: 3 });
    expect(past.documents.map((d) => d.id)).to.deep.equal([d4]);
    expect(past.documents[0]).to.include({ beads: 1, confirmed: 0, rejected: 0, paragraphsEn: 2, paragraphsAr: 1, findings: 2 });
  });
});
