/**
 * Managing documents through the services on a real database file: who may rename and delete,
 * what a title may be, a locked document, the days a deleted document has left and the purge at
 * 30 days by a given clock; and, through the real export and the corpus page, that a deleted
 * document is in neither until it is restored.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { NewDocument } from "../../server/store/types.js";
import { deleteDocumentAs, deletedDocumentFor, listRecentlyDeleted, purgeExpiredDocuments, renameDocumentAs, restoreDocumentAs, RETENTION_DAYS } from "../../server/services/document-manage.js";
import { corpusPage } from "../../server/services/corpus-view.js";
import { exportCorpus } from "../../server/services/export-corpus.js";
import { parseChoices } from "../../server/domain/export/choices.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { ConflictError } from "../../server/store/conflict-error.js";
import { TextSink } from "../domain/export/sample-units.js";
import { tempDbPath } from "../helpers/temp.js";

const ADMIN = { name: "admin", role: "admin" as const };
const EDITOR = { name: "copy-editor", role: "copy-editor" as const };
const TRANSLATOR = { name: "translator", role: "translator" as const };
const VIEWER = { name: "viewer", role: "viewer" as const };
const DAY = 24 * 60 * 60 * 1000;

function article(title: string): NewDocument {
  return {
    title, titleAr: "", publishedEn: "2024-05-01", publishedAr: "2024-05-02",
    en: [{ text: `The ${title} story.`, boilerplate: null }],
    ar: [{ text: `قصة ${title}.`, boilerplate: null }],
    beads: [{ en: [0], ar: [0], score: 0.97, signals: { shape: "1-1" }, status: "confirmed" }],
  };
}

async function exportedTitles(store: ReturnType<typeof openSqliteStore>): Promise<string> {
  const out = new TextSink();
  const meta = { name: "t", granularity: "paragraph" as const, createdAt: new Date("2024-06-01T00:00:00Z"), tool: { name: "mizan", version: "test" } };
  await exportCorpus(store, parseChoices({ format: "jsonl", status: "all" }), out, { meta });
  return out.text;
}

describe("document management (services, real database file)", () => {
  const store = openSqliteStore(tempDbPath());
  after(() => store.close());

  it("lets editors and up rename, never viewers; refuses an empty or overlong title, a stale version and, but for admins, a locked document", () => {
    const id = store.createDocument(article("Rename me"), "alice");
    const version = () => String(store.getDocument(id)!.version);
    expect(() => renameDocumentAs(store, id, { title: "By a viewer", titleAr: "", version: version() }, VIEWER)).to.throw(ForbiddenError);
    expect(renameDocumentAs(store, id, { title: "  Two\nlines\u0000 ", titleAr: " عنوان ", version: version() }, TRANSLATOR)).to.include({ title: "Two lines", titleAr: "عنوان" });
    expect(() => renameDocumentAs(store, id, { title: "   ", titleAr: "عنوان", version: version() }, EDITOR)).to.throw(BadRequestError, "title-empty");
    expect(() => renameDocumentAs(store, id, { title: "x".repeat(201), titleAr: "", version: version() }, EDITOR)).to.throw(BadRequestError, "title-too-long");
    expect(() => renameDocumentAs(store, id, { title: "No version", titleAr: "", version: "abc" }, EDITOR)).to.throw(BadRequestError, "bad-version");
    expect(() => renameDocumentAs(store, id, { title: "Stale", titleAr: "", version: "1" }, EDITOR)).to.throw(ConflictError);
    store.setDocumentStatus(id, "locked", "admin");
    expect(() => renameDocumentAs(store, id, { title: "Locked", titleAr: "", version: version() }, EDITOR)).to.throw(ForbiddenError, "locked");
    expect(renameDocumentAs(store, id, { title: "By the admin", titleAr: "", version: version() }, ADMIN).title).to.equal("By the admin");
  });

  it("lets only admins delete, list, see and restore deleted documents, with the days left counted from a given clock", () => {
    const id = store.createDocument(article("Delete me"), "alice");
    const deletedAt = new Date("2024-03-01T12:00:00Z");
    for (const actor of [EDITOR, TRANSLATOR, VIEWER]) {
      expect(() => deleteDocumentAs(store, id, actor, deletedAt), actor.role).to.throw(ForbiddenError);
      expect(() => listRecentlyDeleted(store, actor), actor.role).to.throw(ForbiddenError);
    }
    deleteDocumentAs(store, id, ADMIN, deletedAt);
    expect(() => restoreDocumentAs(store, id, EDITOR)).to.throw(ForbiddenError);
    const listed = (now: Date) => listRecentlyDeleted(store, ADMIN, now).find((d) => d.id === id);
    expect(listed(deletedAt)).to.include({ daysLeft: RETENTION_DAYS, deletedBy: "admin", purgeAt: "2024-03-31T12:00:00.000Z" });
    expect(listed(new Date(deletedAt.getTime() + 10.5 * DAY))?.daysLeft).to.equal(20);
    expect(listed(new Date(deletedAt.getTime() + 31 * DAY))?.daysLeft).to.equal(0);
    expect(deletedDocumentFor(store, id, ADMIN, deletedAt)?.title).to.equal("Delete me");
    expect(deletedDocumentFor(store, id, EDITOR, deletedAt), "an editor sees a plain 404").to.equal(null);
    expect(deletedDocumentFor(store, Number.NaN, ADMIN)).to.equal(null);
    restoreDocumentAs(store, id, ADMIN);
    expect(store.getDocument(id)?.title).to.equal("Delete me");
  });

  it("purges a deleted document after 30 days by the clock it is given, not a moment before", () => {
    const id = store.createDocument(article("Purge me"), "alice");
    const deletedAt = new Date("2024-04-01T00:00:00Z");
    deleteDocumentAs(store, id, ADMIN, deletedAt);
    expect(purgeExpiredDocuments(store, new Date(deletedAt.getTime() + 29 * DAY), 10)).to.deep.equal([]);
    expect(purgeExpiredDocuments(store, new Date(deletedAt.getTime() + RETENTION_DAYS * DAY), 10), "exactly 30 days: still kept").to.deep.equal([]);
    expect(purgeExpiredDocuments(store, new Date(deletedAt.getTime() + RETENTION_DAYS * DAY + 1000), 10)).to.deep.equal([id]);
    expect(store.getDeletedDocument(id)).to.equal(null);
    expect(() => restoreDocumentAs(store, id, ADMIN), "gone for good").to.throw();
  });

  it("leaves a deleted document out of the export and the corpus page until it is restored", async () => {
    const keep = store.createDocument(article("Harbour reopens"), "alice");
    const drop = store.createDocument(article("Bridge collapses"), "alice");
    expect(await exportedTitles(store)).to.include("Bridge collapses").and.include("Harbour reopens");
    deleteDocumentAs(store, drop, ADMIN);
    const exported = await exportedTitles(store);
    expect(exported).to.include("Harbour reopens").and.not.include("Bridge collapses");
    expect(exported).to.not.include("قصة Bridge collapses");
    const titles = corpusPage(store, {}).documents.map((d) => d.id);
    expect(titles).to.include(keep).and.not.include(drop);
    expect(corpusPage(store, { q: "Bridge" }).documents, "nor found by a search").to.deep.equal([]);
    restoreDocumentAs(store, drop, ADMIN);
    expect(await exportedTitles(store)).to.include("Bridge collapses");
    expect(corpusPage(store, { q: "Bridge" }).documents.map((d) => d.id)).to.deep.equal([drop]);
  });
});
