/**
 * The archive tables on a real database file: an archive created and audited; articles stored in
 * batches in file order, an id stored twice keeping its first copy, unreadable files kept; the
 * proposed pairs replaced as a whole while a reviewer's confirmed, rejected and manual pairs stay
 * (and a rejected pair is not proposed again, an article already in a live pair not paired twice);
 * waiting pairs and the one document each may become; the counts; and the jobs stand-in's progress.
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import type { StoredArchiveArticle } from "../../server/store/types.js";
import { testStoreLocation } from "../helpers/test-store.js";

const article = (id: string, date = "2019-03-04", paragraphs = [`${id} first.`, `${id} second.`]): StoredArchiveArticle => ({ id, date, title: `Title ${id}`, url: null, paragraphs });

function freshArchive() {
  const store = openStore(testStoreLocation());
  const id = store.createArchive({ name: "Wire 2019", windowDays: 7, threshold: 0.5, createdBy: "ed" });
  return { store, id };
}

describe("store/archive-repository (real database file)", () => {
  it("creates an archive, audited, and links its job", () => {
    const { store, id } = freshArchive();
    const job = store.createJob({ kind: "archive", params: { archiveId: id }, createdBy: "ed" });
    store.setArchiveJob(id, job);
    expect(store.getArchive(id)).to.include({ id, name: "Wire 2019", jobId: job, windowDays: 7, threshold: 0.5, createdBy: "ed", pairedAt: null });
    expect(store.getArchive(id + 1)).to.equal(null);
    const audit = store.listAudit({ action: "archive-create" });
    expect(audit.map((e) => [e.user, e.target])).to.deep.equal([["ed", `archive:${id}`]]);
    store.close();
  });

  it("stores articles in batches in file order; an id met again keeps its first copy; file errors are kept once", () => {
    const { store, id } = freshArchive();
    expect(store.storeArchiveBatch(id, "en", 0, [article("b"), article("a")], [{ name: "en.jsonl:3", code: "not-json", params: {} }])).to.equal(2);
    expect(store.storeArchiveBatch(id, "en", 2, [article("c", "2019-03-05"), { ...article("a"), title: "second copy" }], [{ name: "en.jsonl:3", code: "not-json", params: {} }])).to.equal(1);
    store.storeArchiveBatch(id, "ar", 0, [article("x", "2019-03-03", ["نص عربي."])], []);
    expect(store.readArchiveArticles(id, "en").map((a) => [a.id, a.title])).to.deep.equal([["b", "Title b"], ["a", "Title a"], ["c", "Title c"]]);
    expect(store.readArchiveArticle(id, "ar", "x")).to.deep.equal({ id: "x", date: "2019-03-03", title: "Title x", url: null, paragraphs: ["نص عربي."] });
    expect(store.readArchiveArticle(id, "en", "x")).to.equal(null);
    expect(store.archiveCounts(id)).to.deep.equal({ articles: { en: 3, ar: 1 }, fileErrors: { en: 1, ar: 0 }, pairs: { proposed: 0, confirmed: 0, rejected: 0 }, documents: 0 });
    store.close();
  });

  it("replaces proposed pairs and leaves a reviewer's confirmed, rejected and manual pairs alone", () => {
    const { store, id } = freshArchive();
    const first = store.replaceProposedPairs(id, [
      { en: "e1", ar: "a1", score: 0.9, evidence: { cheap: 0.8 }, status: "confirmed" },
      { en: "e2", ar: "a2", score: 0.7, evidence: {}, status: "proposed" },
      { en: "e3", ar: "a3", score: 0.6, evidence: {}, status: "proposed" },
    ], "ed", "2026-12-01T10:00:00.000Z");
    expect(first).to.deep.equal({ proposed: 2, confirmed: 1 });
    expect(store.getArchive(id)?.pairedAt).to.equal("2026-12-01T10:00:00.000Z");
    // A reviewer rejects e2–a2 and pairs e4 with a4 by hand (the review slice's methods, written here as their rows).
    store.db.prepare("UPDATE archive_pairs SET status = 'rejected' WHERE en_article = 'e2'").run();
    store.db.prepare("INSERT INTO archive_pairs (archive_id, en_article, ar_article, score, origin, status) VALUES (?, 'e4', 'a4', 0.2, 'manual', 'confirmed')").run(id);
    const again = store.replaceProposedPairs(id, [
      { en: "e1", ar: "a9", score: 0.95, evidence: {}, status: "proposed" }, // e1 is in a confirmed pair: skipped
      { en: "e2", ar: "a2", score: 0.7, evidence: {}, status: "proposed" }, // rejected by the reviewer: not proposed again
      { en: "e5", ar: "a4", score: 0.8, evidence: {}, status: "proposed" }, // a4 is in a manual pair: skipped
      { en: "e3", ar: "a5", score: 0.65, evidence: {}, status: "proposed" }, // replaces the earlier e3–a3
    ], "ed", "2026-12-01T11:00:00.000Z");
    expect(again).to.deep.equal({ proposed: 1, confirmed: 0 });
    const rows = store.db.prepare("SELECT en_article, ar_article, status, origin, decided_by FROM archive_pairs WHERE archive_id = ? ORDER BY en_article").all(id);
    expect(rows).to.deep.equal([
      { en_article: "e1", ar_article: "a1", status: "confirmed", origin: "proposed", decided_by: "ed" },
      { en_article: "e2", ar_article: "a2", status: "rejected", origin: "proposed", decided_by: null },
      { en_article: "e3", ar_article: "a5", status: "proposed", origin: "proposed", decided_by: null },
      { en_article: "e4", ar_article: "a4", status: "confirmed", origin: "manual", decided_by: null },
    ]);
    expect(store.archiveCounts(id).pairs).to.deep.equal({ proposed: 1, confirmed: 2, rejected: 1 });
    store.close();
  });

  it("lists confirmed pairs waiting for a document, and marks each one's document once", () => {
    const { store, id } = freshArchive();
    store.replaceProposedPairs(id, [
      { en: "e1", ar: "a1", score: 0.9, evidence: {}, status: "confirmed" },
      { en: "e2", ar: "a2", score: 0.8, evidence: {}, status: "confirmed" },
      { en: "e3", ar: "a3", score: 0.5, evidence: {}, status: "proposed" },
    ], "ed", "2026-12-01T10:00:00.000Z");
    const waiting = store.listWaitingPairs(id, 10);
    expect(waiting.map((p) => [p.en, p.ar, p.decidedBy])).to.deep.equal([["e1", "a1", "ed"], ["e2", "a2", "ed"]]);
    const doc = store.createDocument({ title: "T", en: [{ text: "One.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }], beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }] }, "ed");
    const first = waiting[0];
    if (!first) throw new Error("no waiting pair");
    expect(store.markPairDocument(first.id, doc)).to.equal(true);
    expect(store.markPairDocument(first.id, doc), "a pair becomes one document").to.equal(false);
    expect(store.listWaitingPairs(id, 10).map((p) => p.en)).to.deep.equal(["e2"]);
    expect(store.listWaitingPairs(id, 1)).to.have.length(1);
    expect(store.archiveCounts(id).documents).to.equal(1);
    store.close();
  });

  it("finds the archive job of the same inputs unless it failed, and keeps job files until dropped", () => {
    const { store, id } = freshArchive();
    const failed = store.createJob({ kind: "archive", params: { archiveId: id, inputHash: "abc" }, createdBy: "ed" });
    store.finishJob(failed, "failed", { code: "internal", params: {} });
    expect(store.findArchiveJob("abc")).to.equal(null);
    const job = store.createJob({ kind: "archive", params: { archiveId: id, inputHash: "abc" }, createdBy: "ed", files: [{ role: "en", name: "en.zip", bytes: new Uint8Array([1, 2, 3]) }] });
    expect(store.findArchiveJob("abc")).to.deep.equal({ id: job, state: "queued" });
    expect(store.findArchiveJob("other")).to.equal(null);
    expect(Array.from(store.jobFile(job, "en")?.bytes ?? [])).to.deep.equal([1, 2, 3]);
    store.setJobProgress(job, "read", 1, 3);
    expect(store.getJob(job)).to.include({ stage: "read", done: 1, total: 3 });
    const started = store.db.prepare("SELECT stage_started_at, stage_done_at_start FROM jobs WHERE id = ?");
    const readStart = started.get(job) as { stage_started_at: string; stage_done_at_start: number };
    expect(readStart.stage_done_at_start, "the stage began at done 1").to.equal(1);
    store.setJobProgress(job, "read", 3, 3);
    expect(started.get(job), "the same stage keeps its start").to.deep.equal(readStart);
    store.setJobProgress(job, "pair", 0, 2);
    expect((started.get(job) as { stage_done_at_start: number }).stage_done_at_start).to.equal(0);
    store.dropJobFiles(job);
    expect(store.jobFile(job, "en")).to.equal(null);
    store.finishJob(job, "done", { documents: 0 });
    expect(store.getJob(job)).to.deep.include({ state: "done", result: { documents: 0 }, error: null });
    expect(store.findArchiveJob("abc")).to.deep.equal({ id: job, state: "done" });
    store.close();
  });
});
