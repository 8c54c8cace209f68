/**
 * Server-side rendering with Handlebars: pages under views/<area>/<page>.hbs, wrapped in
 * views/layouts/main.hbs, with every views/partials/*.hbs registered by file name. Templates are
 * compiled once per process (and re-read in development). Handlebars escapes every {{value}}, and
 * no template uses the unescaped {{{ }}} form for user text: imported text is always shown as text.
 */
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VIEWS_DIR } from "../paths.js";
import { registerHelpers } from "../i18n/helpers/registry.js";

/**
 * Renders views/<page>.hbs in the layout. `layout: false` gives the page alone; `body` skips the
 * page and wraps an already rendered body (a cached one) in the layout.
 */
export type Renderer = (page: string, context: Record<string, unknown>, options?: { layout?: boolean; body?: string }) => string;

export function createRenderer(options: { cache: boolean } = { cache: true }): Renderer {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const load = (relative: string) => {
    const hit = options.cache ? compiled.get(relative) : undefined;
    if (hit) return hit;
    const template = hbs.compile(readFileSync(join(VIEWS_DIR, relative), "utf8"), { strict: false });
    compiled.set(relative, template);
    return template;
  };
  const registerPartials = () => {
    for (const file of readdirSync(join(VIEWS_DIR, "partials"))) {
      if (file.endsWith(".hbs")) hbs.registerPartial(file.slice(0, -4), readFileSync(join(VIEWS_DIR, "partials", file), "utf8"));
    }
  };
  registerPartials();
  return (page, context, renderOptions = {}) => {
    if (!options.cache) registerPartials();
    const body = renderOptions.body ?? load(`${page}.hbs`)(context);
    return renderOptions.layout === false ? body : load("layouts/main.hbs")({ ...context, body });
  };
}
