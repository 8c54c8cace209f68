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

  it("finds nothing with an empty glossary or an entry without words", () => {
    expect(glossaryKeys("Hodeidah", "en", glossaryMatcher([]))).to.deep.equal([]);
    expect(glossaryKeys("Hodeidah ...", "en", glossaryMatcher([{ en: "...", ar: "الحديدة" }]))).to.deep.equal([]);
  });
});
