/**
 * The findings grid's SQL on a real database file: filters, the orders and OFFSET paging, counts,
 * the one query for the shown rows' text (bounded windows, row numbers as the alignment view
 * numbers rows), and the fixed and dismissed lists (a dismissal listed while it stands).
 */
import { expect } from "chai";
import { openStore } from "../../server/store/open-store.js";
import type { FindingInput, Store } from "../../server/store/types.js";
import { testStoreLocation } from "../helpers/test-store.js";

const p = (text: string) => ({ text, boilerplate: null });

function seed(): { store: Store; a: number; b: number } {
  const store = openStore(testStoreLocation());
  const make = (title: string, published: string) => store.createDocument({
    title, publishedEn: published, en: [p("Intro."), p(`${"x".repeat(1000)} The tow sides met. ${"y".repeat(1000)}`)], ar: [p("مقدمة."), p("التقى الطرفان.")],
    beads: [{ en: [0], ar: [0], score: 0.9, signals: { shape: "1-1" } }, { en: [1], ar: [1], score: 0.9, signals: { shape: "1-1" } }],
  }, "tester");
  const a = make("Alpha", "2024-01-10");
  const b = make("Beta", "2024-03-05");
  for (const id of [a, b]) {
    const en = store.getParagraphs(id, "en");
    const beads = store.getBeads(id);
    const finding = (checkId: string, severity: FindingInput["severity"], k: number): FindingInput => ({
      beadId: beads[1]!.id, paragraphId: en[1]!.id, checkId, severity, side: "en", start: 1005 + k, end: 1008 + k, params: {}, suggestion: "two", textHash: "h", excerpt: en[1]!.text.slice(1005 + k, 1008 + k),
    });
    store.replaceFindings(id, [finding("real-word", "warning", 0), finding("repeated-word", "error", 1), finding("spelling", "info", 2)], store.getDocument(id)!.version);
  }
  return { store, a, b };
}

describe("findings grid repository (real database file)", () => {
  it("filters, orders and pages in SQL, and counts with the same filter", () => {
    const { store, a, b } = seed();
    const base = { status: "open" as const, sort: "document" as const, limit: 100, offset: 0 };
    expect(store.countGridFindings({ status: "open" })).to.equal(6);
    expect(store.listGridFindings(base).map((r) => r.documentId)).to.deep.equal([a, a, a, b, b, b]);
    expect(store.listGridFindings({ ...base, sort: "severity" }).map((r) => r.severity)).to.deep.equal(["error", "error", "warning", "warning", "info", "info"]);
    expect(store.listGridFindings({ ...base, sort: "check" }).map((r) => r.checkId)).to.deep.equal(["real-word", "real-word", "repeated-word", "repeated-word", "spelling", "spelling"]);
    expect(store.listGridFindings({ ...base, sort: "date" })[0]!.documentId, "newest document first").to.equal(b);
    expect(store.listGridFindings({ ...base, checkId: "spelling", documentId: b }).map((r) => [r.checkId, r.documentId])).to.deep.equal([["spelling", b]]);
    expect(store.countGridFindings({ status: "open", severity: "error" })).to.equal(2);
    expect(store.countGridFindings({ status: "open", from: "2024-02-01" })).to.equal(3);
    expect(store.countGridFindings({ status: "open", to: "2024-02-01" })).to.equal(3);
    const pages = [0, 2, 4].map((offset) => store.listGridFindings({ ...base, limit: 2, offset }).map((r) => r.id));
    expect(pages.flat()).to.deep.equal(store.listGridFindings(base).map((r) => r.id));
    expect(store.listGridFindings(base)[0]!.documentTitle).to.equal("Alpha");
    store.close();
  });

  it("reads the shown rows' text in bounded windows, with the row number the alignment view shows", () => {
    const { store } = seed();
    const rows = store.listGridFindings({ status: "open", sort: "document", limit: 3, offset: 0 });
    const context = store.readGridContext(rows);
    const span = context.find((c) => c.kind === "span" && c.key === 0)!;
    expect(span.offset).to.equal(1005 - 300);
    expect(span.text.length).to.equal(3 + 600);
    expect(span.text.slice(300, 303)).to.equal("tow");
    expect(span.length).to.equal(store.getParagraph(rows[0]!.paragraphId!)!.text.length);
    const row = context.filter((c) => c.kind === "row");
    expect(row.map((c) => [c.side, c.rowNumber])).to.deep.equal([["ar", 2], ["en", 2]]);
    expect(row.find((c) => c.side === "en")!.text.length).to.equal(400);
    expect(store.readGridContext([])).to.deep.equal([]);
    store.close();
  });

  it("lists fixed findings and standing dismissals, each with who and when", () => {
    const { store, a } = seed();
    const [first, second] = store.listFindings({ documentId: a });
    store.recordFindingOutcome(first!, "fixed", "editor");
    expect(store.getFinding(first!.id), "a fixed finding leaves the open list").to.equal(null);
    store.dismissFinding(a, { lang: "en", checkId: second!.checkId, textHash: second!.textHash, start: second!.start, end: second!.end }, "editor");
    store.recordFindingOutcome(second!, "dismissed", "editor");
    const fixed = store.listGridFindings({ status: "fixed", sort: "recent", limit: 10, offset: 0 });
    expect(fixed.map((r) => [r.checkId, r.user, r.status])).to.deep.equal([[first!.checkId, "editor", "fixed"]]);
    expect(fixed[0]!.at).to.match(/^\d{4}-\d{2}-\d{2}T/u);
    expect(store.countGridFindings({ status: "dismissed" })).to.equal(1);
    expect(store.countGridFindings({ status: "open" })).to.equal(4);
    store.close();
  });
});
