/**
 * {{t}}: a string of the locale files in the page's language, with its parameters, escaped by the
 * template like any other value; a memoised string is the same string for the same language only.
 */
import { expect } from "chai";
import { loadLocale } from "../../../server/i18n/translate.js";
import { valueAt } from "../../helpers/locale-rules.js";
import { render } from "./render.js";

const en = loadLocale("en");
const ar = loadLocale("ar");

describe("t", () => {
  /** A key without parameters and one with a {{name}} parameter, taken from the real files. */
  const plainKey = "checks.spelling.name";
  const paramKey = "checks.spelling.message";

  it("gives the string of the page's language, and the memo keeps languages apart", () => {
    expect(render(`{{t "${plainKey}"}}`, {}, "en")).to.equal(valueAt(en, plainKey));
    expect(render(`{{t "${plainKey}"}}`, {}, "ar")).to.equal(valueAt(ar, plainKey));
    expect(render(`{{t "${plainKey}"}}`, {}, "en")).to.equal(valueAt(en, plainKey));
    expect(valueAt(en, plainKey)).to.not.equal(valueAt(ar, plainKey));
  });

  it("fills parameters, and the template escapes them", () => {
    const text = valueAt(en, paramKey) as string;
    const name = /\{\{\s*(\w+)\s*\}\}/u.exec(text)?.[1];
    expect(name, `${paramKey} has a parameter`).to.be.a("string");
    const out = render(`{{t "${paramKey}" ${name}=word}}`, { word: "<i>recieve</i>" }, "en");
    expect(out).to.include("&lt;i&gt;recieve&lt;/i&gt;").and.not.include("<i>");
    expect(out).to.not.include("{{");
  });

  it("falls back to English for a page without a language, and shows the key of an unknown string", () => {
    expect(render(`{{t "${plainKey}"}}`, { lang: undefined })).to.equal(valueAt(en, plainKey));
    expect(render('{{t "no.such.key"}}', {}, "ar")).to.equal("no.such.key");
  });
});
