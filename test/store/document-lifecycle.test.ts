/**
 * A document's life on a real SQLite file: renamed (version-checked, audited, findings left
 * fresh), deleted (gone from every listing: corpus, count, reads, paragraphs, pairs for exports,
 * findings, the refresher's stale list), restored (all of it back), and purged for good only past
 * the cutoff it is given, in batches no larger than asked, leaving an audit row.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { ConflictError, NotFoundError } from "../../server/store/conflict-error.js";
import type { FindingInput, NewDocument } from "../../server/store/types.js";
import { testStoreLocation } from "../helpers/test-store.js";

function article(title: string, published: string | null = null): NewDocument {
  return {
    title, titleAr: `عنوان ${title}`, publishedEn: published, publishedAr: published,
    en: [{ text: `First paragraph of ${title}.`, boilerplate: null }, { text: "Second paragraph.", boilerplate: null }],
    ar: [{ text: `الفقرة الأولى من ${title}.`, boilerplate: null }, { text: "الفقرة الثانية.", boilerplate: null }],
    beads: [
      { en: [0], ar: [0], score: 0.95, signals: { shape: "1-1" }, status: "confirmed" },
      { en: [1], ar: [1], score: 0.9, signals: { shape: "1-1" }, status: "confirmed" },
    ],
  };
}

function finding(paragraphId: number): FindingInput {
  return { beadId: null, paragraphId, checkId: "spelling", severity: "error", side: "en", start: 0, end: 5, params: { word: "First" }, suggestion: null, textHash: "h", excerpt: "First" };
}

describe("document lifecycle (real database file)", () => {
  const store = openStore(testStoreLocation());
  after(() => store.close());

  it("renames both editions when the version is current, audits it, and refuses a stale version with the current titles", () => {
    const id = store.createDocument(article("Old title"), "alice");
    const before = store.getDocument(id)!;
    const paragraph = store.getParagraphs(id, "en")[0]!;
    expect(store.replaceFindings(id, [finding(paragraph.id)], before.version)).to.equal(true);

    const renamed = store.renameDocument(id, { title: "New title", titleAr: "عنوان جديد" }, before.version, "bob");
    expect(renamed).to.include({ title: "New title", titleAr: "عنوان جديد", updatedBy: "bob", version: before.version + 1 });
    // No check reads a title: the findings stay fresh (nothing for the background to redo).
    expect(store.findingsVersion(id)).to.equal(renamed.version);
    expect(store.staleFindings(100).map((d) => d.id)).to.not.include(id);

    const audit = store.listAudit({ documentId: id }).find((e) => e.action === "rename");
    expect(audit).to.include({ user: "bob", kind: "other", target: `document:${id}` });
    expect(audit?.before).to.deep.equal({ title: "Old title", titleAr: "عنوان Old title" });
    expect(audit?.after).to.deep.equal({ title: "New title", titleAr: "عنوان جديد" });

    let conflict: unknown;
    try {
      store.renameDocument(id, { title: "Stale", titleAr: "" }, before.version, "carol");
    } catch (error) {
      conflict = error;
    }
    expect(conflict).to.be.instanceOf(ConflictError);
    expect((conflict as ConflictError).current.version).to.equal(renamed.version);
    expect(store.getDocument(id)?.title).to.equal("New title");
    expect(() => store.renameDocument(987654, { title: "x", titleAr: "" }, 1, "bob")).to.throw(NotFoundError);
  });

  it("hides a deleted document from every listing and read, keeps it with who and when, and brings it all back on restore", () => {
    const kept = store.createDocument(article("Kept"), "alice");
    const gone = store.createDocument(article("Gone"), "alice");
    const goneParagraph = store.getParagraphs(gone, "en")[0]!;
    expect(store.replaceFindings(gone, [finding(goneParagraph.id)], store.getDocument(gone)!.version)).to.equal(true);
    const liveCount = store.countDocuments();
    const pairsOf = (id: number) => [...store.iteratePairs({ status: "all" })].filter((p) => p.documentId === id).length;
    expect(pairsOf(gone)).to.equal(2);

    store.deleteDocument(gone, "admin", "2024-03-01T10:00:00.000Z");
    expect(store.listDocuments().map((d) => d.id)).to.include(kept).and.not.include(gone);
    expect(store.countDocuments()).to.equal(liveCount - 1);
    expect(store.countDocuments({ includeDeleted: true })).to.equal(liveCount);
    expect(store.getDocument(gone)).to.equal(null);
    expect(store.getParagraph(goneParagraph.id)).to.equal(null);
    expect(pairsOf(gone), "exports read no pair of a deleted document").to.equal(0);
    expect(pairsOf(kept)).to.equal(2);
    expect(store.listFindings({}).map((f) => f.documentId)).to.not.include(gone);
    expect(store.listFindings({ documentId: gone })).to.deep.equal([]);
    expect(store.countFindings(gone)).to.deep.equal([]);
    const grid = { status: "open" as const, sort: "document" as const, limit: 100, offset: 0 };
    expect(store.listGridFindings(grid).map((f) => f.documentId), "nor on the findings grid").to.not.include(gone);
    expect(store.countGridFindings({ status: "open", documentId: gone })).to.equal(0);
    expect(store.listGridDocuments().map((d) => d.id)).to.include(kept).and.not.include(gone);
    // The glossary changes: every document goes stale, but the refresher is never given a deleted one.
    store.upsertGlossary([{ ar: "حمص", en: "Homs", kind: "place", note: "" }]);
    expect(store.staleFindings(1000).map((d) => d.id)).to.include(kept).and.not.include(gone);

    expect(store.listDeletedDocuments().map((d) => [d.id, d.title, d.deletedBy, d.deletedAt])).to.deep.equal([[gone, "Gone", "admin", "2024-03-01T10:00:00.000Z"]]);
    expect(store.getDeletedDocument(gone)?.title).to.equal("Gone");
    expect(store.getDeletedDocument(kept)).to.equal(null);
    expect(() => store.deleteDocument(gone, "admin", "2024-03-02T00:00:00.000Z"), "deleted twice").to.throw(NotFoundError);
    expect(() => store.restoreDocument(kept, "admin"), "restoring a live document").to.throw(NotFoundError);

    store.restoreDocument(gone, "root");
    expect(store.getDocument(gone)?.title).to.equal("Gone");
    expect(store.listDocuments().map((d) => d.id)).to.include(gone);
    expect(pairsOf(gone)).to.equal(2);
    expect(store.getParagraph(goneParagraph.id)?.text).to.equal(goneParagraph.text);
    expect(store.countGridFindings({ status: "open", documentId: gone })).to.equal(1);
    expect(store.staleFindings(1000).map((d) => d.id), "its findings are recomputed after the glossary change").to.include(gone);
    expect(store.listDeletedDocuments()).to.deep.equal([]);
    const actions = store.listAudit({ documentId: gone }).map((e) => [e.action, e.user, e.kind]);
    expect(actions).to.deep.include.members([["delete-document", "admin", "other"], ["restore-document", "root", "other"]]);
  });

  it("purges only documents deleted before the cutoff, oldest first, in batches of the size asked, with an audit row each", () => {
    const old1 = store.createDocument(article("Old one"), "alice");
    const old2 = store.createDocument(article("Old two"), "alice");
    const recent = store.createDocument(article("Recent"), "alice");
    store.deleteDocument(old1, "admin", "2024-01-01T00:00:00.000Z");
    store.deleteDocument(old2, "admin", "2024-01-02T00:00:00.000Z");
    store.deleteDocument(recent, "admin", "2024-02-20T00:00:00.000Z");
    const paragraphIds = store.db.prepare("SELECT COUNT(*) AS n FROM paragraphs WHERE document_id IN (?, ?)");
    expect((paragraphIds.get(old1, old2) as { n: number }).n).to.equal(8);

    expect(store.purgeDeletedDocuments("2023-12-31T00:00:00.000Z", 10), "nothing is due yet").to.deep.equal([]);
    expect(store.purgeDeletedDocuments("2024-02-01T00:00:00.000Z", 1), "a batch of one").to.deep.equal([old1]);
    expect(store.purgeDeletedDocuments("2024-02-01T00:00:00.000Z", 10)).to.deep.equal([old2]);
    expect(store.purgeDeletedDocuments("2024-02-01T00:00:00.000Z", 10)).to.deep.equal([]);
    expect((paragraphIds.get(old1, old2) as { n: number }).n, "paragraphs gone with their documents").to.equal(0);
    expect((store.db.prepare("SELECT COUNT(*) AS n FROM documents WHERE id IN (?, ?)").get(old1, old2) as { n: number }).n).to.equal(0);
    expect(store.getDeletedDocument(recent)?.title).to.equal("Recent");
    const purges = store.listAudit({}).filter((e) => e.action === "purge-document");
    expect(purges.map((e) => [e.target, e.documentId])).to.deep.equal([[`document:${old2}`, null], [`document:${old1}`, null]]);
    expect((purges[0]?.after as { title: string }).title).to.equal("Old two");
  });
});
