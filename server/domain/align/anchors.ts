/**
 * Anchors that survive translation: numbers (by value, whatever the digit script, separators or
 * scale words: segment/english-numbers.ts and segment/arabic-numbers.ts read them),
 * months and weekdays (English, Levantine and Egyptian/Gulf Arabic names), and quotation marks.
 * Each anchor is a plain string key ("n:12174", "m:10", "d:5") so that both sides can be compared
 * with set operations.
 */
import { readArabicNumbers, type ArabicWord } from "../segment/arabic-numbers.js";
import { readEnglishNumbers } from "../segment/english-numbers.js";
import { valueKey, type NumberExpression } from "../segment/number-values.js";

/**
 * The number keys of a text's quantities: exact ones by their likeliest value ("45,000", "٤٥ ألف",
 * "45 thousand" all give "n:45000"). Vague quantities ("thousands", "عشرات الآلاف") give none: a
 * translation may render them many ways, and a missing anchor counts against a pair.
 */
function numberKeys(expressions: NumberExpression[]): string[] {
  const keys: string[] = [];
  for (const e of expressions) if (e.kind === "exact" && e.values[0] !== undefined) keys.push(`n:${valueKey(e.values[0])}`);
  return keys;
}

const ENGLISH_MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const ENGLISH_MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ENGLISH_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

// Arabic months, normalised: Egyptian/Gulf (transliterated) and Levantine/Iraqi (Syriac) names.
// "آب" (August) folds to "اب" (father), so it is matched on the raw text only, with its madda.
const ARABIC_MONTHS: [RegExp, number][] = [
  [/يناير|كانون الثاني/u, 1], [/فبراير|شباط/u, 2], [/مارس|اذار/u, 3], [/ابريل|نيسان/u, 4],
  [/مايو|ايار/u, 5], [/يونيو|يونيه|حزيران/u, 6], [/يوليو|يوليه|تموز/u, 7], [/اغسطس|اغسطس/u, 8],
  [/سبتمبر|ايلول/u, 9], [/اكتوبر|تشرين الاول/u, 10], [/نوفمبر|تشرين الثاني/u, 11], [/ديسمبر|كانون الاول/u, 12],
];
const ARABIC_AUGUST_RAW = /(^|[^\u0621-\u064A])آب(?![\u0621-\u064A])/u;
const ARABIC_WEEKDAYS: [RegExp, number][] = [
  [/الاثنين/u, 1], [/الثلاثاء|الثلاثا/u, 2], [/الاربعاء|الاربعا/u, 3], [/الخميس/u, 4], [/الجمعه/u, 5], [/السبت/u, 6], [/الاحد/u, 7],
];

const ANY_ARABIC_MONTH = new RegExp(ARABIC_MONTHS.map(([p]) => p.source).join("|"), "u");
const ANY_ARABIC_WEEKDAY = new RegExp(ARABIC_WEEKDAYS.map(([p]) => p.source).join("|"), "u");

const QUOTE_MARKS = /["“”«»„]/u;

/** English word -> the anchor keys it gives by itself (weekdays); months need their case. */
const ENGLISH_WORD_KEYS = new Map<string, string[]>();
ENGLISH_WEEKDAYS.forEach((day, k) => ENGLISH_WORD_KEYS.set(day, [`d:${k + 1}`]));
const ENGLISH_MONTH_INDEX = new Map<string, number>();
ENGLISH_MONTHS.forEach((month, k) => ENGLISH_MONTH_INDEX.set(month, k + 1));
// Abbreviations, except "may" and "mar" (also English words) which only the full name covers.
ENGLISH_MONTH_ABBR.forEach((abbr, k) => {
  if (abbr !== "may" && abbr !== "mar") ENGLISH_MONTH_INDEX.set(abbr, k + 1);
});

/** Anchor keys of an English text. */
export function englishAnchors(text: string, words: { norm: string; capitalised: boolean; sentenceInitial: boolean }[]): string[] {
  const keys = numberKeys(readEnglishNumbers(text));
  for (const w of words) {
    const own = ENGLISH_WORD_KEYS.get(w.norm);
    if (own) keys.push(...own);
    const month = w.capitalised ? ENGLISH_MONTH_INDEX.get(w.norm) : undefined;
    // "May" and "March" are also English words: count them only when capitalised mid-sentence.
    if (month !== undefined && !((month === 5 || month === 3) && w.sentenceInitial)) keys.push(`m:${month}`);
  }
  return keys;
}

/** Anchor keys of an Arabic text (numbers in any digit script, months, weekdays). */
export function arabicAnchors(text: string, words: readonly ArabicWord[]): string[] {
  const keys = numberKeys(readArabicNumbers(text, words));
  const norm = words.map((w) => w.norm).join(" ");
  if (ANY_ARABIC_MONTH.test(norm)) for (const [pattern, month] of ARABIC_MONTHS) if (pattern.test(norm)) keys.push(`m:${month}`);
  if (text.includes("آب") && ARABIC_AUGUST_RAW.test(text)) keys.push("m:8");
  if (ANY_ARABIC_WEEKDAY.test(norm)) for (const [pattern, day] of ARABIC_WEEKDAYS) if (pattern.test(norm)) keys.push(`d:${day}`);
  return keys;
}

export function hasQuotation(text: string): boolean {
  return QUOTE_MARKS.test(text);
}
