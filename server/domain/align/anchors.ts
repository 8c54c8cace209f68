/**
 * Anchors that survive translation: numbers (by value, whatever the digit script or separators),
 * months and weekdays (English, Levantine and Egyptian/Gulf Arabic names), and quotation marks.
 * Each anchor is a plain string key ("n:12174", "m:10", "d:5") so that both sides can be compared
 * with set operations.
 */
import { toAsciiDigits } from "../segment/normalise-arabic.js";

// 1,200 / 1.200 (thousands), 12174, 3.5, ١٢١٧٤, ١٬٢٠٠, ٣٫٥ (after folding digits to ASCII).
const NUMBER = /\d{1,3}(?:[,\u066C\u060C]\d{3})+(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/gu;

/** Canonical value of one matched number: separators removed, trailing ".0" dropped. */
function canonicalNumber(raw: string): string {
  const ascii = raw.replace(/[,\u066C\u060C]/gu, "").replace(/\u066B/gu, ".");
  const value = Number(ascii);
  return Number.isFinite(value) ? String(value) : ascii;
}

export type NumberMatch = { value: string; start: number; end: number };

/** Numbers written in digits, with their UTF-16 spans in the original text. */
export function findNumbers(text: string): NumberMatch[] {
  const ascii = toAsciiDigits(text); // digit folding keeps UTF-16 offsets (one unit per digit)
  const out: NumberMatch[] = [];
  for (const m of ascii.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    out.push({ value: canonicalNumber(m[0]), start, end: start + m[0].length });
  }
  return out;
}

// Small numbers are often spelt out on one side and written in digits on the other.
const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};
// Normalised Arabic forms (ة folded to ه, hamza dropped), masculine and feminine.
const ARABIC_NUMBER_WORDS: Record<string, number> = {
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6,
  سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10, عشرين: 20, عشرون: 20,
  ثلاثين: 30, ثلاثون: 30, اربعين: 40, اربعون: 40, خمسين: 50, خمسون: 50, مايه: 100, مييه: 100, الف: 1000,
  مليون: 1e6, مليار: 1e9,
};

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

/** English word -> the anchor keys it gives by itself (numbers, weekdays); months need their case. */
const ENGLISH_WORD_KEYS = new Map<string, string[]>();
for (const [word, value] of Object.entries(ENGLISH_NUMBER_WORDS)) ENGLISH_WORD_KEYS.set(word, [`n:${value}`]);
ENGLISH_WEEKDAYS.forEach((day, k) => ENGLISH_WORD_KEYS.set(day, [`d:${k + 1}`]));
const ENGLISH_MONTH_INDEX = new Map<string, number>();
ENGLISH_MONTHS.forEach((month, k) => ENGLISH_MONTH_INDEX.set(month, k + 1));
// Abbreviations, except "may" and "mar" (also English words) which only the full name covers.
ENGLISH_MONTH_ABBR.forEach((abbr, k) => {
  if (abbr !== "may" && abbr !== "mar") ENGLISH_MONTH_INDEX.set(abbr, k + 1);
});

/** Anchor keys of an English text. */
export function englishAnchors(text: string, words: { norm: string; capitalised: boolean; sentenceInitial: boolean }[]): string[] {
  const keys = /\d/u.test(text) ? findNumbers(text).map((n) => `n:${n.value}`) : [];
  for (const w of words) {
    const own = ENGLISH_WORD_KEYS.get(w.norm);
    if (own) keys.push(...own);
    const month = w.capitalised ? ENGLISH_MONTH_INDEX.get(w.norm) : undefined;
    // "May" and "March" are also English words: count them only when capitalised mid-sentence.
    if (month !== undefined && !((month === 5 || month === 3) && w.sentenceInitial)) keys.push(`m:${month}`);
  }
  return keys;
}

/** Arabic number words with the clitics they commonly carry (و ب ل ال …), normalised. */
const ARABIC_WORD_NUMBERS = new Map<string, number>();
for (const [word, value] of Object.entries(ARABIC_NUMBER_WORDS)) {
  for (const prefix of ["", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال"]) ARABIC_WORD_NUMBERS.set(prefix + word, value);
}

/** Anchor keys of an Arabic text (numbers in any digit script, months, weekdays). */
export function arabicAnchors(text: string, words: { norm: string }[]): string[] {
  const keys = /[\d\u0660-\u0669\u06F0-\u06F9]/u.test(text) ? findNumbers(text).map((n) => `n:${n.value}`) : [];
  for (const w of words) {
    const num = ARABIC_WORD_NUMBERS.get(w.norm);
    if (num !== undefined) keys.push(`n:${num}`);
  }
  const norm = words.map((w) => w.norm).join(" ");
  if (ANY_ARABIC_MONTH.test(norm)) for (const [pattern, month] of ARABIC_MONTHS) if (pattern.test(norm)) keys.push(`m:${month}`);
  if (text.includes("آب") && ARABIC_AUGUST_RAW.test(text)) keys.push("m:8");
  if (ANY_ARABIC_WEEKDAY.test(norm)) for (const [pattern, day] of ARABIC_WEEKDAYS) if (pattern.test(norm)) keys.push(`d:${day}`);
  return keys;
}

export function hasQuotation(text: string): boolean {
  return QUOTE_MARKS.test(text);
}
