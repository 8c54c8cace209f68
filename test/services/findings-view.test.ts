/**
 * The findings grid's read on a real database file: each finding in its sentence with the span
 * marked, both sides of its row, the row number the alignment view shows and a link to it, names
 * and messages in the reader's language; filters and order from the query string, kept in the
 * pager links; paging; "pending" while some document's findings are stale. It never writes.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { buildFindingsGrid, gridQueryString, PAGE_SIZE, readGridFilter } from "../../server/services/findings-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { tempDbPath } from "../helpers/temp.js";

const AR = "قال المتحدث إن الهيئة العليا للمفاوضات ستجتمع مجددًا.\nوأضاف أن الوفدين سيلتقيان الأسبوع المقبل.\n";
const EN = "The spokesman said the Negotiations Committee would meet again, and the Negotiations Committee agreed.\nHe added that the Negotiating Committee would meet next week. Talks went on.\n";

async function storeWithFindings() {
  const store = openSqliteStore(tempDbPath());
  const { id } = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Talks" }, "tester", { dictionary: false });
  return { store, id };
}

describe("findings grid view (real database file)", () => {
  it("reads its filter from the query string, refusing what it does not know, and writes it back without defaults", () => {
    const filter = readGridFilter({ status: "dismissed", check: "naming-consistency", severity: "warning", document: "3", from: "2024-01-01", to: "bad", sort: "severity", page: "2" });
    expect(filter).to.deep.equal({ status: "dismissed", check: "naming-consistency", severity: "warning", document: 3, from: "2024-01-01", to: "", sort: "severity", page: 2 });
    expect(readGridFilter({ status: "x", check: "<script>", severity: "fatal", document: "-1", sort: "random", page: "0" })).to.deep.equal(
      { status: "open", check: "", severity: "", document: null, from: "", to: "", sort: "document", page: 1 },
    );
    expect(gridQueryString(filter, 3)).to.equal("status=dismissed&check=naming-consistency&severity=warning&document=3&from=2024-01-01&sort=severity&page=3");
    expect(gridQueryString(readGridFilter({}), 1)).to.equal("");
  });

  it("shows each finding in its sentence, its row's two sides, its row number and link, in the reader's language", async () => {
    const { store, id } = await storeWithFindings();
    const en = translatorFor("en");
    expect(buildFindingsGrid(store, readGridFilter({}), en, "en").pending, "not yet computed").to.equal(true);
    refreshFindings(store, id);
    const grid = buildFindingsGrid(store, readGridFilter({}), en, "en");
    expect(grid.pending).to.equal(false);
    expect(grid.total).to.equal(store.listFindings({}).length);
    const naming = grid.lines.find((l) => l.checkId === "naming-consistency")!;
    expect(naming.checkName).to.equal(en("checks.naming-consistency.name"));
    expect(naming.message).to.not.match(/^checks\./u);
    expect(naming.context).to.deep.equal({ before: "He added that the ", span: "Negotiating Committee", after: " would meet next week.", cutBefore: false, cutAfter: false });
    // Row 2 of the alignment view holds the second paragraph of each side.
    expect(naming.row).to.equal(2);
    expect(naming.href).to.equal(`/documents/${id}?row=2#row-2`);
    expect(naming.en).to.equal("He added that the Negotiating Committee would meet next week. Talks went on.");
    expect(naming.ar).to.equal("وأضاف أن الوفدين سيلتقيان الأسبوع المقبل.");
    expect(naming.statusLabel).to.equal("Open");
    expect(naming.open && naming.consistency).to.equal(true);
    // Document order: rows in order.
    const rows = grid.lines.map((l) => l.row ?? 0);
    expect(rows).to.deep.equal([...rows].sort((a, b) => a - b));

    const ar = translatorFor("ar");
    const arabic = buildFindingsGrid(store, readGridFilter({ check: "naming-consistency" }), ar, "ar");
    expect(arabic.lines.map((l) => l.checkId)).to.deep.equal(["naming-consistency"]);
    expect(arabic.lines[0]!.checkName).to.equal(ar("checks.naming-consistency.name"));
    expect(arabic.lines[0]!.statusLabel).to.equal("مفتوحة");
    expect(buildFindingsGrid(store, readGridFilter({ document: String(id + 1) }), en, "en").total).to.equal(0);
    store.close();
  });

  it("pages the findings, keeping the filter in every pager link", async () => {
    const { store, id } = await storeWithFindings();
    refreshFindings(store, id);
    const total = store.listFindings({}).length;
    // Enough documents for more than one page.
    for (let k = 0; k * total < PAGE_SIZE + 5; k++) {
      const more = await importArticle(store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: `Talks ${k}` }, "tester", { dictionary: false });
      refreshFindings(store, more.id);
    }
    const en = translatorFor("en");
    const first = buildFindingsGrid(store, readGridFilter({ sort: "check" }), en, "en");
    expect(first.lines).to.have.length(PAGE_SIZE);
    expect(first.paging.nextHref).to.equal("/findings?sort=check&page=2");
    expect(first.paging.prevHref).to.equal(null);
    const second = buildFindingsGrid(store, readGridFilter({ sort: "check", page: "2" }), en, "en");
    expect(second.paging.prevHref).to.equal("/findings?sort=check");
    expect(second.paging.first).to.equal(PAGE_SIZE + 1);
    const ids = new Set([...first.lines, ...second.lines].map((l) => l.id));
    expect(ids.size, "no finding on two pages").to.equal(first.lines.length + second.lines.length);
    const checks = [...first.lines, ...second.lines].map((l) => l.checkId);
    expect(checks).to.deep.equal([...checks].sort());
    // A page past the end shows the last.
    const past = buildFindingsGrid(store, readGridFilter({ sort: "check", page: "999" }), en, "en");
    expect(past.paging.page).to.equal(past.paging.pages);
    store.close();
  });
});
