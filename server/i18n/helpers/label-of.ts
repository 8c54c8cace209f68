/**
 * {{labelOf "glossary.kinds" kind}}: the name of a value from data (a glossary kind, a status, a
 * history action …) in the page's language, from the locale key `<group>.<value>`; a value the
 * locales do not name (a kind typed into an imported glossary) is shown as it is, escaped and with
 * its invisible characters shown (show-controls.ts), so nothing from data reaches the page as markup.
 */
import type Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import { getI18n, type Language } from "../translate.js";
import { showControls } from "./show-controls.js";

export function labelOf(this: unknown, group: unknown, value: unknown, options: HelperOptions): string | Handlebars.SafeString {
  const lang = (options.data?.root as { lang?: Language } | undefined)?.lang ?? "en";
  const name = String(value ?? "");
  const key = `${String(group)}.${name}`;
  const i18n = getI18n();
  if (name !== "" && /^[\w-]+$/u.test(name) && i18n.exists(key, { lng: lang })) return i18n.t(key, { lng: lang });
  return showControls(name);
}
