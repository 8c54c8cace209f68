import { expect } from "chai";
import { readZip, DEFAULT_ZIP_LIMITS, type ZipEntry } from "../../server/import/read-zip.js";
import { ImportError } from "../../server/import/import-error.js";
import { deflatedZeros, docxEntries, localHeader, makeDocx, makeZip, rawEntry, type RawEntry } from "../helpers/make-docx.js";

const PARAMS = { side: "en", name: "x.zip" };

function refusal(bytes: Uint8Array, limits = DEFAULT_ZIP_LIMITS): string {
  try {
    readZip(bytes, PARAMS, limits);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.params).to.include(PARAMS);
    return error.code;
  }
  return "read";
}

function text(entries: ZipEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [e.name, Buffer.from(e.bytes).toString("utf8")]));
}

/** The honest DOCX entries with one of them changed. */
function withEntry(k: number, change: (e: RawEntry) => RawEntry): RawEntry[] {
  return docxEntries(["Hello world."]).map((e, j) => (j === k ? change(e) : e));
}

describe("readZip", () => {
  it("reads an archive written by JSZip, part for part", async () => {
    const entries = readZip(await makeDocx(["Hello world.", "قال المجلس"]), PARAMS);
    expect(entries.map((e) => e.name)).to.deep.equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    expect(text(entries)["word/document.xml"]).to.include("قال المجلس");
  });

  it("reads stored and deflated entries, and leaves directories out", () => {
    const zip = makeZip([rawEntry("a/", "", 0), rawEntry("a/b.txt", "stored text", 0), rawEntry("a/c.txt", "deflated text ".repeat(50))]);
    expect(text(readZip(zip, PARAMS))).to.deep.equal({ "a/b.txt": "stored text", "a/c.txt": "deflated text ".repeat(50) });
  });

  const doc = 2; // word/document.xml in docxEntries
  const lies: [string, () => Buffer][] = [
    ["a declared size smaller than the data (in both headers)", () => makeZip(withEntry(doc, (e) => ({ ...e, size: e.size - 1, local: { size: e.size - 1 } })))],
    ["a declared size larger than the data", () => makeZip(withEntry(doc, (e) => ({ ...e, size: e.size + 1, local: { size: e.size + 1 } })))],
    ["a wrong CRC-32", () => makeZip(withEntry(doc, (e) => ({ ...e, crc: e.crc ^ 1, local: { crc: e.crc ^ 1 } })))],
    ["a local size other than the central one", () => makeZip(withEntry(doc, (e) => ({ ...e, local: { size: e.size + 7 } })))],
    ["a local name other than the central one", () => makeZip(withEntry(doc, (e) => ({ ...e, local: { name: "word/other.xml" } })))],
    ["a local method other than the central one", () => makeZip(withEntry(0, (e) => ({ ...e, local: { method: 0 } })))],
    ["an offset that points at no local header", () => makeZip(withEntry(doc, (e) => ({ ...e, offset: 3 })))],
    ["a stored entry whose sizes differ", () => makeZip([{ ...rawEntry("a.txt", "abcdef", 0), size: 3, local: { size: 3 } }])],
    [
      "two entries sharing bytes (an overlapping-files bomb)",
      () => {
        const inner = rawEntry("b.txt", "inner text");
        const covering = Buffer.concat([localHeader(inner), inner.data]);
        const outer = rawEntry("a.txt", covering, 0);
        return makeZip([outer, { ...inner, offset: 30 + "a.txt".length, centralOnly: true }]);
      },
    ],
  ];
  for (const [what, zip] of lies) it(`refuses ${what} as a lying archive`, () => expect(refusal(zip())).to.equal("archive-lies"));

  it("refuses an entry that inflates to far more than it declares, having inflated no more than declared", () => {
    const zeros = deflatedZeros(200);
    const started = Date.now();
    expect(refusal(makeZip([{ ...rawEntry("z.bin", ""), data: zeros.data, compressed: zeros.data.length }]))).to.equal("archive-lies");
    expect(Date.now() - started).to.be.below(1000);
  });

  it("refuses a truncated deflate stream as a broken archive", () => {
    const entry = rawEntry("a.txt", "some text that deflates ".repeat(100));
    const data = entry.data.subarray(0, Math.floor(entry.data.length / 2));
    expect(refusal(makeZip([{ ...entry, data, compressed: data.length }]))).to.equal("malformed-archive");
  });

  it("refuses declared sizes that add up to more than the limit, before inflating anything", () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxUnpacked: 1000 };
    expect(refusal(makeZip([rawEntry("a.txt", "a".repeat(600)), rawEntry("b.txt", "b".repeat(600))]), limits)).to.equal("archive-too-large");
    expect(refusal(makeZip([{ ...rawEntry("a.txt", "a"), size: 0xffffffff }]))).to.equal("archive-too-large");
  });

  it("refuses an honest entry compressed more than 200 times over", () => {
    const zeros = deflatedZeros(50, true);
    const bomb: RawEntry = { ...rawEntry("z.bin", ""), data: zeros.data, compressed: zeros.data.length, size: zeros.size, crc: zeros.crc };
    expect(refusal(makeZip([bomb]))).to.equal("archive-ratio");
  });

  it("refuses more entries than the limit, counted or declared", () => {
    const many = Array.from({ length: 30 }, (_, k) => rawEntry(`p${k}.txt`, "x", 0));
    expect(refusal(makeZip(many), { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 })).to.equal("archive-entries");
    expect(refusal(makeZip(many.slice(0, 2), { count: 0xffff }))).to.equal("archive-entries");
  });

  const names: [string, string][] = [
    ["a parent folder", "../evil.xml"],
    ["a parent folder inside", "word/../../evil.xml"],
    ["an absolute path", "/etc/passwd"],
    ["a backslash", "word\\document.xml"],
    ["a drive letter", "C:evil.xml"],
    ["an empty segment", "word//document.xml"],
    ["a NUL", "word/doc\u0000.xml"],
    ["a line break", "word/doc\n.xml"],
    ["a name of 2,000 bytes", `${"a".repeat(2000)}.xml`],
  ];
  for (const [what, name] of names) {
    it(`refuses an entry name with ${what}`, () => expect(refusal(makeZip([rawEntry("ok.xml", "x"), rawEntry(name, "y")]))).to.equal("archive-entry-name"));
  }

  it("refuses two entries with the same name, in any case", () => {
    expect(refusal(makeZip([rawEntry("word/document.xml", "x"), rawEntry("Word/Document.xml", "y")]))).to.equal("archive-entry-name");
  });

  it("refuses a name that is not UTF-8", () => {
    const entry = rawEntry("ab.xml", "x");
    const zip = makeZip([entry]);
    // Patch the name's first byte in both headers to 0xFF.
    zip[30] = 0xff;
    zip[30 + entry.name.length + entry.data.length + 46] = 0xff;
    expect(refusal(zip)).to.equal("archive-entry-name");
  });

  const broken: [string, () => Uint8Array][] = [
    ["no end of central directory", () => Buffer.from("PK\x03\x04 not really a zip")],
    ["nothing at all", () => new Uint8Array(0)],
    ["an encrypted entry", () => makeZip([{ ...rawEntry("a.txt", "x"), flags: 1 }])],
    ["a method other than stored or deflate", () => makeZip([{ ...rawEntry("a.txt", "x"), method: 12 }])],
    ["bytes after the end record", () => Buffer.concat([makeZip([rawEntry("a.txt", "x")]), Buffer.from("trailing")])],
  ];
  for (const [what, zip] of broken) it(`refuses ${what} as a broken archive`, () => expect(refusal(zip())).to.equal("malformed-archive"));
});
