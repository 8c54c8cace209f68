import { expect } from "chai";
import { readFileSync } from "node:fs";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { checkImportDates, importArticle } from "../../server/services/import-article.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";
import { ImportError } from "../../server/import/import-error.js";
import { tempDbPath } from "../helpers/temp.js";
import { SAMPLE_AR, SAMPLE_EN, sampleGold } from "../helpers/sample.js";

function tableCounts(db: ReturnType<typeof openSqliteStore>["db"]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of ["documents", "paragraphs", "beads", "bead_paragraphs", "history"]) {
    out[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}

describe("importArticle (real database file)", () => {
  it("imports the sample pair and reads back its gold alignment, boilerplate marked", async () => {
    const path = tempDbPath();
    const store = openSqliteStore(path);
    await loadSampleCorpus(store);
    store.close();

    const reopened = openSqliteStore(path);
    const [doc] = reopened.listDocuments();
    expect(doc?.title).to.equal("‘De-escalation’ in Northern Homs: What Does It Hide?");
    const beads = reopened.getBeads(doc?.id ?? 0);
    expect(beads.map((b) => [b.en, b.ar])).to.deep.equal(sampleGold().map((b) => [b.en, b.ar]));
    const en = reopened.getParagraphs(doc?.id ?? 0, "en");
    expect(en[2]?.boilerplate).to.equal("duplicate");
    expect(en[38]?.boilerplate).to.equal("appeal");
    expect(reopened.listGlossary().some((g) => g.en === "Ahrar al-Sham")).to.equal(true);
    expect(reopened.db.pragma("journal_mode", { simple: true })).to.equal("wal");
    reopened.close();
  });

  const bad: [string, Buffer][] = [
    ["empty", Buffer.alloc(0)],
    ["binary", Buffer.from([0, 1, 2, 3, 255, 254, 0, 0])],
    ["Latin-1", Buffer.from("r\xe9sum\xe9 of the talks", "latin1")],
    ["Arabic as English", readFileSync(SAMPLE_AR)],
    ["50 MB", Buffer.alloc(50 * 1024 * 1024, 0x41)],
  ];
  for (const [what, bytes] of bad) {
    it(`leaves the database unchanged when the English file is ${what}`, async () => {
      const store = openSqliteStore(tempDbPath());
      await loadSampleCorpus(store);
      const before = tableCounts(store.db);
      let error: unknown = null;
      try {
        await importArticle(store, { en: { bytes, name: "en.txt" }, ar: { bytes: readFileSync(SAMPLE_AR), name: "ar.txt" } }, {}, "tester");
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ImportError);
      expect(tableCounts(store.db)).to.deep.equal(before);
      store.close();
    });
  }

  it("imports the same pair twice as two documents", async () => {
    const store = openSqliteStore(tempDbPath());
    const files = { en: { bytes: readFileSync(SAMPLE_EN), name: "en.txt" }, ar: { bytes: readFileSync(SAMPLE_AR), name: "ar.txt" } };
    const a = await importArticle(store, files, { title: "A" }, "tester");
    const b = await importArticle(store, files, { title: "B" }, "tester");
    expect(a.id).to.not.equal(b.id);
    expect(store.countDocuments()).to.equal(2);
    expect(store.getHistory(b.id)[0]?.action).to.equal("import");
    store.close();
  });

  it("stores the HTML metadata's publication date when none is given, and the given one over it", async () => {
    const store = openSqliteStore(tempDbPath());
    const html = (lang: string, text: string) => Buffer.from(`<html lang="${lang}"><head><meta property="article:published_time" content="2024-03-05T22:00:00-05:00"></head><body><p>${text}</p></body></html>`);
    const files = { en: { bytes: html("en", "The talks resumed on Monday."), name: "en.html" }, ar: { bytes: html("ar", "استؤنفت المحادثات يوم الاثنين."), name: "ar.html" } };
    const found = await importArticle(store, files, {}, "tester", { dictionary: false });
    expect(found.published.en).to.deep.equal({ date: "2024-03-05", source: { kind: "meta", key: "article:published_time" } });
    expect(store.getDocument(found.id)).to.deep.include({ publishedEn: "2024-03-05", publishedAr: "2024-03-05" });
    const given = await importArticle(store, files, { publishedAr: "2024-03-06" }, "tester", { dictionary: false });
    expect(given.published.ar).to.deep.equal({ date: "2024-03-06", source: { kind: "form" } });
    expect(store.getDocument(given.id)).to.deep.include({ publishedEn: "2024-03-05", publishedAr: "2024-03-06" });
    store.close();
  });

  it("checks the dates an editor types: empty is none, a bad or far-future day is refused naming its edition", () => {
    const today = new Date("2026-12-01T00:00:00Z");
    expect(checkImportDates({ enDate: "", arDate: undefined }, today)).to.deep.equal({});
    expect(checkImportDates({ enDate: "2024-03-05", arDate: " 2024-03-06 " }, today)).to.deep.equal({ publishedEn: "2024-03-05", publishedAr: "2024-03-06" });
    const refused = (fields: { enDate?: string; arDate?: string }) => {
      try {
        checkImportDates(fields, today);
      } catch (error) {
        expect(error).to.be.instanceOf(ImportError);
        return { code: (error as ImportError).code, params: (error as ImportError).params };
      }
      throw new Error("expected a refusal");
    };
    expect(refused({ enDate: "2024-02-30" })).to.deep.equal({ code: "bad-date", params: { side: "en", limit: "2027-12-02" } });
    expect(refused({ arDate: "2030-01-01" })).to.deep.equal({ code: "future-date", params: { side: "ar", limit: "2027-12-02" } });
  });
});
