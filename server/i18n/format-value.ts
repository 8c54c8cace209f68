/**
 * How values are written in each interface language, in one place: numbers (Arabic-Indic digits
 * and Arabic separators in the Arabic interface, Western digits in English), lists of values (the
 * Arabic comma «،» in Arabic), and quotations (« » in Arabic, “ ” in English). i18next calls
 * `formatValue` on every value it interpolates (translate.ts), so a number given to t() as a
 * number comes out in the reader's digits; strings (text a user or a document wrote) are left
 * exactly as they are. Values are formatted when a page is rendered, never stored formatted.
 */

/** A language of the interface; anything else is written as English. */
type Lang = "en" | "ar" | string;

// "ar-EG": Intl's plain "ar" now writes Western digits (CLDR 42+); Arabic newsrooms write
// Arabic-Indic digits. Grouping "min2": separators from five digits on, so a year stays "2024".
// (TypeScript's lib does not know "min2" yet; Node has it since 20, Intl.NumberFormat v3.)
const NUMBER_OPTIONS = { maximumFractionDigits: 2, useGrouping: "min2" } as unknown as Intl.NumberFormatOptions;
const NUMBER_FORMATS = { ar: new Intl.NumberFormat("ar-EG", NUMBER_OPTIONS), en: new Intl.NumberFormat("en-GB", NUMBER_OPTIONS) };

const LIST_SEPARATORS = { ar: "، ", en: ", " };
const QUOTES = { ar: ["«", "»"], en: ["“", "”"] } as const;

function isArabic(lang: Lang): boolean {
  return lang === "ar";
}

/** A number in the language's digits, or "" for what is not a finite number. */
export function formatNumberIn(lang: Lang, value: unknown): string {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) return "";
  return (isArabic(lang) ? NUMBER_FORMATS.ar : NUMBER_FORMATS.en).format(n);
}

/** Values joined as the language lists them, numbers among them in its digits. */
export function formatListIn(lang: Lang, values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "number" ? formatNumberIn(lang, v) : String(v ?? ""))).join(isArabic(lang) ? LIST_SEPARATORS.ar : LIST_SEPARATORS.en);
}

/** A quotation marked as the language marks one. */
export function quoteIn(lang: Lang, text: string): string {
  const [open, close] = isArabic(lang) ? QUOTES.ar : QUOTES.en;
  return `${open}${text}${close}`;
}

/** What i18next interpolates: numbers and lists formatted, anything else as it is. */
export function formatValue(value: unknown, lang: Lang | undefined): unknown {
  if (typeof value === "number") return formatNumberIn(lang ?? "en", value);
  if (Array.isArray(value)) return formatListIn(lang ?? "en", value);
  return value;
}

// Month and weekday names from Intl (ar-EG: the names Egyptian and Gulf newsrooms print, "يوليو").
const MONTHS = { ar: new Intl.DateTimeFormat("ar-EG", { month: "long", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }) };
const WEEKDAYS = { ar: new Intl.DateTimeFormat("ar-EG", { weekday: "long", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" }) };

/** The name of month 1–12 in the language, or "" for another number. */
export function monthNameIn(lang: Lang, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) return "";
  return (isArabic(lang) ? MONTHS.ar : MONTHS.en).format(Date.UTC(2001, month - 1, 15));
}

/** The name of weekday 1–7 (Monday is 1, as anchors.ts counts) in the language, or "". */
export function weekdayNameIn(lang: Lang, day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 7) return "";
  // 1 January 2001 was a Monday.
  return (isArabic(lang) ? WEEKDAYS.ar : WEEKDAYS.en).format(Date.UTC(2001, 0, day));
}
