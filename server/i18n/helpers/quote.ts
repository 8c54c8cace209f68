/**
 * {{quote text}}: user or document text, escaped (invisible characters shown, show-controls.ts),
 * inside the quotation marks of the page's language: « » in Arabic, “ ” in English, through the
 * one quoting rule of format-value.ts. The text is isolated (<bdi>) so an Arabic suggestion in the
 * English interface, or a Latin one in the Arabic interface, keeps its marks on the right sides.
 */
import Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import { quoteIn } from "../format-value.js";
import { showControls } from "./show-controls.js";

export function quote(this: unknown, text: unknown, options: HelperOptions): Handlebars.SafeString {
  const lang = (options.data?.root as { lang?: string } | undefined)?.lang ?? "en";
  return new Handlebars.SafeString(quoteIn(lang, `<bdi>${showControls(text).toString()}</bdi>`));
}
