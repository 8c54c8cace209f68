/**
 * The locale files of both interface languages keep the same files, keys and placeholders, parse,
 * and the Arabic strings are in Arabic script. The rules are functions (helpers/locale-rules.ts):
 * the first tests run them on the real folders, the table below runs them on broken locales, so
 * each rule is shown able to fail.
 */
import { expect } from "chai";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES_DIR } from "../../server/paths.js";
import { loadLocale } from "../../server/i18n/translate.js";
import { compareFiles, compareLocales, readLocaleFolder, type Strings } from "../helpers/locale-rules.js";
import { tempDir } from "../helpers/temp.js";

describe("locale files", () => {
  const en = readLocaleFolder(join(LOCALES_DIR, "en"));
  const ar = readLocaleFolder(join(LOCALES_DIR, "ar"));

  it("parses every file of both languages as an object of strings, each top-level key in one file", () => {
    expect(en.problems, "en").to.deep.equal([]);
    expect(ar.problems, "ar").to.deep.equal([]);
    expect(en.files.length).to.be.greaterThan(0);
  });

  it("has the same files for English and Arabic", () => {
    expect(compareFiles(en.files, ar.files)).to.deep.equal([]);
  });

  it("has the same keys and placeholders in both languages, no empty strings, Arabic in Arabic script", () => {
    expect(compareLocales(en.strings, ar.strings)).to.deep.equal([]);
  });

  it("reads as the app reads them (translate.ts merges the same strings)", () => {
    expect(loadLocale("en")).to.deep.equal(en.strings);
    expect(loadLocale("ar")).to.deep.equal(ar.strings);
  });
});

describe("locale rules on broken locales", () => {
  const good: [Strings, Strings] = [{ a: { b: "Hello {{name}}" }, nav: { otherLanguage: "English" } }, { a: { b: "مرحبا {{name}}" }, nav: { otherLanguage: "English" } }];

  it("finds nothing wrong with a good pair", () => {
    expect(compareLocales(...good)).to.deep.equal([]);
  });

  const BROKEN: [string, Strings, Strings, string][] = [
    ["a key missing in Arabic", { a: { b: "Hi", c: "More" } }, { a: { b: "مرحبا" } }, "a.c: only in English"],
    ["a key missing in English", { a: { b: "Hi" } }, { a: { b: "مرحبا", c: "أكثر" } }, "a.c: only in Arabic"],
    ["an empty Arabic string", { a: "Hi" }, { a: " " }, "a: empty in ar"],
    ["a number instead of a string", { a: "Hi" }, { a: 3 }, "a: not a string in ar"],
    ["a placeholder renamed", { a: "{{count}} rows" }, { a: "{{n}} صفوف" }, "a: placeholders differ (en count; ar n)"],
    ["a placeholder dropped", { a: "{{count}} rows" }, { a: "صفوف" }, "a: placeholders differ (en count; ar none)"],
    ["English left in the Arabic file", { a: "Save" }, { a: "Save" }, "a: Arabic string without Arabic letters"],
    ["a nested object against a string", { a: { b: "Hi" } }, { a: "مرحبا" }, "a.b: only in English"],
  ];
  for (const [what, enStrings, arStrings, problem] of BROKEN) {
    it(`reports ${what}`, () => {
      expect(compareLocales(enStrings, arStrings)).to.include(problem);
    });
  }

  it("reports a file that is not JSON, a file for one language only, and a key defined twice", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "en"));
    mkdirSync(join(dir, "ar"));
    writeFileSync(join(dir, "en", "core.json"), '{"a": "Hi",}');
    writeFileSync(join(dir, "en", "extra.json"), '{"b": "x"}');
    writeFileSync(join(dir, "ar", "core.json"), '{"a": "مرحبا"}');
    writeFileSync(join(dir, "ar", "more.json"), '{"a": "مرة أخرى"}');
    writeFileSync(join(dir, "ar", "notes.txt"), "");
    const enRead = readLocaleFolder(join(dir, "en"));
    const arRead = readLocaleFolder(join(dir, "ar"));
    expect(enRead.problems).to.have.length(1);
    expect(enRead.problems[0]).to.match(/^core\.json: not JSON/u);
    expect(arRead.problems).to.deep.equal(['more.json: top-level key "a" is defined in another file too', "notes.txt: not a .json file"]);
    expect(compareFiles(enRead.files, arRead.files)).to.deep.equal(["extra.json: English only", "more.json: Arabic only", "notes.txt: Arabic only"]);
  });
});
