/**
 * The import's preview and "Save" on a real database file: what was read waits in the database
 * (paragraphs, boilerplate, cut pieces, dates and where from; never the file's bytes), any
 * connection can show and save it, only its owner may, an expired one is refused, and saving
 * twice stores one document. The form's date wins over the page's metadata.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importPreviewView, PREVIEW_LIFETIME_MS, previewImport, savePendingImport } from "../../server/services/import-preview.js";
import { ImportError } from "../../server/import/import-error.js";
import { MAX_PARAGRAPH_LENGTH } from "../../server/domain/segment/limits.js";
import { tempDbPath } from "../helpers/temp.js";

const LONG = "The council said on Tuesday that the ceasefire had held for a week. ".repeat(Math.ceil((MAX_PARAGRAPH_LENGTH * 2.5) / 68)).trim();
const EN_HTML = `<!doctype html><html><head><meta property="article:published_time" content="2024-03-05T09:00:00+03:00"></head><body>
  <h1>Talks resume in Homs</h1><p>The talks resumed on Monday, officials said.</p><p>${LONG}</p><p>Read also: the earlier round of talks</p></body></html>`;
const AR_HTML = `<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-06"}</script></head><body>
  <h1>استئناف المحادثات في حمص</h1><p>استؤنفت المحادثات يوم الاثنين، وفق ما قال مسؤولون.</p></body></html>`;
const files = () => ({ en: { bytes: Buffer.from(EN_HTML), name: "en.html" }, ar: { bytes: Buffer.from(AR_HTML), name: "ar.html" } });

async function refusal(fn: () => unknown): Promise<ImportError> {
  try {
    await fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected a refusal");
}

describe("services/import-preview (real database file)", () => {
  it("previews without storing a document: paragraphs numbered, boilerplate and cut pieces marked, the dates and where from", async () => {
    const path = tempDbPath();
    const store = openSqliteStore(path);
    const { pendingId } = await previewImport(store, files(), { title: "" }, "ed");
    expect(store.countDocuments()).to.equal(0);
    const raw = (store.db.prepare("SELECT content FROM pending_imports WHERE id = ?").get(pendingId) as { content: string }).content;
    expect(raw, "what was read, not the file").to.not.include("<h1>").and.to.not.include("article:published_time\" content");
    store.close();

    const other = openSqliteStore(path);
    const view = importPreviewView(other, pendingId, "ed");
    if ("savedAs" in view) throw new Error("not saved yet");
    expect(view.title).to.equal("Talks resume in Homs");
    expect(view.titleAr).to.equal("استئناف المحادثات في حمص");
    expect(view.published).to.deep.equal({
      en: { date: "2024-03-05", source: { kind: "meta", key: "article:published_time" } },
      ar: { date: "2024-03-06", source: { kind: "json-ld" } },
    });
    const [en, ar] = view.editions;
    expect(en.paragraphs.length).to.equal(6);
    expect(en.paragraphs.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(en.paragraphs.filter((p) => p.cut).map((p) => p.number)).to.deep.equal([3, 4, 5]);
    expect(en.cut).to.equal(3);
    expect(en.paragraphs[5]?.boilerplate).to.equal("read-also");
    expect(en.paragraphs[2]?.shortened).to.equal(true);
    expect(ar.paragraphs.map((p) => p.text)).to.deep.equal(["استئناف المحادثات في حمص", "استؤنفت المحادثات يوم الاثنين، وفق ما قال مسؤولون."]);
    other.close();
  });

  it("saves once: the document with the form's date over the metadata's, then the same document again", async () => {
    const store = openSqliteStore(tempDbPath());
    const { pendingId } = await previewImport(store, files(), { title: "Homs", publishedEn: "2024-03-04" }, "ed");
    const saved = savePendingImport(store, pendingId, "ed", { dictionary: false });
    expect(saved.result?.published).to.deep.equal({ en: { date: "2024-03-04", source: { kind: "form" } }, ar: { date: "2024-03-06", source: { kind: "json-ld" } } });
    expect(store.getDocument(saved.id)).to.deep.include({ title: "Homs", publishedEn: "2024-03-04", publishedAr: "2024-03-06" });
    expect(store.getParagraphs(saved.id, "en")[5]?.boilerplate).to.equal("read-also");
    expect(savePendingImport(store, pendingId, "ed", { dictionary: false })).to.deep.equal({ id: saved.id, result: null });
    expect(store.countDocuments()).to.equal(1);
    expect(importPreviewView(store, pendingId, "ed")).to.deep.equal({ savedAs: saved.id });
    store.close();
  });

  it("refuses someone else's preview, an expired one and an unknown id, storing nothing", async () => {
    const store = openSqliteStore(tempDbPath());
    const { pendingId } = await previewImport(store, files(), {}, "ed");
    expect((await refusal(() => savePendingImport(store, pendingId, "mallory"))).code).to.equal("preview-not-yours");
    expect((await refusal(() => importPreviewView(store, pendingId, "mallory"))).code).to.equal("preview-not-yours");
    const later = new Date(Date.now() + PREVIEW_LIFETIME_MS + 60_000);
    expect((await refusal(() => savePendingImport(store, pendingId, "ed", { now: later }))).code).to.equal("preview-expired");
    expect((await refusal(() => importPreviewView(store, pendingId, "ed", later))).code).to.equal("preview-expired");
    for (const id of ["", "x", "no-such-pending-import-id", "../../etc/passwd", "a".repeat(10_000)]) {
      expect((await refusal(() => savePendingImport(store, id, "ed"))).code, id.slice(0, 20)).to.equal("preview-missing");
    }
    expect(store.countDocuments()).to.equal(0);
    store.close();
  });

  it("refuses files it cannot read before keeping anything", async () => {
    const store = openSqliteStore(tempDbPath());
    const error = await refusal(() => previewImport(store, { en: { bytes: Buffer.alloc(0), name: "en.txt" }, ar: files().ar }, {}, "ed"));
    expect(error.code).to.equal("empty");
    expect((store.db.prepare("SELECT COUNT(*) AS n FROM pending_imports").get() as { n: number }).n).to.equal(0);
    store.close();
  });
});
