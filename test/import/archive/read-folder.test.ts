/**
 * The folder reader on real files in a temporary folder: .txt, .html and .docx articles (the
 * latter two read by the edition importers), a listing with bad lines, a missing file, a file in
 * the wrong language and one too large, each reported by name while the rest is read.
 */
import { expect } from "chai";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readArchiveFolder } from "../../../server/import/archive/read-folder.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";
import { MAX_ARTICLE_BYTES } from "../../../server/import/archive/archive-article.js";
import { AR, EN } from "../../helpers/made-up-archive.js";
import { writeFolder } from "../../helpers/archive-formats.js";
import { makeDocx } from "../../helpers/make-docx.js";
import { tempDir } from "../../helpers/temp.js";

describe("readArchiveFolder", () => {
  it("reads the folder layout in both languages, headline from the file's first line", async () => {
    const dir = tempDir("archive-folder-");
    const en = await readArchiveFolder(writeFolder(dir, "en", EN), "en");
    expect(en.format).to.equal("folder");
    expect(en.errors).to.deep.equal([]);
    expect(en.articles).to.deep.equal(EN.map((a) => ({ ...a, url: null })));
    const ar = await readArchiveFolder(writeFolder(dir, "ar", AR) + "/", "ar");
    expect(ar.articles.map((a) => a.title)).to.deep.equal(AR.map((a) => a.title));
  });

  it("reads .html and .docx articles through the edition importers, titled by the listing", async () => {
    const dir = tempDir("archive-folder-");
    const folder = writeFolder(dir, "en", []);
    writeFileSync(join(folder, "a.html"), "<html><body><nav>Home</nav><p>First <b>bold</b> paragraph of the story.</p><p>Second paragraph.</p></body></html>");
    writeFileSync(join(folder, "b.docx"), await makeDocx(["A paragraph from Word.", "Another one."]));
    writeFileSync(join(dir, "en.jsonl"), [
      JSON.stringify({ id: "a", date: "2020-01-02", title: "From HTML", url: "https://example.org/a" }),
      JSON.stringify({ id: "b", date: "2020-01-03", title: "From Word" }),
    ].join("\n"));
    const read = await readArchiveFolder(folder, "en");
    expect(read.errors).to.deep.equal([]);
    expect(read.articles).to.deep.equal([
      { id: "a", date: "2020-01-02", title: "From HTML", url: "https://example.org/a", paragraphs: ["First bold paragraph of the story.", "Second paragraph."] },
      { id: "b", date: "2020-01-03", title: "From Word", url: null, paragraphs: ["A paragraph from Word.", "Another one."] },
    ]);
  });

  it("reports bad lines and bad files one by one, and reads the rest", async () => {
    const dir = tempDir("archive-folder-");
    const folder = writeFolder(dir, "en", EN, [
      "{not json",
      JSON.stringify({ id: "../escape", date: "2019-03-04" }),
      JSON.stringify({ id: "gone", date: "2019-03-04" }),
      JSON.stringify({ id: "arabic", date: "2019-03-04" }),
      JSON.stringify({ id: "huge", date: "2019-03-04" }),
      JSON.stringify({ id: "junk", date: "2019-03-04" }),
      JSON.stringify({ id: "esc", date: "2019-03-04", file: "../en.jsonl" }),
    ]);
    writeFileSync(join(folder, "arabic.txt"), "عنوان\nقال المجلس إن الميزانية أقرت.\n");
    writeFileSync(join(folder, "huge.txt"), "Title\n" + "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1));
    writeFileSync(join(folder, "junk.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 9]));
    const read = await readArchiveFolder(folder, "en");
    expect(read.articles.map((a) => a.id)).to.deep.equal(["en-budget", "en-floods"]);
    expect(read.errors.map((e) => [e.name.replace(dir, "DIR"), e.code])).to.deep.equal([
      ["DIR/en.jsonl:3", "not-json"],
      ["DIR/en.jsonl:4", "bad-id"],
      ["DIR/en/gone.txt", "unreadable"],
      ["DIR/en/arabic.txt", "wrong-language"],
      ["DIR/en/huge.txt", "too-large"],
      ["DIR/en/junk.txt", "binary"],
      ["DIR/en.jsonl:9", "bad-file"],
    ]);
    expect(read.errors[2]?.params).to.deep.equal({ detail: "ENOENT" });
  });

  it("refuses a folder without its listing with one coded error", async () => {
    const dir = tempDir("archive-folder-");
    try {
      await readArchiveFolder(join(dir, "nowhere"), "en");
      expect.fail("read");
    } catch (error) {
      expect(error).to.be.instanceOf(ArchiveError);
      expect((error as ArchiveError).code).to.equal("no-listing");
    }
  });
});
