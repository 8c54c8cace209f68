/**
 * {{formatNumber value}}: a number written for the page's language (Arabic-Indic digits in the
 * Arabic interface, as Arabic readers expect; Western digits in English), by format-value.ts, the
 * same writer i18next uses for numbers inside sentences.
 */
import type { HelperOptions } from "handlebars";
import { formatNumberIn } from "../format-value.js";

export function formatNumber(this: unknown, value: unknown, options: HelperOptions): string {
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang ?? "en";
  return formatNumberIn(lang, value);
}
