/**
 * The ZIP reader: a ZIP of the folder layout (listing beside the folder, or both in one top
 * folder), a missing article file reported, and ZIPs refused whole: one that lies about its
 * contents, one that declares more than the archive bound unpacked, one with no listing.
 */
import { expect } from "chai";
import { readZipArchive } from "../../../server/import/archive/read-zip-archive.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";
import { writeStoredZip } from "../../../server/import/write-stored-zip.js";
import { AR, EN } from "../../helpers/made-up-archive.js";
import { articleText, folderZip, listingLines } from "../../helpers/archive-formats.js";

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readZipArchive(bytes, "x.zip", "en");
  } catch (error) {
    if (error instanceof ArchiveError) return error.code;
    throw error;
  }
  return "read";
}

describe("readZipArchive", () => {
  it("reads a ZIP of the folder layout in both languages", async () => {
    const en = await readZipArchive(folderZip("en", EN), "en.zip", "en");
    expect(en.format).to.equal("zip");
    expect(en.errors).to.deep.equal([]);
    expect(en.articles).to.deep.equal(EN.map((a) => ({ ...a, url: null })));
    const ar = await readZipArchive(folderZip("ar", AR), "ar.zip", "ar");
    expect(ar.articles.map((a) => a.id)).to.deep.equal(AR.map((a) => a.id));
  });

  it("finds the listing in one top folder, and reports an article the ZIP lacks", async () => {
    const zip = writeStoredZip([
      { name: "export/en.jsonl", bytes: Buffer.from([...listingLines(EN), JSON.stringify({ id: "lost", date: "2019-03-04" })].join("\n")) },
      ...EN.map((a) => ({ name: `export/en/${a.id}.txt`, bytes: Buffer.from(articleText(a)) })),
    ]);
    const read = await readZipArchive(zip, "en.zip", "en");
    expect(read.articles.map((a) => a.id)).to.deep.equal(EN.map((a) => a.id));
    expect(read.errors).to.deep.equal([{ name: "en.zip/export/en/lost.txt", code: "missing", params: {} }]);
  });

  it("refuses a lying ZIP, one too large unpacked and one without a listing", async () => {
    const honest = folderZip("en", EN);
    const lying = Buffer.from(honest);
    // The first entry's data starts after its 30-byte header and name: one byte changed, the CRC-32 no longer matches.
    const at = 30 + "en.jsonl".length;
    lying.writeUInt8(lying.readUInt8(at) ^ 0x20, at);
    expect(await refusal(lying)).to.equal("archive-lies");
    const huge = Buffer.from(honest);
    const central = huge.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    huge.writeUInt32LE(0xfffffff0, central + 24);
    expect(await refusal(huge)).to.equal("archive-too-large");
    expect(await refusal(writeStoredZip([{ name: "notes.txt", bytes: Buffer.from("hello") }]))).to.equal("no-listing");
  });
});
