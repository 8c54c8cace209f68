/** FreeDict's Arabic word counts: read from a dictd file (plain or compressed), once per process from Debian's. */
import { expect } from "chai";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { arabicWordCounts, readArabicWordCounts } from "../../server/services/arabic-word-counts.js";
import { FREEDICT_ENG_ARA } from "../../server/services/freedict.js";
import { tempDir } from "../helpers/temp.js";

describe("services/arabic-word-counts", () => {
  it("reads a compressed and a plain dictd file, and says null for none", () => {
    const dir = tempDir();
    const text = "city\n   مدينة ; بلدة\ntown\n   بلدة\n";
    writeFileSync(join(dir, "a.dict.dz"), gzipSync(text));
    writeFileSync(join(dir, "b.dict"), text);
    for (const f of ["a.dict.dz", "b.dict"]) expect(readArabicWordCounts(join(dir, f))?.get("بلدة")).to.equal(2);
    expect(readArabicWordCounts(join(dir, "missing.dict.dz"))).to.equal(null);
  });

  it("counts Debian's FreeDict once per process, where the aligner's dictionary is", function () {
    const counts = arabicWordCounts();
    if (!counts) throw new Error(`dict-freedict-eng-ara is not installed at ${FREEDICT_ENG_ARA}: scripts/ensure-test-tools.sh installs it`);
    expect(arabicWordCounts()).to.equal(counts);
    expect(counts.get("أكثر") ?? 0).to.be.above(counts.get("اكثر") ?? 0);
    expect(counts.size).to.be.above(10000);
  });
});
