import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { corpusStats } from "../../server/services/corpus-stats.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن المحادثات مستمرة.\nوأضاف أن الوفدين سيلتقيان مجددًا.\n";

describe("corpus-wide name consistency (real database)", () => {
  it("flags a spelling the corpus writes otherwise, from the corpus's own usage", async () => {
    const store = openSqliteStore(tempDbPath());
    // Three articles spell the town Talbiseh; a fourth writes Talbisseh.
    for (let k = 0; k < 3; k++) {
      await importArticle(store, { en: { bytes: Buffer.from(`Fighting near Talbiseh went on, a spokesman said on day ${k}.\nThe delegations from Talbiseh will meet again.\n`), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: `Talbiseh ${k}` }, "tester");
    }
    const { id } = await importArticle(store, { en: { bytes: Buffer.from("Fighting near Talbisseh went on, a spokesman said.\nThe delegations will meet again.\n"), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Variant" }, "tester");
    refreshFindings(store, id);
    const findings = store.listFindings({ documentId: id, checkId: "corpus-name-consistency" });
    expect(findings.map((f) => [f.excerpt, f.suggestion])).to.deep.equal([["Talbisseh", "Talbiseh"]]);
    store.close();
  });

  describe("the figures kept between documents", () => {
    const article = (town: string, k: number) => ({
      en: { bytes: Buffer.from(`Fighting near ${town} went on, a spokesman said on day ${k}.\nThe delegations from ${town} will meet again, said officials.\n`), name: "en.txt" },
      ar: { bytes: Buffer.from(AR), name: "ar.txt" },
    });
    const plain = (stats: ReturnType<typeof corpusStats>) => ({ spellings: [...stats.spellings].sort(), words: [...(stats.words ?? [])].sort() });

    it("adds documents made since the last count to the figures, equal to counting them all again", async () => {
      const path = tempDbPath();
      const store = openSqliteStore(path);
      await importArticle(store, article("Talbiseh", 0), { title: "first" }, "tester");
      const before = plain(corpusStats(store));
      expect(before.spellings).to.deep.include(["Talbiseh", 2]);
      for (let k = 1; k <= 3; k++) await importArticle(store, article(k === 3 ? "Rastan" : "Talbiseh", k), { title: `more ${k}` }, "tester");
      const added = plain(corpusStats(store));
      const recounted = openSqliteStore(path); // a store of its own: nothing kept, every document counted
      expect(added).to.deep.equal(plain(corpusStats(recounted)));
      expect(added.spellings).to.deep.include(["Talbiseh", 6]);
      expect(added.spellings).to.deep.include(["Rastan", 2]);
      expect(added.words).to.deep.include(["officials", 4]);
      recounted.close();
      store.close();
    });

    it("counts again from nothing when a document is removed: its words leave the figures", async () => {
      const store = openSqliteStore(tempDbPath());
      await importArticle(store, article("Talbiseh", 0), { title: "kept" }, "tester");
      const { id } = await importArticle(store, article("Rastan", 1), { title: "removed" }, "tester");
      expect(plain(corpusStats(store)).spellings).to.deep.include(["Rastan", 2]);
      store.deleteDocument(id, "tester", new Date().toISOString());
      const after = plain(corpusStats(store));
      expect(after.spellings.map(([word]) => word)).to.not.include("Rastan");
      expect(after.words).to.deep.include(["officials", 1]);
      store.close();
    });

    it("sees at once a document deleted and another imported by another instance, the count left as it was", async () => {
      const path = tempDbPath();
      const a = openSqliteStore(path); // instance A, where the editors work
      const b = openSqliteStore(path); // instance B, whose checks read the figures
      await importArticle(a, article("Talbiseh", 0), { title: "kept" }, "tester");
      const { id } = await importArticle(a, article("Rastan", 1), { title: "removed" }, "tester");
      expect(plain(corpusStats(b)).spellings).to.deep.include(["Rastan", 2]);
      a.deleteDocument(id, "tester", new Date().toISOString());
      await importArticle(a, article("Qusayr", 2), { title: "new" }, "tester");
      expect(b.countDocuments(), "as many documents as before").to.equal(2);
      const seen = plain(corpusStats(b));
      expect(seen.spellings.map(([word]) => word)).to.include("Qusayr").and.not.include("Rastan");
      const recounted = openSqliteStore(path);
      expect(seen).to.deep.equal(plain(corpusStats(recounted)));
      for (const s of [a, b, recounted]) s.close();
    });
  });
});
