/**
 * {{t "key" name=value}}: a string from the locale files in the page's language (context.lang).
 * Strings without parameters are memoised per language: a 200-row page asks for the same labels
 * thousands of times.
 */
import type { HelperOptions } from "handlebars";
import { translatorFor, type Language } from "../translate.js";

const PLAIN = new Map<string, string>();

export function t(this: unknown, key: string, options: HelperOptions): string {
  const lang = (options.data?.root as { lang?: Language } | undefined)?.lang ?? "en";
  const params = options.hash as Record<string, unknown>;
  if (Object.keys(params).length > 0) return translatorFor(lang)(key, params);
  const memoKey = `${lang}\u0000${key}`;
  let text = PLAIN.get(memoKey);
  if (text === undefined) PLAIN.set(memoKey, (text = translatorFor(lang)(key)));
  return text;
}
