import { expect } from "chai";
import { readFileSync } from "node:fs";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
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
});
