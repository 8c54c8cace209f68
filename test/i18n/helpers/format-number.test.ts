/**
 * {{formatNumber}}: Western digits in English, Arabic-Indic digits in Arabic, separators from
 * five digits on (a year stays 2024), at most two decimals, nothing for what is not a number.
 */
import { expect } from "chai";
import { render } from "./render.js";

describe("formatNumber", () => {
  const TABLE: [unknown, string, string][] = [
    [0, "0", "٠"],
    [12174, "12,174", "١٢٬١٧٤"],
    [2024, "2024", "٢٠٢٤"],
    [3.14159, "3.14", "٣٫١٤"],
    [-5, "-5", "؜-٥"],
    ["42", "42", "٤٢"],
    ["not a number", "", ""],
    [Number.NaN, "", ""],
    [Number.POSITIVE_INFINITY, "", ""],
    [undefined, "", ""],
  ];
  for (const [value, en, ar] of TABLE) {
    it(`writes ${String(value)} as "${en}" in English and "${ar}" in Arabic`, () => {
      expect(render("{{formatNumber value}}", { value }, "en")).to.equal(en);
      expect(render("{{formatNumber value}}", { value }, "ar")).to.equal(ar);
    });
  }

  it("writes English for a page without a language", () => {
    expect(render("{{formatNumber 10000}}", {}, "")).to.equal("10,000");
  });
});
