/**
 * i18next set up once per process with the English and Arabic locale files. The web app and the
 * command line both take their words from here; `translatorFor(lang)` gives a fixed-language t().
 * Every interpolated value goes through format-value.ts, so numbers given to t() as numbers come
 * out in the reader's digits; plural forms are picked by `count` (Arabic has six: zero, one, two,
 * few, many, other; English one and other).
 */
import i18next, { type FormatterModule, type i18n, type TFunction } from "i18next";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES_DIR } from "../paths.js";
import { formatValue } from "./format-value.js";

export const LANGUAGES = ["en", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

let instance: i18n | null = null;

/** i18next's formatter, replaced: every value it interpolates is written for the language. */
const VALUE_FORMATTER: FormatterModule = {
  type: "formatter",
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value, _format, lng) => formatValue(value, lng) as string,
};

/**
 * A language's strings: every locales/<lang>/*.json file merged (one file per area of the app:
 * core, checks, exports …). Two files may not define the same top-level key.
 */
export function loadLocale(lang: Language): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const dir = join(LOCALES_DIR, lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const strings = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
    for (const [key, value] of Object.entries(strings)) {
      if (key in merged) throw new Error(`locale ${lang}: key "${key}" is defined twice (${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

export function getI18n(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance().use(VALUE_FORMATTER);
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: loadLocale("en") }, ar: { translation: loadLocale("ar") } },
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  instance = created;
  return created;
}

const FIXED = new Map<Language, TFunction>();

export function translatorFor(lang: Language): TFunction {
  let t = FIXED.get(lang);
  if (!t) FIXED.set(lang, (t = getI18n().getFixedT(lang)));
  return t;
}
