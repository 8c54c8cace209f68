import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES_DIR } from "../../server/paths.js";
import { loadLocale } from "../../server/i18n/translate.js";

/** Every leaf key of a nested strings object, as dotted paths. */
function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((m) => m[1] ?? ""))].sort();
}

describe("locale files", () => {
  const en = loadLocale("en");
  const ar = loadLocale("ar");

  it("has the same files for English and Arabic", () => {
    expect(readdirSync(join(LOCALES_DIR, "ar")).sort()).to.deep.equal(readdirSync(join(LOCALES_DIR, "en")).sort());
  });

  it("has every English key in Arabic and every Arabic key in English", () => {
    const enKeys = leafKeys(en).sort();
    const arKeys = leafKeys(ar).sort();
    expect(arKeys.filter((k) => !enKeys.includes(k)), "only in Arabic").to.deep.equal([]);
    expect(enKeys.filter((k) => !arKeys.includes(k)), "only in English").to.deep.equal([]);
  });

  it("uses the same placeholders in both languages and no empty strings", () => {
    for (const key of leafKeys(en)) {
      const enText = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], en) as string;
      const arText = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ar) as string;
      expect(enText, key).to.be.a("string").and.not.equal("");
      expect(arText, key).to.be.a("string").and.not.equal("");
      expect(placeholders(arText), key).to.deep.equal(placeholders(enText));
    }
  });

  it("writes Arabic strings in Arabic script", () => {
    const arabicLetters = /[\u0621-\u064A]/u;
    for (const key of leafKeys(ar)) {
      const text = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ar) as string;
      const withoutPlaceholders = text.replace(/\{\{\s*\w+\s*\}\}/gu, "");
      if (/\p{L}/u.test(withoutPlaceholders) && key !== "nav.otherLanguage") expect(withoutPlaceholders, key).to.match(arabicLetters);
    }
  });

  it("parses every locale file as JSON", () => {
    for (const lang of ["en", "ar"]) {
      for (const file of readdirSync(join(LOCALES_DIR, lang))) expect(() => JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), "utf8"))).to.not.throw();
    }
  });
});
