import { expect } from "chai";
import { formatGlossary, GlossaryFormatError, parseGlossary } from "../../../server/domain/glossary/parse-glossary.js";

const entry = (ar: string, en: string, kind = "term", note = "") => ({ ar, en, kind, note });

describe("glossary TSV", () => {
  it("defuses every cell that would start a spreadsheet formula", () => {
    const table: [string, string][] = [
      ["=1+1", "'=1+1"], ["+971", "'+971"], ["-x", "'-x"], ["@me", "'@me"], ["\tx", " x"], ["a=b", "a=b"], ["حمص", "حمص"], ["", ""],
    ];
    for (const [cell, written] of table) {
      const [, line] = formatGlossary([entry("ع", "e", "term", cell)]).split("\n");
      expect(line, JSON.stringify(cell)).to.equal(`ع\te\tterm\t${written}`);
    }
    expect(formatGlossary([entry("=ع", "@e", "+k", "-n")])).to.equal("ar\ten\tkind\tnote\n'=ع\t'@e\t'+k\t'-n\n");
  });

  it("keeps one line per entry and drops control characters", () => {
    expect(formatGlossary([entry("ع\nب", "a\tb\r\nc\u0007", "term", "x")])).to.equal("ar\ten\tkind\tnote\nع ب\ta b c\tterm\tx\n");
  });

  it("reads its own export back as the same entries", () => {
    const entries = [entry("=حلب", "+Aleppo", "place", "-5"), entry("إدلب", "@Idlib", "place", "'quoted"), entry("حمص", "Homs")];
    expect(parseGlossary(formatGlossary(entries))).to.deep.equal(entries);
  });

  it("reports lines without both forms by number", () => {
    expect(() => parseGlossary("ar\ten\nحمص\t\n\tHoms\n")).to.throw(GlossaryFormatError).with.property("lines").that.deep.equals([2, 3]);
  });
});
