/**
 * The pairing review's repository on a real SQLite file (migration 18's tables, seeded with plain
 * SQL): archives with their counts, pages of pairs by score (keyset, ties broken by id, filters),
 * unpaired articles by date, the title search folded for matching (case, hamza, ta marbuta,
 * diacritics) inside and outside a date window, confirm/reject with a stale version refused, the
 * many-at-once decision, re-pairing by hand keeping every article in at most one live pair, each
 * decision audited, and the documents job waiting for an archive found; a rejected pair's
 * document deleted (recoverably, audited) and unlinked in the same decision, one by one, many at
 * once and by a re-pair; the files that could not be read, a page at a time, English first.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { openStore } from "../../server/store/open-store.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import { testStoreLocation } from "../helpers/test-store.js";
import { mostLivePairsOfAnArticle, seedArchive, type SeededArchive } from "../helpers/archive-review-data.js";

describe("archive review repository (real SQLite file)", () => {
  let store: ReturnType<typeof openStore>;
  let seeded: SeededArchive;
  const at = "2024-04-02T10:00:00.000Z";

  beforeEach(() => {
    store = openStore(testStoreLocation());
    seeded = seedArchive(store.db);
  });
  afterEach(() => store.close());

  const audit = (action: string) => store.listAudit({ action }).map((e) => ({ user: e.user, target: e.target, after: e.after as Record<string, unknown> }));

  it("lists archives with their articles and pairs counted", () => {
    seedArchive(store.db, "Empty window", 7);
    const [newest, first] = store.listArchives();
    expect(newest?.name).to.equal("Empty window");
    expect(first).to.deep.include({ id: seeded.archiveId, name: "Spring 2024", windowDays: 3, errors: 0 });
    expect(first?.articles).to.deep.equal({ en: 5, ar: 6 });
    expect(first?.pairs).to.deep.equal({ proposed: 3, confirmed: 0, rejected: 0, manual: 0 });
    expect(store.getArchiveSummary(999)).to.equal(null);
  });

  it("pages pairs by score, best first, with both articles' heads and the evidence", () => {
    const first = store.listArchivePairs(seeded.archiveId, "all", null, 2);
    expect(first.pairs.map((p) => [p.en.id, p.ar.id])).to.deep.equal([["en-1", "ar-1"], ["en-2", "ar-2"]]);
    expect(first.more).to.equal(true);
    expect(first.pairs[0]).to.deep.include({ score: 0.91, status: "proposed", origin: "proposed", version: 1, documentId: null });
    expect(first.pairs[0]?.en).to.deep.equal({ id: "en-1", date: "2024-03-01", title: "Ceasefire talks resume in Cairo" });
    expect(first.pairs[0]?.ar.title).to.equal("استئناف محادثات وقف إطلاق النار في القاهرة");
    expect(first.pairs[0]?.evidence).to.deep.include({ names: ["Cairo"], words: 6 });
    const last = first.pairs[1]!;
    const second = store.listArchivePairs(seeded.archiveId, "all", { score: last.score, id: last.id }, 2);
    expect(second.pairs.map((p) => p.en.id)).to.deep.equal(["en-3"]);
    expect(second.more).to.equal(false);
  });

  it("walks 130 pairs with tied scores in pages of 50, each once, in score order", () => {
    const archive = seedArchive(store.db, "Big").archiveId;
    const article = store.db.prepare("INSERT INTO archive_articles (archive_id, edition, article_id, seq, date, title, paragraphs) VALUES (?, ?, ?, 0, '2024-01-01', ?, '[]')");
    const pair = store.db.prepare("INSERT INTO archive_pairs (archive_id, en_article, ar_article, score, origin, status) VALUES (?, ?, ?, ?, 'proposed', 'proposed')");
    for (let k = 0; k < 130; k++) {
      article.run(archive, "en", `e${k}`, `English ${k}`);
      article.run(archive, "ar", `a${k}`, `عربي ${k}`);
      pair.run(archive, `e${k}`, `a${k}`, Math.floor(k / 7) / 20);
    }
    const seen: { score: number; id: number }[] = [];
    let after: { score: number; id: number } | null = null;
    let pages = 0;
    for (;;) {
      const page = store.listArchivePairs(archive, "proposed", after, 50);
      pages++;
      seen.push(...page.pairs.map((p) => ({ score: p.score, id: p.id })));
      const last = page.pairs[page.pairs.length - 1];
      if (!page.more || !last) break;
      after = { score: last.score, id: last.id };
    }
    expect(pages).to.equal(3);
    // 130 generated pairs and the three seeded ones of this archive.
    expect(new Set(seen.map((s) => s.id)).size).to.equal(133);
    for (let k = 1; k < seen.length; k++) {
      const [a, b] = [seen[k - 1]!, seen[k]!];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id), `pair ${k} in order`).to.equal(true);
    }
  });

  it("filters pairs by status and by being made by hand", () => {
    const [p1, p2] = seeded.pairIds as [number, number, number];
    store.decideArchivePair(seeded.archiveId, p1, 1, "confirmed", "admin", at);
    store.decideArchivePair(seeded.archiveId, p2, 1, "rejected", "admin", at);
    store.repairArchiveArticles(seeded.archiveId, "en-4", "ar-6", "translator", at);
    const ids = (filter: "proposed" | "confirmed" | "rejected" | "manual") => store.listArchivePairs(seeded.archiveId, filter, null, 50).pairs.map((p) => `${p.en.id}/${p.ar.id}`);
    expect(ids("confirmed")).to.deep.equal(["en-1/ar-1", "en-4/ar-6"]);
    expect(ids("rejected")).to.deep.equal(["en-2/ar-2"]);
    expect(ids("proposed")).to.deep.equal(["en-3/ar-4"]);
    expect(ids("manual")).to.deep.equal(["en-4/ar-6"]);
  });

  it("lists each edition's articles in no live pair, by date, in pages", () => {
    const en = store.listUnpairedArticles(seeded.archiveId, "en", null, 50);
    expect(en.articles.map((a) => a.id)).to.deep.equal(["en-5", "en-4"]);
    expect(en.total).to.equal(2);
    const ar = store.listUnpairedArticles(seeded.archiveId, "ar", null, 2);
    expect(ar.articles.map((a) => a.id)).to.deep.equal(["ar-3", "ar-6"]);
    expect(ar.more).to.equal(true);
    const rest = store.listUnpairedArticles(seeded.archiveId, "ar", { date: "2024-03-11", id: "ar-6" }, 2);
    expect(rest.articles.map((a) => a.id)).to.deep.equal(["ar-5"]);
    // A rejected pair leaves both its articles unpaired.
    store.decideArchivePair(seeded.archiveId, seeded.pairIds[2]!, 1, "rejected", "admin", at);
    expect(store.listUnpairedArticles(seeded.archiveId, "en", null, 50).articles.map((a) => a.id)).to.deep.equal(["en-3", "en-5", "en-4"]);
    expect(store.listUnpairedArticles(seeded.archiveId, "ar", null, 50).articles.map((a) => a.id)).to.include("ar-4");
  });

  it("searches titles folded for matching, within a date window, then outside it", () => {
    const window = { from: "2024-03-07", to: "2024-03-13", around: "2024-03-10" };
    const ids = (words: string[], inside: boolean) => store.searchArchiveArticles(seeded.archiveId, "ar", words, window, inside, 20).map((c) => c.id);
    // "المتحف": one inside the window (11 March), one outside (20 March); a diacritic (يُعيد) folded away.
    expect(ids(["المتحف"], true)).to.deep.equal(["ar-6"]);
    expect(ids(["المتحف"], false)).to.deep.equal(["ar-5"]);
    expect(ids(["يعيد"], false)).to.deep.equal(["ar-5"]);
    // Hamza on alef and ta marbuta folded: "اقرار الميزانيه" finds "إقرار الميزانية"; words must all be there.
    expect(store.searchArchiveArticles(seeded.archiveId, "ar", ["اقرار", "الميزانيه"], null, false, 20).map((c) => c.id)).to.deep.equal(["ar-3"]);
    expect(store.searchArchiveArticles(seeded.archiveId, "ar", ["الميزانيه"], null, false, 20).map((c) => c.id)).to.deep.equal(["ar-3", "ar-4"]);
    // English folded by case; a candidate says which pair it is in now.
    const english = store.searchArchiveArticles(seeded.archiveId, "en", ["basra"], null, false, 20);
    expect(english.map((c) => c.id)).to.deep.equal(["en-2"]);
    expect(english[0]?.livePair).to.deep.include({ status: "proposed", with: "ar-2" });
    // Nearest the article's date first, with no words: the whole window.
    expect(store.searchArchiveArticles(seeded.archiveId, "ar", [], { from: "2024-03-01", to: "2024-03-04", around: "2024-03-03" }, true, 20).map((c) => c.id))
      .to.deep.equal(["ar-3", "ar-4", "ar-2", "ar-1"]);
  });

  it("confirms and rejects a pair seen at its version, refuses a stale decision, and audits each", () => {
    const [p1] = seeded.pairIds as [number];
    const confirmed = store.decideArchivePair(seeded.archiveId, p1, 1, "confirmed", "translator", at);
    expect(confirmed).to.deep.include({ status: "confirmed", decidedBy: "translator", decidedAt: at, version: 2 });
    expect(() => store.decideArchivePair(seeded.archiveId, p1, 1, "rejected", "admin", at)).to.throw(ConflictError);
    expect(store.getArchivePair(seeded.archiveId, p1)?.status).to.equal("confirmed");
    store.decideArchivePair(seeded.archiveId, p1, 2, "rejected", "admin", at);
    expect(store.getArchivePair(seeded.archiveId, p1)).to.deep.include({ status: "rejected", decidedBy: "admin", version: 3 });
    expect(() => store.decideArchivePair(seeded.archiveId, 9999, 1, "confirmed", "admin", at)).to.throw(NotFoundError);
    // Another archive's pair is not this archive's.
    const other = seedArchive(store.db, "Other");
    expect(() => store.decideArchivePair(seeded.archiveId, other.pairIds[0]!, 1, "confirmed", "admin", at)).to.throw(NotFoundError);
    expect(audit("archive-confirm")).to.deep.equal([{ user: "translator", target: `archive-pair:${p1}`, after: {
      archiveId: seeded.archiveId, en: "en-1", ar: "ar-1", enTitle: "Ceasefire talks resume in Cairo", arTitle: "استئناف محادثات وقف إطلاق النار في القاهرة", score: 0.91, before: "proposed",
    } }]);
    expect(audit("archive-reject").map((e) => [e.user, e.after.before])).to.deep.equal([["admin", "confirmed"]]);
  });

  it("re-pairs by hand: the live pairs of both articles rejected, a confirmed manual pair made, 1-1 kept, all audited", () => {
    const [, p2, p3] = seeded.pairIds as [number, number, number];
    const made = store.repairArchiveArticles(seeded.archiveId, "en-3", "ar-3", "translator", at);
    expect(made).to.deep.include({ origin: "manual", status: "confirmed", decidedBy: "translator", documentId: null });
    expect(store.getArchivePair(seeded.archiveId, p3)?.status).to.equal("rejected");
    // en-2 is in p2; ar-3 is now in the manual pair: both are rejected for the new one.
    const again = store.repairArchiveArticles(seeded.archiveId, "en-2", "ar-3", "admin", at);
    expect(store.getArchivePair(seeded.archiveId, p2)?.status).to.equal("rejected");
    expect(store.getArchivePair(seeded.archiveId, made.id)?.status).to.equal("rejected");
    expect(store.liveArchivePair(seeded.archiveId, "ar", "ar-3")?.id).to.equal(again.id);
    expect(store.liveArchivePair(seeded.archiveId, "en", "en-3")).to.equal(null);
    expect(mostLivePairsOfAnArticle(store.db, seeded.archiveId)).to.equal(1);
    expect(store.listUnpairedArticles(seeded.archiveId, "en", null, 50).articles.map((a) => a.id)).to.include("en-3");
    expect(store.listUnpairedArticles(seeded.archiveId, "ar", null, 50).articles.map((a) => a.id)).to.include.members(["ar-2", "ar-4"]);
    expect(audit("archive-repair").map((e) => [e.user, e.after.en, e.after.ar, e.after.replaced])).to.deep.equal([
      ["admin", "en-2", "ar-3", [p2, made.id]], ["translator", "en-3", "ar-3", [p3]],
    ]);
    // Pairing two articles already proposed together confirms that pair instead of making another.
    const p1 = seeded.pairIds[0]!;
    expect(store.repairArchiveArticles(seeded.archiveId, "en-1", "ar-1", "admin", at)).to.deep.include({ id: p1, status: "confirmed", origin: "proposed" });
    expect(() => store.repairArchiveArticles(seeded.archiveId, "en-1", "ar-404", "admin", at)).to.throw(NotFoundError);
  });

  it("refuses to confirm a rejected pair again once one of its articles is in another live pair", () => {
    const [, , p3] = seeded.pairIds as [number, number, number];
    store.repairArchiveArticles(seeded.archiveId, "en-3", "ar-3", "admin", at);
    const rejected = store.getArchivePair(seeded.archiveId, p3)!;
    expect(() => store.decideArchivePair(seeded.archiveId, p3, rejected.version, "confirmed", "admin", at)).to.throw(ConflictError);
    expect(mostLivePairsOfAnArticle(store.db, seeded.archiveId)).to.equal(1);
  });

  it("decides many pairs in one go, leaving those changed since they were seen", () => {
    const [p1, p2, p3] = seeded.pairIds as [number, number, number];
    store.decideArchivePair(seeded.archiveId, p2, 1, "rejected", "admin", at);
    const outcome = store.decideArchivePairs(seeded.archiveId, [{ id: p1, version: 1 }, { id: p2, version: 1 }, { id: p3, version: 1 }, { id: 9999, version: 1 }], "confirmed", "copy-editor", at);
    expect(outcome).to.deep.equal({ decided: 2, stale: 2, deletedDocuments: [] });
    expect([p1, p2, p3].map((id) => store.getArchivePair(seeded.archiveId, id)?.status)).to.deep.equal(["confirmed", "rejected", "confirmed"]);
    expect(audit("archive-confirm").map((e) => e.target).sort()).to.deep.equal([`archive-pair:${p1}`, `archive-pair:${p3}`].sort());
  });

  /** The seeded pairs confirmed, each made a document as the documents job marks it; the documents' ids. */
  function pairsWithDocuments(): number[] {
    return seeded.pairIds.map((pairId, k) => {
      const documentId = store.createDocument({
        title: `Story ${k}`, en: [{ text: "One.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }], beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }],
      }, "admin");
      store.decideArchivePair(seeded.archiveId, pairId, 1, "confirmed", "admin", at);
      expect(store.markPairDocument(pairId, documentId)).to.equal(true);
      return documentId;
    });
  }

  it("rejecting a pair that became a document deletes the document recoverably and unlinks it, in the same decision", () => {
    const [d1, d2, d3] = pairsWithDocuments();
    const [p1, p2, p3] = seeded.pairIds as [number, number, number];
    const one = store.decideArchivePair(seeded.archiveId, p1, 3, "rejected", "translator", at);
    expect(one).to.deep.include({ status: "rejected", documentId: null, deletedDocuments: [d1] });
    expect(store.getDocument(d1!)).to.equal(null);
    expect(store.getDeletedDocument(d1!)).to.deep.include({ deletedBy: "translator", deletedAt: at });
    expect(audit("delete-document").map((e) => e.user)).to.deep.equal(["translator"]);
    expect(audit("archive-reject")[0]?.after).to.include({ deletedDocument: d1 });

    // Confirmed again it waits for a new document; rejected again, nothing more to delete.
    store.decideArchivePair(seeded.archiveId, p1, 4, "confirmed", "translator", at);
    expect(store.listWaitingPairs(seeded.archiveId, 10).map((w) => w.id)).to.deep.equal([p1]);
    expect(store.decideArchivePair(seeded.archiveId, p1, 5, "rejected", "translator", at).deletedDocuments).to.deep.equal([]);

    // An admin deleted d2 already: the bulk rejection unlinks it and deletes only d3.
    store.deleteDocument(d2!, "admin", at);
    const many = store.decideArchivePairs(seeded.archiveId, [{ id: p2, version: 3 }, { id: p3, version: 3 }], "rejected", "translator", at);
    expect(many).to.deep.equal({ decided: 2, stale: 0, deletedDocuments: [d3] });
    expect(store.getArchivePair(seeded.archiveId, p2)?.documentId).to.equal(null);
    expect(audit("delete-document").map((e) => e.user)).to.deep.equal(["translator", "admin", "translator"]);
  });

  it("a re-pair that rejects a pair with a document deletes that document too", () => {
    const [d1] = pairsWithDocuments();
    const made = store.repairArchiveArticles(seeded.archiveId, "en-1", "ar-6", "translator", at);
    expect(made).to.deep.include({ origin: "manual", status: "confirmed", documentId: null, deletedDocuments: [d1] });
    expect(store.getDocument(d1!)).to.equal(null);
    expect(store.getArchivePair(seeded.archiveId, seeded.pairIds[0]!)).to.deep.include({ status: "rejected", documentId: null });
  });

  it("pages the files that could not be read, English first, then by name", () => {
    store.storeArchiveBatch(seeded.archiveId, "ar", 0, [], [{ name: "b.txt", code: "empty", params: {} }, { name: "a.txt", code: "binary", params: {} }]);
    store.storeArchiveBatch(seeded.archiveId, "en", 0, [], [{ name: "z.txt", code: "too-large", params: { limit: 5 } }]);
    const first = store.listArchiveFileErrors(seeded.archiveId, null, 2);
    expect(first.errors).to.deep.equal([
      { edition: "en", name: "z.txt", code: "too-large", params: { limit: 5 } }, { edition: "ar", name: "a.txt", code: "binary", params: {} },
    ]);
    expect(first.more).to.equal(true);
    const rest = store.listArchiveFileErrors(seeded.archiveId, { edition: "ar", name: "a.txt" }, 2);
    expect(rest).to.deep.equal({ errors: [{ edition: "ar", name: "b.txt", code: "empty", params: {} }], more: false });
    expect(store.getArchiveSummary(seeded.archiveId)?.errors).to.equal(3);
  });
});
