/**
 * The DOCX importer against archives that lie: a document whose headers declare a few kilobytes
 * while its deflate stream holds 1.5 GB of zeros (built here, about 1.5 MB) is refused quickly,
 * without the memory ever being taken, through the real importer (readEdition → read-zip → mammoth).
 * The figures are printed: refusal time and RSS before and after.
 */
import { expect } from "chai";
import { readEdition } from "../../server/import/read-edition.js";
import { ImportError } from "../../server/import/import-error.js";
import { deflatedZeros, docxEntries, makeZip, type RawEntry } from "../helpers/make-docx.js";

const MB = 1024 * 1024;

async function refusalOf(work: Promise<unknown>): Promise<ImportError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A DOCX whose main part, word/document.xml (the one part every converter reads), truly inflates
 * to 1.5 GB but declares `declared` bytes. (Handed to mammoth directly, as before read-zip.ts, this
 * file took 9.6 s and 1.6 GB of RSS before JSZip noticed the size mismatch after inflating it all.)
 */
function lyingDocx(declared: number, where: "both" | "central"): Buffer {
  const zeros = deflatedZeros(1536);
  const entries = docxEntries(["A short article that is not what it seems."]).filter((e) => e.name !== "word/document.xml");
  const bomb: RawEntry = { name: "word/document.xml", data: zeros.data, method: 8, flags: 0, crc: 0, size: declared, compressed: zeros.data.length };
  if (where === "central") bomb.local = { size: 1536 * MB };
  return makeZip([...entries, bomb]);
}

describe("readDocx against lying archives", () => {
  it("still reads an honest DOCX written byte by byte", async () => {
    const edition = await readEdition(makeZip(docxEntries(["First paragraph.", "Second paragraph."])), "a.docx", "en");
    expect(edition).to.deep.equal({ paragraphs: ["First paragraph.", "Second paragraph."], format: "docx", cut: [], published: null });
  });

  it("refuses a DOCX declaring 4 KB that inflates to 1.5 GB within 2 s, and gives the memory back", async function () {
    this.timeout(20000);
    const docx = lyingDocx(4096, "both");
    expect(docx.length).to.be.below(2 * MB);
    collect();
    const before = process.memoryUsage().rss;
    const started = process.hrtime.bigint();
    const error = await refusalOf(readEdition(docx, "lying.docx", "en"));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    collect();
    const after = process.memoryUsage().rss;
    console.log(`      lying DOCX (${(docx.length / MB).toFixed(2)} MB declaring 4 KB, holding 1.5 GB): refused "${error.code}" in ${elapsed.toFixed(1)} ms; RSS ${(before / MB).toFixed(0)} MB before, ${(after / MB).toFixed(0)} MB after${typeof (globalThis as { gc?: unknown }).gc === "function" ? " (after gc)" : ""}`);
    expect(error.code).to.equal("archive-lies");
    expect(error.params).to.deep.include({ side: "en", name: "lying.docx" });
    expect(elapsed).to.be.below(2000);
    expect(after - before).to.be.below(100 * MB);
  });

  it("refuses it too when only the central directory lies", async () => {
    const error = await refusalOf(readEdition(lyingDocx(4096, "central"), "lying.docx", "ar"));
    expect(error.code).to.equal("archive-lies");
  });

  it("refuses it when it declares its true 1.5 GB, before inflating anything", async () => {
    const started = Date.now();
    const error = await refusalOf(readEdition(lyingDocx(1536 * MB, "both"), "bomb.docx", "en"));
    expect(error.code).to.equal("archive-too-large");
    expect(Date.now() - started).to.be.below(2000);
  });
});
