/**
 * The JSON-lines reader: html and text bodies in both languages, a broken line, a line without a
 * body and one with a bad date each reported with its line number while the rest is read.
 */
import { expect } from "chai";
import { jsonLines, readJsonLines } from "../../../server/import/archive/read-jsonl.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";
import { MAX_FILE_ERRORS } from "../../../server/import/archive/archive-article.js";
import { AR, EN } from "../../helpers/made-up-archive.js";
import { jsonLinesOf } from "../../helpers/archive-formats.js";

describe("readJsonLines", () => {
  it("reads html and text bodies, in English and in Arabic", async () => {
    const en = await readJsonLines(Buffer.from(jsonLinesOf(EN, "html")), "en.jsonl", "en");
    expect(en.format).to.equal("jsonl");
    expect(en.errors).to.deep.equal([]);
    expect(en.articles).to.deep.equal(EN.map((a) => ({ ...a, url: `https://example.org/${a.id}` })));
    const ar = await readJsonLines(Buffer.from(jsonLinesOf(AR, "text")), "ar.jsonl", "ar");
    expect(ar.articles.map((a) => [a.id, a.title, a.paragraphs])).to.deep.equal(AR.map((a) => [a.id, a.title, a.paragraphs]));
  });

  it("reports each bad line by number and reads the rest", async () => {
    const lines = jsonLinesOf(EN).trim().split("\n");
    const text = [lines[0], "{broken", JSON.stringify({ id: "x", date: "2019-02-30", text: "Some words here." }), "", JSON.stringify({ id: "y", date: "2019-03-01" }), lines[1], lines[0]].join("\n");
    const read = await readJsonLines(Buffer.from(text), "en.jsonl", "en");
    expect(read.articles.map((a) => a.id)).to.deep.equal(["en-budget", "en-floods"]);
    expect(read.errors).to.deep.equal([
      { name: "en.jsonl:2", code: "not-json", params: {} },
      { name: "en.jsonl:3", code: "bad-date", params: { id: "x" } },
      { name: "en.jsonl:5", code: "no-body", params: { id: "y" } },
      { name: "en.jsonl:7", code: "twice", params: { id: "en-budget" } },
    ]);
  });

  it("gives lines that are not UTF-8 or too long as problems, not values", () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n'), Buffer.from([0xff, 0xfe, 0x7b, 0x0a]), Buffer.from("x".repeat(50))]);
    expect([...jsonLines(bytes, 20)]).to.deep.equal([{ line: 1, value: { a: 1 } }, { line: 2, problem: "encoding" }, { line: 3, problem: "too-large" }]);
  });

  it("refuses a file of junk lines whole once MAX_FILE_ERRORS of them are reported", async () => {
    const lines = Buffer.from("not json\n".repeat(MAX_FILE_ERRORS + 1));
    try {
      await readJsonLines(lines, "junk.jsonl", "en");
      expect.fail("read");
    } catch (error) {
      expect(error).to.be.instanceOf(ArchiveError);
      expect((error as ArchiveError).code).to.equal("too-many-errors");
    }
    const fewer = await readJsonLines(Buffer.from("not json\n".repeat(MAX_FILE_ERRORS)), "junk.jsonl", "en");
    expect(fewer.errors).to.have.length(MAX_FILE_ERRORS);
  });
});
