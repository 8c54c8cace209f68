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
import { loadLocale, translatorFor } from "../../server/i18n/translate.js";
import { compareFiles, compareLocales, comparePlurals, leafKeys, placeholders, pluralBase, readLocaleFolder, valueAt, PLURAL_FORMS, type Strings } from "../helpers/locale-rules.js";
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

  it("gives every string that shows a count all six Arabic plural forms and English's two", () => {
    // Every key whose text (in either language, any form) holds {{count}}, by its plural base.
    const counted = new Set<string>();
    for (const strings of [en.strings, ar.strings]) {
      for (const key of leafKeys(strings)) {
        const text = valueAt(strings, key);
        if (typeof text === "string" && placeholders(text).includes("count")) counted.add(pluralBase(key));
      }
    }
    expect(counted.size, "strings with a count").to.be.greaterThan(10);
    const missing: string[] = [];
    for (const base of [...counted].sort()) {
      for (const form of PLURAL_FORMS.ar) if (typeof valueAt(ar.strings, `${base}_${form}`) !== "string") missing.push(`ar ${base}_${form}`);
      for (const form of PLURAL_FORMS.en) if (typeof valueAt(en.strings, `${base}_${form}`) !== "string") missing.push(`en ${base}_${form}`);
      if (valueAt(ar.strings, base) !== undefined || valueAt(en.strings, base) !== undefined) missing.push(`${base} without a plural suffix`);
    }
    expect(missing).to.deep.equal([]);
    expect(comparePlurals(en.strings, ar.strings)).to.deep.equal([]);
  });
});

describe("plural forms as rendered", () => {
  const ar = translatorFor("ar");
  const en = translatorFor("en");
  // Counts 0, 1, 2, 3, 11, 100: one of each Arabic form (zero, one, two, few, many, other).
  const COUNTS = [0, 1, 2, 3, 11, 100];
  const ARABIC: [string, Record<string, unknown>, string[]][] = [
    ["counted.rows", {}, ["لا صفوف", "صف واحد", "صفان", "٣ صفوف", "١١ صفًا", "١٠٠ صف"]],
    ["counted.pairs", {}, ["لا أزواج", "زوج واحد", "زوجان", "٣ أزواج", "١١ زوجًا", "١٠٠ زوج"]],
    ["counted.units", {}, ["لا وحدات", "وحدة واحدة", "وحدتان", "٣ وحدات", "١١ وحدة", "١٠٠ وحدة"]],
    ["counted.documents", {}, ["لا مستندات", "مستند واحد", "مستندان", "٣ مستندات", "١١ مستندًا", "١٠٠ مستند"]],
    ["counted.paragraphs", {}, ["لا فقرات", "فقرة واحدة", "فقرتان", "٣ فقرات", "١١ فقرة", "١٠٠ فقرة"]],
    ["counted.occurrences", {}, ["لا مواضع", "موضع واحد", "موضعان", "٣ مواضع", "١١ موضعًا", "١٠٠ موضع"]],
    ["findings.total", {}, ["لا ملاحظات مفتوحة", "ملاحظة مفتوحة واحدة", "ملاحظتان مفتوحتان", "٣ ملاحظات مفتوحة", "١١ ملاحظة مفتوحة", "١٠٠ ملاحظة مفتوحة"]],
    ["exports.report.findingsSkipped", {}, [
      "لم يُستبعد أي زوج بسبب ملاحظات مفتوحة.", "استُبعد زوج واحد فيه ملاحظات مفتوحة.", "استُبعد زوجان فيهما ملاحظات مفتوحة.",
      "استُبعد ٣ أزواج فيها ملاحظات مفتوحة.", "استُبعد ١١ زوجًا فيها ملاحظات مفتوحة.", "استُبعد ١٠٠ زوج فيها ملاحظات مفتوحة.",
    ]],
    ["checks.possessive-consistency.message", { word: "a", canonical: "b" }, [
      "«a» مكتوبة «b» في مواضع أخرى من هذا المستند.", "«a» مكتوبة «b» مرة واحدة في موضع آخر من هذا المستند.",
      "«a» مكتوبة «b» مرتين في موضعين آخرين من هذا المستند.", "«a» مكتوبة «b» ٣ مرات في مواضع أخرى من هذا المستند.",
      "«a» مكتوبة «b» ١١ مرة في مواضع أخرى من هذا المستند.", "«a» مكتوبة «b» ١٠٠ مرة في مواضع أخرى من هذا المستند.",
    ]],
  ];
  for (const [key, params, expected] of ARABIC) {
    it(`writes ${key} for 0, 1, 2, 3, 11 and 100 in Arabic`, () => {
      expect(COUNTS.map((count) => ar(key, { ...params, count }))).to.deep.equal(expected);
    });
  }

  it("writes English one and other", () => {
    expect(COUNTS.map((count) => en("counted.rows", { count }))).to.deep.equal(["0 rows", "1 row", "2 rows", "3 rows", "11 rows", "100 rows"]);
    expect(COUNTS.map((count) => en("findings.total", { count }))).to.deep.equal(["0 open findings", "1 open finding", "2 open findings", "3 open findings", "11 open findings", "100 open findings"]);
  });

  it("writes a sentence of several counts in Arabic, each noun agreeing with its number", () => {
    const text = ar("alignment.counts", { rows: ar("counted.rows", { count: 7 }), confirmed: 2, rejected: 0, oneSided: 1, en: 12, ar: 11 });
    expect(text).to.equal("٧ صفوف (المؤكد منها ٢، والمرفوض ٠، ومن جانب واحد ١)؛ الفقرات: ١٢ بالإنجليزية و١١ بالعربية");
    expect(ar("exports.report.written", { units: ar("counted.units", { count: 7 }), documents: ar("counted.documents", { count: 1 }), pairs: ar("counted.pairs", { count: 1 }), path: "TMX" }))
      .to.equal("صُدِّرت ٧ وحدات إلى TMX، مصدرها مستند واحد (وقُرئ زوج واحد).");
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
    ["a count without plural forms", { a: "{{count}} rows" }, { a: "{{count}} صفوف" }, "a: a count without plural forms in en"],
    ["an Arabic plural form missing", { a_one: "{{count}} row", a_other: "{{count}} rows" }, { a_zero: "لا صفوف", a_one: "صف", a_few: "{{count}} صفوف", a_many: "{{count}} صفًا", a_other: "{{count}} صف" }, "a: no two form in ar"],
    ["an Arabic form for many without the number", { a_one: "{{count}} row", a_other: "{{count}} rows" }, { a_zero: "لا صفوف", a_one: "صف", a_two: "صفان", a_few: "{{count}} صفوف", a_many: "صفوف كثيرة", a_other: "{{count}} صف" }, "a_many: does not write {{count}} in ar"],
    ["a form English does not have", { a_one: "{{count}} row", a_two: "{{count}} rows", a_other: "{{count}} rows" }, { a_zero: "لا صفوف", a_one: "صف", a_two: "صفان", a_few: "{{count}} صفوف", a_many: "{{count}} صفًا", a_other: "{{count}} صف" }, "a_two: en has no two form"],
    ["a placeholder dropped from one plural form", { a_one: "{{count}} row in {{doc}}", a_other: "{{count}} rows in {{doc}}" }, { a_zero: "لا صفوف في {{doc}}", a_one: "صف في {{doc}}", a_two: "صفان", a_few: "{{count}} صفوف في {{doc}}", a_many: "{{count}} صفًا في {{doc}}", a_other: "{{count}} صف في {{doc}}" }, "a: placeholders differ (en count, doc; ar none)"],
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
