/**
 * The readers' entrance: each archive file told by its content, not its name (a ZIP named .xml, a
 * WXR named .zip), whatever is none of them (binary junk, HTML, a CSV) refused with one code, and
 * damaged archives of every format (bytes changed, cut short) read or refused, never a crash.
 */
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { readArchiveBytes, sniffArchiveFormat } from "../../../server/import/archive/read-archive.js";
import { ArchiveError } from "../../../server/import/archive/archive-error.js";
import { EN } from "../../helpers/made-up-archive.js";
import { AR } from "../../helpers/made-up-archive.js";
import { folderZip, jsonLinesOf, wxrDocument, wxrItem } from "../../helpers/archive-formats.js";
import { randomInt, seededRandom } from "../../../scripts/seeded-random.js";

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readArchiveBytes({ name: "upload", bytes }, "en");
  } catch (error) {
    if (error instanceof ArchiveError) return error.code;
    throw error;
  }
  return "read";
}

describe("readArchiveBytes", () => {
  it("tells the format by content and reads each", async () => {
    const files = [
      { name: "archive.xml", bytes: folderZip("en", EN), format: "zip" },
      { name: "archive.zip", bytes: Buffer.from(wxrDocument(EN.map((a, k) => wxrItem(a, k + 1)), "1.0")), format: "wxr" },
      { name: "archive.txt", bytes: Buffer.from("\uFEFF" + jsonLinesOf(EN)), format: "jsonl" },
    ];
    for (const file of files) {
      const read = await readArchiveBytes(file, "en");
      expect(read.format, file.name).to.equal(file.format);
      expect(read.errors, file.name).to.deep.equal([]);
      expect(read.articles.map((a) => a.paragraphs), file.name).to.deep.equal(EN.map((a) => a.paragraphs));
    }
  });

  it("refuses binary junk, an HTML page, RSS that is not WordPress's and a CSV", async () => {
    const junk = randomBytes(4096);
    junk[0] = 0; // never "<", "{" or "PK" by chance
    expect(await refusal(junk)).to.equal("unknown-format");
    expect(await refusal(Buffer.from("<html><body><p>Hello</p></body></html>"))).to.equal("unknown-format");
    expect(await refusal(Buffer.from('<rss version="2.0"><channel></channel></rss>'))).to.equal("unknown-format");
    expect(await refusal(Buffer.from("id,date,title\n1,2019-01-01,x\n"))).to.equal("unknown-format");
    expect(sniffArchiveFormat(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).to.equal("zip");
  });

  it("reads or refuses with a coded error every damaged archive, never throwing anything else", async () => {
    const random = seededRandom(14);
    const originals = [folderZip("ar", AR), Buffer.from(wxrDocument(AR.map((a, k) => wxrItem(a, k + 1)))), Buffer.from(jsonLinesOf(AR, "html"))];
    let refused = 0;
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.from(originals[round % originals.length] as Buffer);
      for (let n = randomInt(random, 1, 8); n > 0; n--) bytes[randomInt(random, 0, bytes.length - 1)] = randomInt(random, 0, 255);
      const cut = round % 5 === 0 ? bytes.subarray(0, randomInt(random, 1, bytes.length)) : bytes;
      try {
        const read = await readArchiveBytes({ name: `damaged-${round}`, bytes: cut }, "ar");
        for (const a of read.articles) expect(a.paragraphs.length).to.be.greaterThan(0);
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw new Error(`round ${round}: ${String(error)}`);
        refused++;
      }
    }
    // Most damage to a ZIP is caught by its checksums; XML and JSON lines often survive with one line or item fewer.
    expect(refused).to.be.greaterThan(50);
  });
});
