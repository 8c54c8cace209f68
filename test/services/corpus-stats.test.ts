import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
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
});
