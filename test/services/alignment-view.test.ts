/**
 * The alignment view of a long document, on a real database file: one page holds at most PAGE_SIZE
 * rows and PAGE_CHARACTERS characters, the map always shows the whole document and leads to the page
 * of any row, a search is paged too, and findings whose paragraph changed since they were computed
 * are not shown until the background has recomputed them.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";
import { buildAlignmentView, explainSignals, PAGE_CHARACTERS, PAGE_SIZE, readRowFilter } from "../../server/services/alignment-view.js";
import { tempDbPath } from "../helpers/temp.js";

async function longDocument(paragraphs: number, text: (k: number) => string) {
  const store = openSqliteStore(tempDbPath());
  const en = Array.from({ length: paragraphs }, (_, k) => text(k)).join("\n");
  const ar = Array.from({ length: paragraphs }, (_, k) => `قال المتحدث إن المحادثات ستستمر في اليوم ${k + 1}.`).join("\n");
  const { id } = await importArticle(store, { en: { bytes: Buffer.from(en), name: "en.txt" }, ar: { bytes: Buffer.from(ar), name: "ar.txt" } }, { title: "Long" }, "tester", { dictionary: false });
  return { store, id };
}

describe("alignment view of a long document (real database file)", () => {
  it("opens on the page holding the row a link names (?row=N, from the findings grid), unless a page is named", async () => {
    const { store, id } = await longDocument(250, (k) => `The spokesman said the talks would go on on day ${k + 1}.`);
    expect(readRowFilter({ row: "150" })).to.deep.equal({ show: "all", q: "", page: undefined, row: 150 });
    expect(readRowFilter({ row: "x" })).to.deep.equal({ show: "all", q: "", page: 1 });
    const view = buildAlignmentView(store, id, readRowFilter({ row: "150" }))!;
    expect(view.paging.page).to.equal(2);
    expect(view.rows.map((r) => r.number)).to.include(150);
    expect(buildAlignmentView(store, id, readRowFilter({ row: "150", page: "3" }))!.paging.page, "a named page wins").to.equal(3);
    expect(buildAlignmentView(store, id, readRowFilter({ row: "99999" }))!.paging.page, "a row past the end: the first page").to.equal(1);
    store.close();
  });

  it("shows PAGE_SIZE rows a page, with links to the pages around it, and a map of the whole document", async () => {
    const { store, id } = await longDocument(250, (k) => `The spokesman said the talks would go on on day ${k + 1}.`);
    const first = buildAlignmentView(store, id, {})!;
    expect(first.rows).to.have.length(PAGE_SIZE);
    expect(first.paging).to.include({ page: 1, pages: 3, matching: 250, first: 1, last: PAGE_SIZE, prevHref: null });
    expect(first.paging.nextHref).to.equal("?show=all&page=2");
    expect(first.map.cells).to.have.length(250);
    expect(first.map.cells[10]?.href).to.equal("#row-11");
    expect(first.map.cells[149]?.href).to.equal("?show=all&page=2#row-150");
    const last = buildAlignmentView(store, id, { page: 3 })!;
    expect(last.rows.map((r) => r.number)).to.deep.equal(Array.from({ length: 50 }, (_, k) => 201 + k));
    expect(buildAlignmentView(store, id, { page: 99 })!.paging.page).to.equal(3, "a page past the end shows the last");
    const search = buildAlignmentView(store, id, { q: "day 2" })!;
    expect(search.rows.map((r) => r.number)).to.include.members([2, 20, 200]);
    expect(search.paging.pages).to.equal(1);
    store.close();
  });

  it("cuts pages by characters too, so one render stays bounded whatever the paragraphs' length", async () => {
    const long = "The delegations met again and agreed to continue the talks. ".repeat(300); // ~18,000 characters
    const { store, id } = await longDocument(20, (k) => `${long}(${k})`);
    const view = buildAlignmentView(store, id, {})!;
    const characters = view.rows.reduce((sum, r) => sum + [...r.en, ...r.ar].reduce((s, p) => s + p.text.length, 0), 0);
    expect(view.rows.length).to.be.below(20);
    expect(characters).to.be.at.most(PAGE_CHARACTERS);
    expect(view.paging.pages).to.be.greaterThan(1);
    store.close();
  });

  it("hides findings whose paragraph changed since they were computed, and says the checks are catching up", async () => {
    const { store, id } = await longDocument(3, (k) => (k === 1 ? "They met the the delegation." : `The talks went on, day ${k}.`));
    refreshFindings(store, id);
    const before = buildAlignmentView(store, id, {})!;
    expect(before.findingsPending).to.equal(false);
    expect(before.rows[1]?.findings.map((f) => f.checkId)).to.include("repeated-word");
    const paragraph = store.getParagraphs(id, "en")[1]!;
    store.editParagraph(paragraph.id, paragraph.version, "They met the delegation.", "editor");
    const after = buildAlignmentView(store, id, {})!;
    expect(after.findingsPending).to.equal(true);
    expect(after.rows[1]?.findings.filter((f) => f.lang === "en")).to.deep.equal([]);
    store.close();
  });

  it("writes why-this-pair and the findings in the reader's language: Arabic-Indic digits, month names, no raw anchors", async () => {
    const { store, id } = await longDocument(3, (k) => (k === 1 ? "They met the the delegation on 12 July." : `The talks went on, day ${k + 1}.`));
    refreshFindings(store, id);
    const ar = buildAlignmentView(store, id, {}, "ar")!;
    const en = buildAlignmentView(store, id, {}, "en")!;
    const whyAr = ar.rows.flatMap((r) => r.why.map((w) => `${w.label}: ${w.value ?? ""}`)).join("\n");
    const whyEn = en.rows.flatMap((r) => r.why.map((w) => `${w.label}: ${w.value ?? ""}`)).join("\n");
    expect(whyAr).to.include("نسبة الطول");
    expect(whyAr).to.match(/[٠-٩]/u);
    expect(whyAr, "no Western digits, no anchor keys").to.not.match(/[0-9]|\b[nmd]:/u);
    expect(whyEn).to.include("Length ratio");
    expect(whyEn).to.match(/[0-9]/u);
    const message = ar.rows[1]?.findings.find((f) => f.checkId === "repeated-word")?.message;
    expect(message).to.be.a("string").and.include("«the»");
    store.close();
  });

  it("names the months and weekdays behind a pair, and lists numbers in the reader's digits", () => {
    const signals = { shape: "1-1", numbersShared: ["45000", "2017"], datesShared: ["m:7", "d:5"], lexiconEn: 0.673, lexiconAr: 0.5, positionDrift: 0.04 };
    expect(explainSignals(signals, "ar")).to.deep.equal([
      { label: "أرقام في الجانبين", value: "٤٥٬٠٠٠، ٢٠١٧" },
      { label: "تواريخ في الجانبين", value: "يوليو، الجمعة" },
      { label: "كلمات وُجدت مترجمة (الإنجليزية / العربية)", value: "٦٧٪ / ٥٠٪" },
      { label: "البعد عن القطر", value: "٤٪" },
    ]);
    expect(explainSignals(signals, "en").map((w) => w.value)).to.deep.equal(["45,000, 2017", "July, Friday", "67% / 50%", "4%"]);
  });
});
