/**
 * {{formatDate iso}}: a date (and time when given) written for the page's language.
 */
import type { HelperOptions } from "handlebars";

export function formatDate(this: unknown, value: unknown, options: HelperOptions): string {
  if (typeof value !== "string" || value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang ?? "en";
  const withTime = value.includes("T");
  return new Intl.DateTimeFormat(lang === "ar" ? "ar-EG" : "en-GB", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "UTC",
  }).format(date);
}
