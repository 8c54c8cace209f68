/**
 * {{formatNumber value}}: a number written for the page's language (Arabic-Indic digits in the
 * Arabic interface, as Arabic readers expect; Western digits in English). One formatter per
 * language, made once.
 */
import type { HelperOptions } from "handlebars";

const FORMATTERS = {
  ar: new Intl.NumberFormat("ar-EG", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export function formatNumber(this: unknown, value: unknown, options: HelperOptions): string {
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return "";
  return (lang === "ar" ? FORMATTERS.ar : FORMATTERS.en).format(n);
}
