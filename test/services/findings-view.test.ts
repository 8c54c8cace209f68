/**
 * The findings page's read on a real database file: findings grouped by check with their
 * messages in the reader's language, the consistency checks marked (they offer "apply
 * everywhere"), filters, and "pending" while some document's findings are stale. It never writes.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { buildFindingsView } from "../../server/services/findings-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week.\n";

describe("findings view (real database file)", () => {
  it("groups findings by check, largest first, with translated names and messages, and marks pending work", async () => {
    const store = openSqliteStore(tempDbPath());
    const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Talks" }, "tester", { dictionary: false });
    const en = translatorFor("en");
    expect(buildFindingsView(store, {}, en).pending, "not yet computed").to.equal(true);
    refreshFindings(store, id);
    const view = buildFindingsView(store, {}, en);
    expect(view.pending).to.equal(false);
    expect(view.total).to.equal(view.groups.reduce((n, g) => n + g.count, 0));
    expect(view.groups.map((g) => g.count)).to.deep.equal([...view.groups.map((g) => g.count)].sort((a, b) => b - a));
    const naming = view.groups.find((g) => g.checkId === "naming-consistency");
    expect(naming?.consistency).to.equal(true);
    expect(naming?.name).to.equal(en("checks.naming-consistency.name"));
    expect(naming?.findings[0]?.original).to.equal("Negotiating Committee");
    expect(naming?.findings[0]?.message).to.not.match(/^checks\./u);
    expect(view.checks.map((c) => c.id)).to.include("naming-consistency");

    const only = buildFindingsView(store, { checkId: "naming-consistency", documentId: id }, translatorFor("ar"));
    expect(only.groups.map((g) => g.checkId)).to.deep.equal(["naming-consistency"]);
    expect(only.groups[0]?.name).to.equal(translatorFor("ar")("checks.naming-consistency.name"));
    expect(buildFindingsView(store, { documentId: id + 1 }, en).total).to.equal(0);
    store.close();
  });
});
