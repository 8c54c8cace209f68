/**
 * Renders a template string through a fresh Handlebars instance with every registered helper, as
 * the views do, in the interface language `lang`: the helpers' tests look at real output.
 */
import Handlebars from "handlebars";
import { registerHelpers } from "../../../server/i18n/helpers/registry.js";

export function render(template: string, context: Record<string, unknown> = {}, lang = "en"): string {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  return hbs.compile(template)({ lang, ...context });
}
