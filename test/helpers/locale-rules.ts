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

/** What differs between the English and the Arabic strings, or is wrong in either. */
export function compareLocales(en: Strings, ar: Strings): string[] {
  const problems: string[] = [];
  const enKeys = leafKeys(en);
  const arKeys = leafKeys(ar);
  const arSet = new Set(arKeys);
  const enSet = new Set(enKeys);
  for (const k of arKeys) if (!enSet.has(k)) problems.push(`${k}: only in Arabic`);
  for (const k of enKeys) if (!arSet.has(k)) problems.push(`${k}: only in English`);
  for (const [lang, strings, keys] of [["en", en, enKeys], ["ar", ar, arKeys]] as const) {
    for (const k of keys) {
      const text = valueAt(strings, k);
      if (typeof text !== "string") problems.push(`${k}: not a string in ${lang}`);
      else if (text.trim() === "") problems.push(`${k}: empty in ${lang}`);
    }
  }
  for (const k of enKeys) {
    const enText = valueAt(en, k);
    const arText = valueAt(ar, k);
    if (typeof enText !== "string" || typeof arText !== "string") continue;
    if (placeholders(enText).join() !== placeholders(arText).join()) {
      problems.push(`${k}: placeholders differ (en ${placeholders(enText).join(", ") || "none"}; ar ${placeholders(arText).join(", ") || "none"})`);
    }
    const letters = arText.replace(/\{\{-?\s*\w+\s*\}\}/gu, "");
    if (/\p{L}/u.test(letters) && !/[\u0621-\u064A]/u.test(letters) && !(k in LATIN_IN_ARABIC)) problems.push(`${k}: Arabic string without Arabic letters`);
  }
  return problems;
}

/** Files present for one language only. */
export function compareFiles(enFiles: readonly string[], arFiles: readonly string[]): string[] {
  return [
    ...enFiles.filter((f) => !arFiles.includes(f)).map((f) => `${f}: English only`),
    ...arFiles.filter((f) => !enFiles.includes(f)).map((f) => `${f}: Arabic only`),
  ];
}
