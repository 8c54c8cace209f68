import { expect } from "chai";
import { glossaryKeys, glossaryMatcher } from "../../../server/domain/archive/glossary-evidence.js";

describe("archive pairing: glossary entries as shared evidence", () => {
  const matcher = glossaryMatcher([
    { en: "Mohammed bin Salman", ar: "محمد بن سلمان" },
    { en: "Hodeidah", ar: "الحديدة" },
    { en: "Kuwait", ar: "الكويت" },
  ]);

  it("finds an entry's English form in English text, whatever its case, and a phrase only whole", () => {
    expect(glossaryKeys("Crown Prince MOHAMMED BIN SALMAN met envoys in Hodeidah.", "en", matcher).sort()).to.deep.equal(["g:hodeidah", "g:mohammed bin salman"]);
    expect(glossaryKeys("Mohammed Salman was not there.", "en", matcher)).to.deep.equal([]);
  });

  it("finds the Arabic form under clitics and the article, with the same key as the English", () => {
    const keys = glossaryKeys("التقى ولي العهد محمد بن سلمان مبعوثين في مدينة والحديدة وبالكويت.", "ar", matcher);
    expect(keys.sort()).to.deep.equal(["g:hodeidah", "g:kuwait", "g:mohammed bin salman"]);
    expect(glossaryKeys("الحديدة", "ar", matcher)).to.deep.equal(["g:hodeidah"]);
    expect(glossaryKeys("كان الطقس حارا في المدينة.", "ar", matcher)).to.deep.equal([]);
  });

  // Names made of letters (the tokeniser keeps words, not digits): 0 -> "aaa", 17 -> "aar".
  const letters = (k: number) => [676, 26, 1].map((d) => String.fromCharCode(97 + (Math.floor(k / d) % 26))).join("");

  it("tells apart many entries that begin with the same word, and leaves out entries too long to be names", () => {
    const many = glossaryMatcher([
      ...Array.from({ length: 2000 }, (_, k) => ({ en: `Gulf Company ${letters(k)}`, ar: `شركة الخليج ${letters(k)}` })),
      { en: "Gulf Cooperation Council", ar: "مجلس التعاون الخليجي" },
      { en: "one two three four five six seven eight nine", ar: "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة" },
    ]);
    expect(glossaryKeys(`The Gulf Cooperation Council and Gulf Company ${letters(17)} met.`, "en", many).sort()).to.deep.equal([`g:gulf company ${letters(17)}`, "g:gulf cooperation council"]);
    expect(glossaryKeys("one two three four five six seven eight nine", "en", many)).to.deep.equal([]);
  });

  it("finds nothing with an empty glossary or an entry without words", () => {
    expect(glossaryKeys("Hodeidah", "en", glossaryMatcher([]))).to.deep.equal([]);
    expect(glossaryKeys("Hodeidah ...", "en", glossaryMatcher([{ en: "...", ar: "الحديدة" }]))).to.deep.equal([]);
  });
});
