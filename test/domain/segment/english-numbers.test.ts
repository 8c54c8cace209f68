import { expect } from "chai";
import { readEnglishNumbers } from "../../../server/domain/segment/english-numbers.js";

/** Each written form and its value, or "~magnitude" when vague. */
const TABLE: [string, number | string][] = [
  ["45,000", 45000],
  ["45 thousand", 45000],
  ["45k", 45000],
  ["2 million", 2e6],
  ["1.5 million", 1.5e6],
  ["1.05 million", 1.05e6],
  ["1.5bn", 1.5e9],
  ["1.5 bn", 1.5e9],
  ["€2.2 billion", 2.2e9],
  ["$3m", 3e6],
  ["£4.5mn", 4.5e6],
  ["2 trillion", 2e12],
  ["two million", 2e6],
  ["a million", 1e6],
  ["one million", 1e6],
  ["half a million", 5e5],
  ["three thousand", 3000],
  ["a thousand", 1000],
  ["a hundred", 100],
  ["two hundred thousand", 2e5],
  ["three hundred and fifty thousand", 350000],
  ["twenty-five", 25],
  ["twenty five", 25],
  ["twelve", 12],
  ["a dozen", 12],
  ["the five crossings", 5],
  ["12%", 12],
  ["12 per cent", 12],
  ["3.5 percent", 3.5],
  ["12174", 12174],
  ["1,200.5", 1200.5],
  ["tens of thousands", "~10000"],
  ["hundreds of thousands", "~100000"],
  ["thousands", "~1000"],
  ["millions", "~1000000"],
  ["dozens", "~10"],
  ["hundreds", "~100"],
  ["several hundred", "~100"],
  ["a few thousand", "~1000"],
];

function readOne(text: string): number | string | null {
  const found = readEnglishNumbers(text);
  if (found.length !== 1) return `${found.length} quantities`;
  const [e] = found;
  if (!e) return null;
  return e.kind === "vague" ? `~${e.magnitude}` : e.values[0] ?? null;
}

describe("readEnglishNumbers", () => {
  it(`reads ${TABLE.length} written forms to their values`, () => {
    const wrong = TABLE.filter(([text, value]) => readOne(text) !== value).map(([text, value]) => `${text}: ${String(readOne(text))}, not ${value}`);
    expect(wrong).to.deep.equal([]);
  });

  it("gives the span of the whole quantity", () => {
    const text = "The fighting has displaced 45,000 people and 2 million dollars were pledged.";
    expect(readEnglishNumbers(text).map((e) => text.slice(e.start, e.end))).to.deep.equal(["45,000", "2 million"]);
  });

  it("reads no quantity in words that are no number here", () => {
    for (const text of ["one of them", "a five-year plan", "3M shares fell", "no one came"]) {
      expect(readEnglishNumbers(text).filter((e) => e.kind === "exact" && !e.digits), text).to.deep.equal([]);
    }
    expect(readEnglishNumbers("3M shares").map((e) => e.kind === "exact" && e.values[0])).to.deep.equal([3]);
  });

  it("reads ordinals and fractions alone as indirect numbers, never as quantities", () => {
    const read = (text: string) => readEnglishNumbers(text).map((e) => (e.kind === "indirect" ? e.values : e.kind));
    expect(read("the fourth radio station")).to.deep.equal([[4]]);
    expect(read("for the second time in twelve years")).to.deep.equal([[2], "exact"]);
    expect(read("more than half of the votes")).to.deep.equal([[0.5, 50]]);
    expect(read("half a million people")).to.deep.equal(["exact"]);
    expect(read("the six-month gig and a twenty-five-year plan")).to.deep.equal([[6], [25]]);
    expect(read("It has been a decade since then.")).to.deep.equal([[10]]);
  });

  it("stops a quantity at punctuation", () => {
    expect(readEnglishNumbers("in 2020, thousands fled").map((e) => e.kind)).to.deep.equal(["exact", "vague"]);
    expect(readEnglishNumbers("they were 2. Million more").length).to.equal(2);
  });
});
