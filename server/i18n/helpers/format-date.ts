/**
 * {{formatDate iso}}: a date (and time when given) written for the page's language: in Arabic with
 * the month's Arabic name and Arabic-Indic digits ("١ مايو ٢٠٢٤"), in English "1 May 2024".
 */
import type { HelperOptions } from "handlebars";

// Arabic: the month by name (ar-EG's medium style is all digits, "٠١‏/٠٥‏/٢٠٢٤").
const AR_DATE = new Intl.DateTimeFormat("ar-EG", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const AR_DATE_TIME = new Intl.DateTimeFormat("ar-EG", { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC" });
const EN_DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const EN_DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDate(this: unknown, value: unknown, options: HelperOptions): string {
  if (typeof value !== "string" || value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang ?? "en";
  const withTime = value.includes("T");
  return (lang === "ar" ? (withTime ? AR_DATE_TIME : AR_DATE) : withTime ? EN_DATE_TIME : EN_DATE).format(date);
}
