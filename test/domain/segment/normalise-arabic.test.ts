import { expect } from "chai";
import { normaliseArabic, toAsciiDigits } from "../../../server/domain/segment/normalise-arabic.js";

describe("normaliseArabic", () => {
  const cases: [string, string, string][] = [
    ["alef with hamza above and below, madda and wasla", "أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"],
    ["ta marbuta", "الدار الكبيرة", "الدار الكبيره"],
    ["alef maqsura", "على مستوى", "علي مستوي"],
    ["tatweel", "عـــنب", "عنب"],
    ["diacritics", "مُعَجَّلٌ", "معجل"],
    ["hamza on waw and yeh, lone hamza", "مؤتمر رئيس سماء", "موتمر رييس سما"],
    ["Arabic-Indic digits", "١٢١٧٤", "12174"],
    ["Persian digits", "۱۲۳", "123"],
  ];
  for (const [name, input, expected] of cases) {
    it(`folds ${name}`, () => expect(normaliseArabic(input)).to.equal(expected));
  }

  it("leaves Latin text alone", () => expect(normaliseArabic("Ahrar al-Sham 2017")).to.equal("Ahrar al-Sham 2017"));

  it("keeps UTF-16 offsets when folding digits", () => {
    const text = "عدد ١٢١٧٤ معتقلًا";
    expect(toAsciiDigits(text)).to.have.length(text.length);
  });
});
