/**
 * The corpus list: filters by title (Arabic folded), status and date; sorts by a column (either
 * edition's publication date, title, import date, status, findings, last change), documents without
 * the date last, and pages whose links keep filter and sort; the whole list for the API.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { CORPUS_PAGE_SIZE, corpusPage, findDocuments, listCorpus } from "../../server/services/corpus-view.js";
import type { NewDocument } from "../../server/store/types.js";
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

describe("corpus table: sorting and pages (real database file)", () => {
  const doc = (title: string, publishedEn: string | null, publishedAr: string | null): NewDocument => ({
    title, publishedEn, publishedAr, en: [{ text: `${title}.`, boilerplate: null }], ar: [{ text: "نص.", boilerplate: null }],
    beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }],
  });

  it("sorts by either edition's publication date both ways, undated last, and by title, status and import date", () => {
    const store = openSqliteStore(tempDbPath());
    const b = store.createDocument(doc("bravo", "2024-02-01", "2024-03-05"), "u");
    const a = store.createDocument(doc("Alpha", "2024-05-01", null), "u");
    const c = store.createDocument(doc("charlie", null, "2024-01-09"), "u");
    // Change times are kept to the millisecond: let the clock move so that b's change is the latest.
    const created = Date.now();
    while (Date.now() <= created + 1) { /* a couple of milliseconds */ }
    store.setDocumentStatus(b, "locked", "u");
    const ids = (query: Record<string, string>) => corpusPage(store, query).documents.map((d) => d.id);
    expect(ids({ sort: "published-en", dir: "desc" })).to.deep.equal([a, b, c]);
    expect(ids({ sort: "published-en", dir: "asc" })).to.deep.equal([b, a, c]);
    expect(ids({ sort: "published-ar", dir: "asc" })).to.deep.equal([c, b, a]);
    expect(ids({ sort: "published-ar" }), "a date column starts newest first").to.deep.equal([b, c, a]);
    expect(ids({ sort: "title" }), "titles A to Z whatever their case").to.deep.equal([a, b, c]);
    expect(ids({ sort: "title", dir: "desc" })).to.deep.equal([c, b, a]);
    expect(ids({ sort: "status" })[2]).to.equal(b);
    expect(ids({ sort: "imported", dir: "asc" })).to.deep.equal([b, a, c]);
    expect(ids({ sort: "no such column", dir: "sideways" }), "the default: last change first").to.deep.equal([b, c, a]);
    const page = corpusPage(store, { sort: "published-en", dir: "asc", q: "a" });
    expect(page.columns["published-en"]).to.include({ current: "asc", href: "/?q=a&sort=published-en&dir=desc" });
    expect(page.columns.title).to.include({ current: null, href: "/?q=a&sort=title&dir=asc" });
    store.close();
  });

  it("cuts a long corpus in pages whose links keep the filter and the sort, and clamps a page past the end", () => {
    const store = openSqliteStore(tempDbPath());
    for (let k = 0; k < CORPUS_PAGE_SIZE + 5; k++) store.createDocument(doc(`Story ${String(k).padStart(3, "0")}`, `2024-01-${String((k % 28) + 1).padStart(2, "0")}`, null), "u");
    const first = corpusPage(store, { q: "Story", sort: "title", dir: "asc" });
    expect(first.documents).to.have.length(CORPUS_PAGE_SIZE);
    expect(first.documents[0]?.title).to.equal("Story 000");
    expect(first.paging).to.include({ page: 1, pages: 2, total: CORPUS_PAGE_SIZE + 5, prevHref: null, nextHref: "/?q=Story&sort=title&dir=asc&page=2" });
    const second = corpusPage(store, { q: "Story", sort: "title", dir: "asc", page: "2" });
    expect(second.documents.map((d) => d.title)).to.deep.equal(["Story 100", "Story 101", "Story 102", "Story 103", "Story 104"]);
    expect(second.paging.prevHref).to.equal("/?q=Story&sort=title&dir=asc");
    expect(corpusPage(store, { page: "999" }).paging.page).to.equal(2);
    expect(corpusPage(store, { page: "-3" }).paging.page).to.equal(1);
    store.close();
  });
});
