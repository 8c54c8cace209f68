/** occurrenceContext: the words around a replacement, cut at spaces, with the span and its replacement apart. */
import { expect } from "chai";
import { occurrenceContext } from "../../../server/domain/review/occurrence-context.js";

describe("occurrenceContext", () => {
  it("gives the whole of a short paragraph around the span", () => {
    expect(occurrenceContext("He met the Negotiating Committee today.", 11, 32, "Negotiations Committee")).to.deep.equal({
      before: "He met the ", was: "Negotiating Committee", now: "Negotiations Committee", after: " today.", cutBefore: false, cutAfter: false,
    });
  });

  it("cuts a long paragraph at spaces on both sides and says so", () => {
    const text = `${"word ".repeat(40)}Thaer${" more".repeat(40)}`;
    const start = text.indexOf("Thaer");
    const c = occurrenceContext(text, start, start + 5, "Thair", 20);
    expect(c).to.deep.include({ was: "Thaer", now: "Thair", cutBefore: true, cutAfter: true });
    expect(c.before.startsWith("word")).to.equal(true);
    expect(c.before.length).to.be.at.most(20);
    expect(c.after.endsWith("more")).to.equal(true);
  });

  it("never cuts a surrogate pair", () => {
    const text = `${"😀".repeat(40)}X${"😀".repeat(40)}`;
    const c = occurrenceContext(text, 80, 81, "Y", 11);
    expect([...c.before].every((ch) => ch === "😀")).to.equal(true);
    expect([...c.after].every((ch) => ch === "😀")).to.equal(true);
  });
});
