/**
 * {{formatNumber value}}: a number written for the page's language (Arabic-Indic digits in the
 * Arabic interface, as Arabic readers expect; Western digits in English).
 */
import type { HelperOptions } from "handlebars";

export function formatNumber(this: unknown, value: unknown, options: HelperOptions): string {
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang ?? "en";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return "";
  return new Intl.NumberFormat(lang === "ar" ? "ar-EG" : "en-GB", { maximumFractionDigits: 2 }).format(n);
}
