/**
 * The collector every reader shares: ids kept as given but bounded and unique, dates real days,
 * titles from the listing or the file's first line, url or null, and a file's refusal by the
 * edition importer kept as that file's error.
 */
import { expect } from "chai";
import { ArchiveCollector, MAX_ARTICLES, MAX_ID_LENGTH } from "../../../server/import/archive/archive-article.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("ArchiveCollector", () => {
  it("checks ids and dates, and keeps ids as given", () => {
    const c = new ArchiveCollector("en", "a", new Date("2024-01-01T00:00:00Z"));
    const rows: [unknown, unknown][] = [
      ["Story 1/ü", "2019-03-04"], [42, "2019-03-04"], ["x".repeat(MAX_ID_LENGTH + 1), "2019-03-04"], [" padded", "2019-03-04"],
      ["Story 1/ü", "2019-03-05"], ["d1", "2019-02-29"], ["d2", "1850-01-01"], ["d3", "2026-01-01"], ["d4", 20190304],
    ];
    const checked = rows.map(([id, date], k) => c.checkMeta({ id, date, title: "  A   title ", url: k === 0 ? "https://example.org/a" : 7 }, `line ${k}`));
    expect(checked[0]).to.deep.equal({ id: "Story 1/ü", date: "2019-03-04", title: "A title", url: "https://example.org/a" });
    expect(checked[1]?.id).to.equal("42");
    expect(checked[1]?.url).to.equal(null);
    expect(checked.slice(2).every((m) => m === null)).to.equal(true);
    expect(c.errors.map((e) => e.code)).to.deep.equal(["bad-id", "bad-id", "twice", "bad-date", "bad-date", "bad-date", "bad-date"]);
  });

  it("takes the headline of a .txt from its first line, and the listing's title otherwise", async () => {
    const c = new ArchiveCollector("ar", "a");
    const meta = (id: string, title: string | null) => ({ id, date: "2019-03-04", title, url: null });
    await c.add(meta("t", "عنوان القائمة"), { name: "t.txt", bytes: bytes("عنوان الملف\nالفقرة الأولى.\nالفقرة الثانية.\n"), headlineFirst: true });
    await c.add(meta("h", "عنوان القائمة"), { name: "h.html", bytes: bytes("<h1>العنوان</h1><p>الفقرة.</p>"), headlineFirst: false });
    await c.add(meta("n", null), { name: "n.html", bytes: bytes("<h1>العنوان</h1><p>الفقرة.</p>"), headlineFirst: false });
    expect(c.articles.map((a) => [a.title, a.paragraphs])).to.deep.equal([
      ["عنوان الملف", ["الفقرة الأولى.", "الفقرة الثانية."]],
      ["عنوان القائمة", ["العنوان", "الفقرة."]],
      ["العنوان", ["الفقرة."]],
    ]);
  });

  it("keeps the edition importer's refusal as the file's error, labelled", async () => {
    const c = new ArchiveCollector("en", "a");
    const meta = { id: "x", date: "2019-03-04", title: null, url: null };
    await c.add(meta, { name: "x.txt", bytes: bytes("Only a headline\n"), headlineFirst: true, label: "a.jsonl:3" });
    await c.add(meta, { name: "x.txt", bytes: Buffer.from([0xc3, 0x28, 0x41]), headlineFirst: true });
    await c.add(meta, { name: "x.docx", bytes: bytes("PK not really"), headlineFirst: false });
    expect(c.errors).to.deep.equal([
      { name: "a.jsonl:3", code: "no-paragraphs", params: {} },
      { name: "x.txt", code: "encoding", params: {} },
      { name: "x.docx", code: "malformed-docx", params: {} },
    ]);
  });

  it("refuses the whole archive past its article bound (MAX_ARTICLES by default)", () => {
    const c = new ArchiveCollector("en", "many.jsonl", new Date(), { articles: 3, errors: 100 });
    for (let k = 0; k < 3; k++) expect(c.checkMeta({ id: `a${k}`, date: "2019-01-01" }, "x")).to.not.equal(null);
    expect(() => c.checkMeta({ id: "a3", date: "2019-01-01" }, "x")).to.throw(ArchiveError).with.property("code", "too-many-articles");
    expect(MAX_ARTICLES).to.be.at.least(40_000);
  });
});
