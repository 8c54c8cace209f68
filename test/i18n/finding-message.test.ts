/**
 * A stored finding's message in the reader's language: the params its check declares as numbers
 * come out in the reader's digits, with the plural form of `count`; params that quote the text keep
 * its digits, and an empty or unreadable number param stays as it was stored.
 */
import { expect } from "chai";
import { findingMessage, messageParams } from "../../server/i18n/finding-message.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { CHECKS } from "../../server/domain/checks/registry.js";
import { loadLocale } from "../../server/i18n/translate.js";
import { placeholders, valueAt } from "../helpers/locale-rules.js";

describe("finding-message", () => {
  const ar = translatorFor("ar");
  const en = translatorFor("en");

  it("writes a paragraph number in the reader's digits", () => {
    expect(findingMessage(ar, "duplicated-paragraph", { first: "12" })).to.equal("هذه الفقرة تكرر الفقرة ١٢.");
    expect(findingMessage(en, "duplicated-paragraph", { first: "12" })).to.equal("This paragraph repeats paragraph 12.");
  });

  it("writes ratios and the values of numbers in the reader's digits", () => {
    expect(findingMessage(ar, "length-ratio", { ratio: "1.85", expected: "0.92" })).to.equal("نسبة الطول ١٫٨٥ مقابل ٠٫٩٢ في المقال.");
    expect(findingMessage(ar, "number-mismatch", { number: "45000", other: "" })).to.include("٤٥٬٠٠٠");
  });

  it("picks the plural form by the count", () => {
    const params = { word: "detainee’s", canonical: "detainees’" };
    expect(findingMessage(ar, "possessive-consistency", { ...params, count: "2" })).to.include("مرتين");
    expect(findingMessage(ar, "possessive-consistency", { ...params, count: "5" })).to.include("٥ مرات");
    expect(findingMessage(en, "possessive-consistency", { ...params, count: "1" })).to.include("once");
    expect(findingMessage(en, "possessive-consistency", { ...params, count: "4" })).to.include("4 times");
  });

  it("says what odd whitespace is in the reader's language, a run of spaces counted in its digits", async () => {
    const { oddWhitespace } = await import("../../server/domain/checks/odd-whitespace.js");
    const { prepareDocument } = await import("../../server/domain/checks/prepare-document.js");
    const found = oddWhitespace.run(prepareDocument({ en: ["The   talks\u00A0 went on\u2009here."], ar: [] }));
    const messages = found.map((f) => findingMessage(ar, "odd-whitespace", f.params));
    expect(messages).to.deep.equal([
      "مسافات غير مألوفة (٣ مسافات متتالية).",
      "مسافات غير مألوفة (مسافة غير منقسمة بجوار مسافة).",
      "مسافة غير مألوفة (المسافة الخفية أو غير المعتادة U+2009).",
    ]);
    expect(found.map((f) => findingMessage(en, "odd-whitespace", f.params))[0]).to.equal("Odd whitespace (3 spaces in a row).");
    // A finding stored before the check said what the run is keeps its old, plain message.
    expect(findingMessage(en, "odd-whitespace", { space: "2 spaces" })).to.equal("Odd whitespace (2 spaces).");
  });

  it("keeps the digits of a param that quotes the text, and a number param it cannot read", () => {
    expect(findingMessage(ar, "mixed-digits", { number: "123" })).to.include("123");
    expect(findingMessage(ar, "mixed-digits", { number: "123" })).to.not.include("١٢٣");
    expect(messageParams("number-mismatch", { number: "45000", other: "" })).to.deep.equal({ number: 45000, other: "" });
    expect(messageParams("duplicated-paragraph", { first: "n/a" })).to.deep.equal({ first: "n/a" });
    expect(messageParams("no-such-check", { first: "2" })).to.deep.equal({ first: "2" });
  });

  it("declares as numbers only params that the check's messages have", () => {
    const strings = loadLocale("en");
    const wrong: string[] = [];
    for (const check of CHECKS) {
      // Every message of the check: plain, with a context (message_question …) or plural forms.
      const messages = Object.entries(valueAt(strings, `checks.${check.id}`) as Record<string, string>).filter(([key]) => key.startsWith("message")).map(([, text]) => text);
      const named = new Set(messages.flatMap((m) => placeholders(m)));
      for (const name of check.numberParams ?? []) if (!named.has(name)) wrong.push(`${check.id}.${name}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});
