/**
 * The pending imports table on a real database file: stored and read back as JSON, expired ones
 * removed when the next one is stored, saved once (a second settle changes nothing), and kept
 * across a reopening (another instance of the app sees the same preview).
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import { testStoreLocation } from "../helpers/test-store.js";

const at = (iso: string, id: string, user = "ed") => ({ id, user, createdAt: iso, expiresAt: new Date(Date.parse(iso) + 3_600_000).toISOString(), content: { meta: { title: id } } });

describe("store/pending-imports-repository (real database file)", () => {
  it("stores a pending import and reads it back from another connection", () => {
    const path = testStoreLocation();
    const store = openStore(path);
    store.createPendingImport(at("2026-12-01T10:00:00.000Z", "first-pending-id-0001"));
    store.close();
    const other = openStore(path);
    expect(other.getPendingImport("first-pending-id-0001")).to.deep.equal({
      id: "first-pending-id-0001", user: "ed", createdAt: "2026-12-01T10:00:00.000Z", expiresAt: "2026-12-01T11:00:00.000Z",
      content: { meta: { title: "first-pending-id-0001" } }, documentId: null,
    });
    expect(other.getPendingImport("no-such-id")).to.equal(null);
    other.close();
  });

  it("removes the expired ones lazily, when a new one is stored", () => {
    const store = openStore(testStoreLocation());
    store.createPendingImport(at("2026-12-01T10:00:00.000Z", "old-one"));
    store.createPendingImport(at("2026-12-01T10:30:00.000Z", "recent-one"));
    expect(store.getPendingImport("old-one"), "not removed before another is stored").to.not.equal(null);
    store.createPendingImport(at("2026-12-01T11:10:00.000Z", "new-one"));
    expect(store.getPendingImport("old-one")).to.equal(null);
    expect(store.getPendingImport("recent-one")).to.not.equal(null);
    store.close();
  });

  it("is settled once: the document is kept and the content dropped", () => {
    const store = openStore(testStoreLocation());
    const id = store.createDocument({ title: "T", en: [{ text: "One.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }], beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }] }, "ed");
    store.createPendingImport(at("2026-12-01T10:00:00.000Z", "to-save"));
    expect(store.settlePendingImport("to-save", id)).to.equal(true);
    expect(store.settlePendingImport("to-save", id), "a second save writes nothing").to.equal(false);
    expect(store.getPendingImport("to-save")).to.deep.include({ documentId: id, content: null });
    const row = store.db.prepare("SELECT content FROM pending_imports WHERE id = ?").get("to-save") as { content: string };
    expect(row.content).to.equal("null");
    store.close();
  });
});
