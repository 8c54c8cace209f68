/**
 * HTML pages: the paragraphs, and the publication date read from each kind of metadata a
 * newsroom's page carries (Open Graph, other <meta> names, schema.org JSON-LD, <time>), in order
 * of trust; hostile metadata (a huge or deeply nested JSON-LD, broken JSON, impossible dates)
 * gives no date and never an error (how fast: scripts/bench-import-preview.ts).
 */
import { expect } from "chai";
import { MAX_JSON_LD_CHARS, readHtml, readHtmlPage } from "../../server/import/read-html.js";

const TODAY = new Date("2026-12-01T12:00:00Z");
const page = (head: string, body = "<article><p>The council met on Tuesday.</p></article>") =>
  `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;
const dateOf = (html: string) => readHtmlPage(html, "en", "a.html", TODAY).published;

describe("import/read-html", () => {
  it("reads the paragraphs of the page, not its head or its scripts", () => {
    const html = page('<meta property="article:published_time" content="2024-03-05T10:00:00Z"><script type="application/ld+json">{"datePublished":"2020-01-01"}</script>');
    expect(readHtml(html)).to.deep.equal(["The council met on Tuesday."]);
    expect(readHtmlPage(html, "en", "a.html", TODAY).paragraphs).to.deep.equal(["The council met on Tuesday."]);
  });

  it("reads each common form of publication date, and names where it came from", () => {
    const cases: [string, string, { kind: string; key?: string }][] = [
      [page('<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">'), "2024-03-05", { kind: "meta", key: "article:published_time" }],
      [page('<meta property="og:published_time" content="2024-03-06">'), "2024-03-06", { kind: "meta", key: "og:published_time" }],
      [page('<meta name="date" content="2024-03-07">'), "2024-03-07", { kind: "meta", key: "date" }],
      [page('<meta name="pubdate" content="2024-03-08T01:00:00Z">'), "2024-03-08", { kind: "meta", key: "pubdate" }],
      [page('<meta name="DC.date.issued" content="2024-03-09">'), "2024-03-09", { kind: "meta", key: "dc.date.issued" }],
      [page('<meta itemprop="datePublished" content="2024-03-10">'), "2024-03-10", { kind: "meta", key: "datepublished" }],
      [page('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2024-03-11T08:00:00+02:00"}</script>'), "2024-03-11", { kind: "json-ld" }],
      [page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","datePublished":"2024-03-12"}]}</script>'), "2024-03-12", { kind: "json-ld" }],
      [page('<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2024-03-13"}]</script>'), "2024-03-13", { kind: "json-ld" }],
      [page("", '<p>Top story</p><time datetime="2020-01-01">old</time><article><time datetime="2024-03-14T09:00">14 March</time><p>Text.</p></article>'), "2024-03-14", { kind: "time" }],
      [page("", '<p>Text.</p><p>Posted <time datetime="2024-03-15">15 March</time></p>'), "2024-03-15", { kind: "time" }],
    ];
    for (const [html, date, source] of cases) expect(dateOf(html), html).to.deep.equal({ date, source });
  });

  it("trusts Open Graph over JSON-LD, JSON-LD over other <meta> names, and those over <time>", () => {
    const og = '<meta property="article:published_time" content="2024-01-01">';
    const ld = '<script type="application/ld+json">{"datePublished":"2024-01-02"}</script>';
    const named = '<meta name="date" content="2024-01-03">';
    const time = '<article><time datetime="2024-01-04"></time><p>Text.</p></article>';
    expect(dateOf(page(named + ld + og, time))?.date).to.equal("2024-01-01");
    expect(dateOf(page(named + ld, time))?.date).to.equal("2024-01-02");
    expect(dateOf(page(named, time))?.date).to.equal("2024-01-03");
    expect(dateOf(page("", time))?.date).to.equal("2024-01-04");
    expect(dateOf(page(""))).to.equal(null);
  });

  it("passes over a bad date to the next source, and gives none when every one is bad", () => {
    const bad = '<meta property="article:published_time" content="2024-02-31T10:00:00Z"><meta name="date" content="yesterday">';
    expect(dateOf(page(bad + '<meta name="pubdate" content="2024-02-28">'))).to.deep.equal({ date: "2024-02-28", source: { kind: "meta", key: "pubdate" } });
    expect(dateOf(page(bad + '<meta name="pubdate" content="2999-01-01">'))).to.equal(null);
    expect(dateOf(page('<script type="application/ld+json">{"datePublished": 20240305}</script>'))).to.equal(null);
  });

  it("survives hostile JSON-LD: broken, huge, deeply nested, wide, with junk types; other sources still count", () => {
    const deep = `${"[".repeat(50_000)}{"datePublished":"2024-05-05"}${"]".repeat(50_000)}`;
    const wide = `[${Array.from({ length: 20_000 }, () => '{"a":1}').join(",")},{"datePublished":"2024-05-06"}]`;
    const huge = `{"datePublished":"2024-05-07","padding":"${"x".repeat(MAX_JSON_LD_CHARS)}"}`;
    const nestedObjects = `${'{"a":'.repeat(30)}{"datePublished":"2024-05-08"}${"}".repeat(30)}`;
    const hostile = [
      "{not json", huge, deep, wide, nestedObjects, '{"datePublished":{"@value":"2024-05-09"}}', '{"datePublished":["2024-05-10"]}', "null", '"2024-05-11"', "",
    ];
    for (const script of hostile) {
      const html = page(`<script type="application/ld+json">${script}</script>`);
      expect(dateOf(html), script.slice(0, 40)).to.equal(null);
      expect(dateOf(page(`<script type="application/ld+json">${script}</script><meta name="date" content="2024-06-01">`))?.date).to.equal("2024-06-01");
    }
  });

  it("looks at no more than twenty JSON-LD scripts", () => {
    const junk = '<script type="application/ld+json">{"@type":"Thing"}</script>'.repeat(25);
    expect(dateOf(page(`${junk}<script type="application/ld+json">{"datePublished":"2024-07-01"}</script>`))).to.equal(null);
    expect(dateOf(page(`${junk.slice(0, junk.length / 25 * 5)}<script type="application/ld+json">{"datePublished":"2024-07-01"}</script>`))?.date).to.equal("2024-07-01");
  });

  it("parses no more than 300,000 characters of JSON-LD in one page, and skips scripts that do not name datePublished", () => {
    const padded = (date: string) => `<script type="application/ld+json">{"datePublished":"${date}","pad":"${"x".repeat(90_000)}"}</script>`;
    expect(dateOf(page(padded("junk").repeat(3) + padded("2024-08-01")))).to.equal(null);
    expect(dateOf(page(padded("junk").repeat(2) + padded("2024-08-01")))?.date).to.equal("2024-08-01");
    const unnamed = `<script type="application/ld+json">{"pad":"${"x".repeat(90_000)}"}</script>`;
    expect(dateOf(page(unnamed.repeat(10) + padded("2024-08-02")))?.date).to.equal("2024-08-02");
  });
});

