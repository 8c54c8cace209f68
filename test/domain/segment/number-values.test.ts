import { expect } from "chai";
import { findDigitNumbers, multiply } from "../../../server/domain/segment/number-values.js";

const readings = (text: string) => findDigitNumbers(text).map((d) => d.values);

describe("findDigitNumbers", () => {
  it("reads every digit script with its separators and decimal marks", () => {
    expect(readings("12174 ١٢١٧٤ ۱۲۱۷۴")).to.deep.equal([[12174], [12174], [12174]]);
    expect(readings("1,200 ١٬٢٠٠ 1،200")).to.deep.equal([[1200], [1200], [1200]]);
    expect(readings("3.5 ٣٫٥ 1,5")).to.deep.equal([[3.5], [3.5], [1.5]]);
    expect(readings("1,200,000.75 1.200.000,75")).to.deep.equal([[1200000.75], [1200000.75]]);
  });

  it("keeps both readings of a single dot group, the likelier first", () => {
    expect(readings("1.200")).to.deep.equal([[1.2, 1200]]);
    expect(readings("45.000")).to.deep.equal([[45000, 45]]);
  });

  it("splits lists and dates into their numbers, with spans in the original text", () => {
    const text = "٣،٤ و 4.10.2017";
    const found = findDigitNumbers(text);
    expect(found.map((d) => text.slice(d.start, d.end))).to.deep.equal(["٣", "٤", "4", "10", "2017"]);
  });

  it("scales without binary rounding", () => {
    expect(multiply(1.05, 1e6)).to.equal(1050000);
    expect(multiply(3.1, 1e9)).to.equal(3100000000);
    expect(multiply(2.4, 1e6)).to.equal(2400000);
    expect(multiply(0.5, 1e6)).to.equal(500000);
  });
});
