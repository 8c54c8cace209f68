/**
 * The rules every pair of locale folders must keep, as functions that return the problems they
 * find (empty when all is well), so that the locale test and the conventions test assert on them
 * and a table test shows that each rule does catch a broken locale. Reads the files itself, one
 * by one, rather than through translate.ts, so an unreadable file is a named problem, not a crash.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Strings = Record<string, unknown>;

/** Every leaf of a nested strings object, as dotted paths. */
export function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value as Strings).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** The value at a dotted path, or undefined. */
export function valueAt(strings: Strings, key: string): unknown {
  return key.split(".").reduce<unknown>((o, k) => (typeof o === "object" && o !== null ? (o as Strings)[k] : undefined), strings);
}

/** The {{name}} placeholders of a string, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{-?\s*(\w+)\s*\}\}/gu)].map((m) => m[1] ?? ""))].sort();
}

/** One language's folder read file by file: the merged strings and what is wrong with the files. */
export function readLocaleFolder(dir: string): { files: string[]; strings: Strings; problems: string[] } {
  const problems: string[] = [];
  const strings: Strings = {};
  const files = readdirSync(dir).sort();
  for (const file of files) {
    if (!file.endsWith(".json")) {
      problems.push(`${file}: not a .json file`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      problems.push(`${file}: not JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      problems.push(`${file}: not an object of strings`);
      continue;
    }
    for (const [key, value] of Object.entries(parsed as Strings)) {
      if (key in strings) problems.push(`${file}: top-level key "${key}" is defined in another file too`);
      else strings[key] = value;
    }
  }
  return { files, strings, problems };
}

/** Keys that may hold no Arabic letters in the Arabic locale, each with the reason. */
export const LATIN_IN_ARABIC: Record<string, string> = {
  "nav.otherLanguage": "the link to the English interface is written in English",
};

/**
 * Plural forms: i18next picks `<key>_<form>` by `count` (Intl.PluralRules). English has two
 * forms, Arabic six; a form other than these may leave the number out ("صف واحد", "صفان").
 */
export const PLURAL_FORMS = { en: ["one", "other"], ar: ["zero", "one", "two", "few", "many", "other"] } as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;
/** Forms that must write the number itself: in Arabic "few" is 3–10, "many" 11–99, "other" 100 and more. */
const FORMS_WITH_NUMBER = new Set(["few", "many", "other"]);

/** A key without its plural suffix ("findings.total_few" -> "findings.total"). */
export function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, "");
}

/** The keys of a strings object grouped by plural base: base -> the forms present ("" for a key without a suffix). */
export function pluralGroups(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const base = pluralBase(k);
    const list = groups.get(base) ?? [];
    list.push(base === k ? "" : k.slice(base.length + 1));
    groups.set(base, list);
  }
  return groups;
}

/**
 * What is wrong with the plural forms: every string that shows a {{count}} is a plural group with
 * exactly English's two forms and all six Arabic ones (no bare key beside them), and the forms
 * that stand for larger numbers write the number.
 */
export function comparePlurals(en: Strings, ar: Strings): string[] {
  const problems: string[] = [];
  const groups = { en: pluralGroups(leafKeys(en)), ar: pluralGroups(leafKeys(ar)) };
  const counted = new Set<string>();
  for (const [lang, strings] of [["en", en], ["ar", ar]] as const) {
    for (const [base, forms] of groups[lang]) {
      const texts = forms.map((f) => valueAt(strings, f === "" ? base : `${base}_${f}`));
      if (forms.some((f) => f !== "") || texts.some((t) => typeof t === "string" && placeholders(t).includes("count"))) counted.add(base);
    }
  }
  for (const base of [...counted].sort()) {
    for (const [lang, strings] of [["en", en], ["ar", ar]] as const) {
      const forms = groups[lang].get(base) ?? [];
      if (forms.length === 0) continue; // reported by compareLocales as a key of one language only
      if (forms.includes("")) problems.push(`${base}: a count without plural forms in ${lang}`);
      for (const form of PLURAL_FORMS[lang]) {
        const text = valueAt(strings, `${base}_${form}`);
        if (typeof text !== "string") problems.push(`${base}: no ${form} form in ${lang}`);
        else if (FORMS_WITH_NUMBER.has(form) && !placeholders(text).includes("count")) problems.push(`${base}_${form}: does not write {{count}} in ${lang}`);
      }
      for (const form of forms) if (form !== "" && !(PLURAL_FORMS[lang] as readonly string[]).includes(form)) problems.push(`${base}_${form}: ${lang} has no ${form} form`);
    }
  }
  return problems;
}

/** What differs between the English and the Arabic strings, or is wrong in either. */
export function compareLocales(en: Strings, ar: Strings): string[] {
  const problems: string[] = [];
  const enKeys = leafKeys(en);
  const arKeys = leafKeys(ar);
  // Plural forms differ by language: keys are compared by their plural base.
  const arBases = new Set(arKeys.map(pluralBase));
  const enBases = new Set(enKeys.map(pluralBase));
  for (const k of [...arBases]) if (!enBases.has(k)) problems.push(`${k}: only in Arabic`);
  for (const k of [...enBases]) if (!arBases.has(k)) problems.push(`${k}: only in English`);
  for (const [lang, strings, keys] of [["en", en, enKeys], ["ar", ar, arKeys]] as const) {
    for (const k of keys) {
      const text = valueAt(strings, k);
      if (typeof text !== "string") problems.push(`${k}: not a string in ${lang}`);
      else if (text.trim() === "") problems.push(`${k}: empty in ${lang}`);
    }
  }
  // Placeholders other than {{count}} agree across every form of both languages.
  const without = (text: string) => placeholders(text).filter((p) => p !== "count").join();
  const textsOf = (strings: Strings, keys: readonly string[], base: string) =>
    keys.filter((k) => pluralBase(k) === base).map((k) => valueAt(strings, k)).filter((t): t is string => typeof t === "string");
  const enByBase = new Map<string, string[]>();
  for (const k of enKeys) enByBase.set(pluralBase(k), [...(enByBase.get(pluralBase(k)) ?? []), k]);
  const arByBase = new Map<string, string[]>();
  for (const k of arKeys) arByBase.set(pluralBase(k), [...(arByBase.get(pluralBase(k)) ?? []), k]);
  for (const [base, keys] of enByBase) {
    const enTexts = textsOf(en, keys, base);
    const arTexts = textsOf(ar, arByBase.get(base) ?? [], base);
    if (enTexts.length === 0 || arTexts.length === 0) continue;
    const plural = keys.some((k) => k !== base);
    const signature = (text: string) => (plural ? without(text) : placeholders(text).join());
    const expected = signature(enTexts[0] ?? "");
    const differing = [...enTexts, ...arTexts].find((t) => signature(t) !== expected);
    if (differing !== undefined) {
      const enText = enTexts.find((t) => signature(t) !== expected) ?? enTexts[0] ?? "";
      const arText = arTexts.find((t) => signature(t) !== expected) ?? arTexts[0] ?? "";
      problems.push(`${base}: placeholders differ (en ${placeholders(enText).join(", ") || "none"}; ar ${placeholders(arText).join(", ") || "none"})`);
    }
  }
  for (const k of arKeys) {
    const arText = valueAt(ar, k);
    if (typeof arText !== "string") continue;
    const letters = arText.replace(/\{\{-?\s*\w+\s*\}\}/gu, "");
    if (/\p{L}/u.test(letters) && !/[\u0621-\u064A]/u.test(letters) && !(k in LATIN_IN_ARABIC)) problems.push(`${k}: Arabic string without Arabic letters`);
  }
  return [...problems, ...comparePlurals(en, ar)];
}

/** Files present for one language only. */
export function compareFiles(enFiles: readonly string[], arFiles: readonly string[]): string[] {
  return [
    ...enFiles.filter((f) => !arFiles.includes(f)).map((f) => `${f}: English only`),
    ...arFiles.filter((f) => !enFiles.includes(f)).map((f) => `${f}: Arabic only`),
  ];
}
