import { expect } from "chai";
import JSZip from "jszip";
import { readZip } from "../../server/import/read-zip.js";
import { writeStoredZip } from "../../server/import/write-stored-zip.js";
import { makeDocx } from "../helpers/make-docx.js";

describe("writeStoredZip", () => {
  it("writes checked entries as an archive that JSZip and readZip read back byte for byte", async () => {
    const params = { side: "ar", name: "a.docx" };
    const entries = readZip(await makeDocx(["قال المجلس يوم الثلاثاء", "Hello"], { "word/média/ملف.xml": "<x/>" }), params);
    const written = writeStoredZip(entries);
    const zip = await JSZip.loadAsync(written);
    expect(Object.keys(zip.files).sort()).to.deep.equal(entries.map((e) => e.name).sort());
    for (const entry of entries) expect(Buffer.from(await zip.file(entry.name)!.async("uint8array")).equals(Buffer.from(entry.bytes))).to.equal(true);
    const again = readZip(written, params);
    expect(again.map((e) => [e.name, Buffer.from(e.bytes).toString("hex")])).to.deep.equal(entries.map((e) => [e.name, Buffer.from(e.bytes).toString("hex")]));
  });
});
