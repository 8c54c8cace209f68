/**
 * How values are written in each language: numbers in Arabic-Indic digits with Arabic separators
 * in Arabic and Western digits in English (a year without a separator), lists with the language's
 * comma, quotations in « » or “ ”, month and weekday names; and i18next writing every number it
 * interpolates this way while leaving strings (text as written) alone.
 */
import { expect } from "chai";
import { formatListIn, formatNumberIn, formatValue, monthNameIn, quoteIn, weekdayNameIn } from "../../server/i18n/format-value.js";
import { translatorFor } from "../../server/i18n/translate.js";

describe("format-value", () => {
  const NUMBERS: [unknown, string, string][] = [
    [0, "0", "٠"],
    [7, "7", "٧"],
    [2024, "2024", "٢٠٢٤"],
    [45000, "45,000", "٤٥٬٠٠٠"],
    [0.73, "0.73", "٠٫٧٣"],
    [3.14159, "3.14", "٣٫١٤"],
    ["12", "12", "١٢"],
    ["", "", ""],
    ["twelve", "", ""],
    [Number.NaN, "", ""],
    [null, "", ""],
  ];
  for (const [value, en, ar] of NUMBERS) {
    it(`writes ${JSON.stringify(value)} as "${en}" in English and "${ar}" in Arabic`, () => {
      expect(formatNumberIn("en", value)).to.equal(en);
      expect(formatNumberIn("ar", value)).to.equal(ar);
    });
  }

  it("lists values with the language's comma, numbers among them in its digits", () => {
    expect(formatListIn("en", [25, 2017, "Homs"])).to.equal("25, 2017, Homs");
    expect(formatListIn("ar", [25, 2017, "Homs"])).to.equal("٢٥، ٢٠١٧، Homs");
  });

  it("quotes in « » in Arabic and “ ” in English", () => {
    expect(quoteIn("ar", "الحكومة")).to.equal("«الحكومة»");
    expect(quoteIn("en", "government")).to.equal("“government”");
  });

  it("names months and weekdays (Monday is 1), and nothing for a number out of range", () => {
    expect(monthNameIn("en", 7)).to.equal("July");
    expect(monthNameIn("ar", 7)).to.equal("يوليو");
    expect(monthNameIn("ar", 13)).to.equal("");
    expect(weekdayNameIn("en", 1)).to.equal("Monday");
    expect(weekdayNameIn("ar", 5)).to.equal("الجمعة");
    expect(weekdayNameIn("en", 0)).to.equal("");
  });

  it("formats numbers and lists for i18next, and leaves any other value as it is", () => {
    expect(formatValue(12, "ar")).to.equal("١٢");
    expect(formatValue([1, 2], "ar")).to.equal("١، ٢");
    expect(formatValue("12", "ar")).to.equal("12");
    expect(formatValue(12, undefined)).to.equal("12");
  });

  it("is what i18next writes numbers with, in either language; a string keeps its digits", () => {
    expect(translatorFor("ar")("alignment.pick", { row: 12 })).to.equal("اختيار الصف ١٢");
    expect(translatorFor("en")("alignment.pick", { row: 12 })).to.equal("Pick row 12");
    expect(translatorFor("ar")("alignment.pick", { row: "12" })).to.equal("اختيار الصف 12");
  });
});
