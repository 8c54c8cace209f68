/**
 * {{t "key" name=value}}: a string from the locale files in the page's language (context.lang).
 */
import type { HelperOptions } from "handlebars";
import { translatorFor, type Language } from "../translate.js";

export function t(this: unknown, key: string, options: HelperOptions): string {
  const root = options.data?.root as { lang?: Language } | undefined;
  return translatorFor(root?.lang ?? "en")(key, options.hash as Record<string, unknown>);
}
