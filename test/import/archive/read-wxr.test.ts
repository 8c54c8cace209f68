/**
 * The WordPress export reader on a real-shaped WXR sample: published posts only (a draft, an
 * attachment and a page left out), CDATA bodies with blank-line paragraphs, an entity in a title,
 * both languages; a DOCTYPE declaring entities and broken XML refused whole.
 */
import { expect } from "chai";
import { readWxr, wordpressParagraphs } from "../../../server/import/archive/read-wxr.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";
import { AR, EN } from "../../helpers/made-up-archive.js";
import { wxrDocument, wxrItem } from "../../helpers/archive-formats.js";

const bytes = (text: string) => Buffer.from(text, "utf8");

async function refusal(text: string): Promise<ArchiveError> {
  try {
    await readWxr(bytes(text), "site.xml", "en");
  } catch (error) {
    if (error instanceof ArchiveError) return error;
    throw error;
  }
  throw new Error("read");
}

describe("readWxr", () => {
  it("reads published posts, leaving out drafts, attachments and pages", async () => {
    const [budget, floods] = EN as [typeof EN[0], typeof EN[0]];
    const titled = { ...budget, title: "Budget &amp; schools" };
    const xml = wxrDocument([
      wxrItem(titled, 101),
      wxrItem(floods, 102, { status: "draft", gmt: "0000-00-00 00:00:00" }),
      wxrItem(floods, 103, { type: "attachment", status: "inherit" }),
      wxrItem(floods, 104, { type: "page" }),
      wxrItem(floods, 105),
    ]);
    const read = await readWxr(bytes(xml), "site.xml", "en");
    expect(read.format).to.equal("wxr");
    expect(read.errors).to.deep.equal([]);
    expect(read.articles.map((a) => a.id)).to.deep.equal(["101", "105"]);
    const [first] = read.articles;
    // escapeXml wrote "&amp;amp;": one level of entity decoded, as an XML parser must.
    expect(first?.title).to.equal("Budget &amp; schools");
    expect(first?.date).to.equal(budget.date);
    expect(first?.url).to.equal("https://example.org/?p=101");
    expect(first?.paragraphs).to.deep.equal(budget.paragraphs);
  });

  it("reads an Arabic export of version 1.1, with the date from pubDate when the GMT date is zero", async () => {
    const xml = wxrDocument(AR.map((a, k) => wxrItem(a, 7 + k, { gmt: "0000-00-00 00:00:00" })), "1.1");
    const read = await readWxr(bytes(xml), "ar.xml", "ar");
    expect(read.articles.map((a) => [a.id, a.title, a.date])).to.deep.equal(AR.map((a, k) => [String(7 + k), a.title, "2019-03-04"]));
    expect(read.articles[0]?.paragraphs).to.deep.equal(AR[0]?.paragraphs);
  });

  it("reports a post in the wrong language, one with no date and a repeated id, and reads the rest", async () => {
    const [budget, floods] = EN as [typeof EN[0], typeof EN[0]];
    const xml = wxrDocument([wxrItem(AR[0] as typeof EN[0], 1), wxrItem(budget, 2, { gmt: "garbage" }), wxrItem(floods, 3), wxrItem(budget, 3)]);
    const noDates = xml.replace(/<pubDate>[^<]*<\/pubDate>/gu, "<pubDate></pubDate>").replace(/<wp:post_date><!\[CDATA\[2019-03-04[^\]]*\]\]>/u, "<wp:post_date><![CDATA[never]]>");
    const read = await readWxr(bytes(noDates), "site.xml", "en");
    expect(read.articles.map((a) => a.id)).to.deep.equal(["3"]);
    expect(read.errors.map((e) => e.code)).to.deep.equal(["wrong-language", "bad-date", "twice"]);
    for (const e of read.errors) expect(e.name).to.match(/^site\.xml:\d+$/u);
  });

  it("refuses a DOCTYPE that declares entities, broken XML and RSS that is not a WordPress export", async () => {
    const bomb = wxrDocument([wxrItem(EN[0] as typeof EN[0], 1)]).replace("<rss", '<!DOCTYPE rss [<!ENTITY a "aaaaaaaa">]>\n<rss');
    expect((await refusal(bomb)).code).to.equal("entities");
    const broken = await refusal(wxrDocument([wxrItem(EN[0] as typeof EN[0], 1)]).replace("</channel>", ""));
    expect(broken.code).to.equal("malformed-xml");
    expect(broken.params).to.include.keys("line", "column");
    expect((await refusal('<?xml version="1.0"?><rss><channel></channel></rss>')).code).to.equal("unknown-format");
  });

  it("turns WordPress's blank-line paragraphs into paragraphs, leaving blocks alone", () => {
    expect(wordpressParagraphs("One\n\nTwo\nlines\r\n\r\n<h2>Head</h2>")).to.equal("<p>One</p>\n<p>Two<br>\nlines</p>\n<h2>Head</h2>");
  });
});
