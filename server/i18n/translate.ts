/**
 * i18next set up once per process with the English and Arabic locale files. The web app and the
 * command line both take their words from here; `translatorFor(lang)` gives a fixed-language t().
 */
import i18next, { type i18n, type TFunction } from "i18next";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES_DIR } from "../paths.js";

export const LANGUAGES = ["en", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];

let instance: i18n | null = null;

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
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: loadLocale("en") }, ar: { translation: loadLocale("ar") } },
    interpolation: { escapeValue: false },
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
