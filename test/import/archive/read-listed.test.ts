/**
 * The listing reader over any file lookup: names tried in order (`"file"`, else .txt, .html, .htm,
 * .docx), unsafe `"file"` names refused, and the lookup's error kept for the article.
 */
import { expect } from "chai";
import { readListed, safeRelativeName } from "../../../server/import/archive/read-listed.js";
import { ArchiveCollector } from "../../../server/import/archive/archive-article.js";

describe("readListed", () => {
  it("asks for the named file or the usual names, and keeps a miss as the article's error", async () => {
    const asked: string[][] = [];
    const files = new Map([["a.htm", "<p>From an htm file, in English.</p>"], ["sub/b.txt", "Headline\nA paragraph in English.\n"]]);
    const c = new ArchiveCollector("en", "x");
    const listing = [
      JSON.stringify({ id: "a", date: "2019-01-01", title: "A" }),
      JSON.stringify({ id: "b", date: "2019-01-01", file: "sub/b.txt" }),
      JSON.stringify({ id: "c", date: "2019-01-01", file: "/etc/passwd" }),
      JSON.stringify({ id: "d", date: "2019-01-01" }),
    ].join("\n");
    await readListed(c, Buffer.from(listing), "x.jsonl", async (names) => {
      asked.push(names);
      const name = names.find((n) => files.has(n));
      return name === undefined ? { name: names[0] ?? "", code: "missing", params: {} } : { name, bytes: Buffer.from(files.get(name) ?? "") };
    });
    expect(asked).to.deep.equal([["a.txt", "a.html", "a.htm", "a.docx"], ["sub/b.txt"], ["d.txt", "d.html", "d.htm", "d.docx"]]);
    expect(c.articles.map((a) => [a.id, a.title, a.paragraphs])).to.deep.equal([["a", "A", ["From an htm file, in English."]], ["b", "Headline", ["A paragraph in English."]]]);
    expect(c.errors).to.deep.equal([{ name: "x.jsonl:3", code: "bad-file", params: { id: "c" } }, { name: "d.txt", code: "missing", params: {} }]);
  });

  it("refuses names that could leave the folder", () => {
    expect(["a/b.txt", "../a", "/a", "a//b", "C:x", "a\\b", "a\u0000"].map(safeRelativeName)).to.deep.equal(["a/b.txt", null, null, null, null, null, null]);
  });
});
