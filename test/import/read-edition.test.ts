import { expect } from "chai";
import { readEdition, readEditionPair } from "../../server/import/read-edition.js";
import { ImportError } from "../../server/import/import-error.js";
import { makeDocx } from "../helpers/make-docx.js";
import { MAX_PARAGRAPH_LENGTH } from "../../server/domain/segment/limits.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error("expected the import to be refused");
}

describe("readEdition", () => {
  it("reads plain text: one paragraph per non-blank line", async () => {
    const edition = await readEdition(utf8("\uFEFFFirst line.\r\n\r\n  Second line.  \n"), "a.txt", "en");
    expect(edition).to.deep.equal({ paragraphs: ["First line.", "Second line."], format: "text", cut: [], published: null });
  });

  it("reads HTML blocks and drops scripts, styles and navigation", async () => {
    const html = `<!doctype html><html><head><title>t</title><style>p{}</style></head><body>
      <nav><p>Home | World</p></nav><h1>The title</h1><script>alert(1)</script>
      <p>First <b>bold</b> paragraph.</p><ul><li>An item</li></ul><blockquote>A quote</blockquote>
      <p>Line one<br>Line two</p><footer><p>Copyright</p></footer></body></html>`;
    const edition = await readEdition(utf8(html), "a.html", "en");
    expect(edition.paragraphs).to.deep.equal(["The title", "First bold paragraph.", "An item", "A quote", "Line one", "Line two"]);
  });

  it("keeps markup as text when it was escaped in the source, and never returns markup", async () => {
    const edition = await readEdition(utf8("<p>Use &lt;script&gt; wisely</p><p onclick='x()'>Click</p>"), "a.html", "en");
    expect(edition.paragraphs).to.deep.equal(["Use <script> wisely", "Click"]);
  });

  it("reads DOCX paragraphs", async () => {
    const docx = await makeDocx(["عنوان المقال", "الفقرة الأولى من النص."]);
    const edition = await readEdition(docx, "a.docx", "ar");
    expect(edition).to.deep.equal({ paragraphs: ["عنوان المقال", "الفقرة الأولى من النص."], format: "docx", cut: [], published: null });
  });

  const refusals: [string, () => [Buffer, string, "en" | "ar"], string][] = [
    ["an empty file", () => [Buffer.alloc(0), "e.txt", "en"], "empty"],
    ["blank lines only", () => [utf8("\n  \n\t\n"), "e.txt", "en"], "empty"],
    ["a binary file", () => [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]), "b.txt", "en"], "binary"],
    ["Latin-1 text", () => [Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"), "l.txt", "en"], "encoding"],
    ["Windows-1256 Arabic", () => [Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9]), "w.txt", "ar"], "encoding"],
    ["Arabic given as English", () => [utf8("هذا نص عربي كامل."), "x.txt", "en"], "wrong-language"],
    ["English given as Arabic", () => [utf8("This is English text."), "x.txt", "ar"], "wrong-language"],
    ["a 50 MB file", () => [Buffer.alloc(50 * 1024 * 1024, 0x61), "big.txt", "en"], "too-large"],
    ["a broken DOCX", () => [Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100)]), "d.docx", "en"], "malformed-docx"],
  ];
  for (const [what, input, code] of refusals) {
    it(`refuses ${what} with "${code}"`, async () => {
      const [bytes, name, side] = input();
      const error = await rejection(readEdition(bytes, name, side));
      expect(error.code).to.equal(code);
    });
  }

  it("refuses a DOCX whose parts would unpack to far more than any article", async () => {
    const docx = await makeDocx(["Text."], { "word/bomb.xml": "a".repeat(120 * 1024 * 1024) });
    const error = await rejection(readEdition(docx, "bomb.docx", "en"));
    expect(error.code).to.equal("archive-too-large");
  });

  describe("paragraphs longer than an editor may type", () => {
    const sentence = "The council said on Tuesday that the ceasefire in Homs had held for a week. ";
    const longText = sentence.repeat(Math.ceil(1024 * 1024 / sentence.length)).trim();

    it("cuts a 1 MB one-paragraph text file at sentence ends into about 50 paragraphs, losing no text", async () => {
      const edition = await readEdition(utf8(longText), "long.txt", "en");
      expect(edition.paragraphs.length).to.be.within(50, 60);
      for (const p of edition.paragraphs) expect(p.length).to.be.at.most(MAX_PARAGRAPH_LENGTH);
      expect(edition.paragraphs.every((p) => p.endsWith("."))).to.equal(true);
      expect(edition.paragraphs.join(" ")).to.equal(longText);
    });

    it("cuts a long DOCX paragraph the same way", async () => {
      const text = longText.slice(0, 100_000).trim();
      const edition = await readEdition(await makeDocx(["Title", text]), "long.docx", "en");
      expect(edition.paragraphs[0]).to.equal("Title");
      expect(edition.paragraphs.length).to.be.above(5);
      for (const p of edition.paragraphs) expect(p.length).to.be.at.most(MAX_PARAGRAPH_LENGTH);
      expect(edition.paragraphs.slice(1).join(" ")).to.equal(text);
      // The title was not cut; every piece of the long paragraph is named as cut, for the preview.
      expect(edition.cut).to.deep.equal(edition.paragraphs.slice(1).map((_p, k) => k + 1));
    });

    it("refuses a word longer than the limit, in English and in Arabic files", async () => {
      const en = await rejection(readEdition(utf8(`Some text. ${"a".repeat(MAX_PARAGRAPH_LENGTH + 1)} more.`), "word.txt", "en"));
      expect(en.code).to.equal("word-too-long");
      expect(en.params).to.deep.include({ side: "en", name: "word.txt", limit: MAX_PARAGRAPH_LENGTH });
      const ar = await rejection(readEdition(utf8(`نص. ${"ب".repeat(MAX_PARAGRAPH_LENGTH + 1)}`), "word.txt", "ar"));
      expect(ar.code).to.equal("word-too-long");
    });
  });

  it("names swapped files as swapped", async () => {
    const error = await rejection(readEditionPair({ bytes: utf8("نص عربي."), name: "ar.txt" }, { bytes: utf8("English text."), name: "en.txt" }));
    expect(error.code).to.equal("swapped-languages");
  });
});
