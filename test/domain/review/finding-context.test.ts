/** A finding's sentence around its span, from a window of its paragraph; and a row's text shortened for a cell. */
import { expect } from "chai";
import { findingContext, shortenText } from "../../../server/domain/review/finding-context.js";

const whole = (text: string) => ({ text, offset: 0, length: text.length });

describe("finding context", () => {
  const cases: [string, Parameters<typeof findingContext>, ReturnType<typeof findingContext>][] = [
    ["the English sentence holding the span, not its neighbours",
      [whole("First one. The tow sides met. Last one."), "en", 15, 18, "tow"],
      { before: "The ", span: "tow", after: " sides met.", cutBefore: false, cutAfter: false }],
    ["the Arabic sentence, split at ؟ and the full stop",
      [whole("هل جاء؟ قال المتحدث إن الوفد وصل. ثم غادر."), "ar", 12, 19, "المتحدث"],
      { before: "قال ", span: "المتحدث", after: " إن الوفد وصل.", cutBefore: false, cutAfter: false }],
    ["a window that starts inside the paragraph says it was cut",
      [{ text: "ded the tow sides", offset: 500, length: 2000 }, "en", 508, 511, "tow"],
      { before: "ded the ", span: "tow", after: " sides", cutBefore: true, cutAfter: true }],
    ["a span over two sentences keeps both",
      [whole("One. Two three. Four five. Six."), "en", 9, 20, "three. Four"],
      { before: "Two ", span: "three. Four", after: " five.", cutBefore: false, cutAfter: false }],
  ];
  for (const [name, args, expected] of cases) {
    it(name, () => expect(findingContext(...args)).to.deep.equal(expected));
  }

  it("gives no context when the paragraph no longer holds the excerpt at the span", () => {
    expect(findingContext(whole("The two sides met."), "en", 4, 7, "tow")).to.equal(null);
    expect(findingContext(whole("short"), "en", 40, 43, "tow")).to.equal(null);
  });

  it("cuts a long sentence to about the width each side, at a space", () => {
    const text = `${"word ".repeat(60)}tow ${"more ".repeat(60)}`;
    const at = text.indexOf("tow");
    const c = findingContext(whole(text), "en", at, at + 3, "tow", 20)!;
    expect(c.span).to.equal("tow");
    expect(c.before.length).to.be.at.most(20);
    expect(c.before.startsWith("word")).to.equal(true);
    expect(c.after.length).to.be.at.most(20);
    expect(c.cutBefore && c.cutAfter).to.equal(true);
  });

  it("shortens a row's text at a space, saying so, and leaves a short one alone", () => {
    expect(shortenText("A short paragraph.", 18)).to.equal("A short paragraph.");
    const long = "alpha beta gamma delta ".repeat(20);
    const short = shortenText(long, long.length, 50);
    expect(short.endsWith("…")).to.equal(true);
    expect(short.length).to.be.at.most(51);
    expect(shortenText("Cut by the database.", 4000)).to.equal("Cut by the database.…");
  });
});
