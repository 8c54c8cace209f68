/**
 * Server-side rendering with Handlebars: pages under views/<area>/<page>.hbs, wrapped in
 * views/layouts/main.hbs, with every views/partials/*.hbs registered by file name. Templates are
 * all compiled when the renderer is made (and re-read on every render in development). Handlebars escapes every {{value}}, and
 * no template uses the unescaped {{{ }}} form for user text: imported text is always shown as text.
 */
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VIEWS_DIR } from "../paths.js";
import { registerHelpers } from "../i18n/helpers/registry.js";

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * Renders views/<page>.hbs in the layout. `layout: false` gives the page alone; `body` skips the
 * page and wraps an already rendered body (a cached one) in the layout.
 */
export type Renderer = (page: string, context: Record<string, unknown>, options?: { layout?: boolean; body?: string }) => string;

export function createRenderer(options: { cache: boolean } = { cache: true }): Renderer {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  // hbs.compile defers the real compilation to the first render, which then stalls that request
  // (300 ms for the alignment view); precompiling does it all now, before the server listens.
  const compileNow = (source: string): Handlebars.TemplateDelegate =>
    hbs.template(new Function(`return ${hbs.precompile(source, { strict: false })}`)() as TemplateSpecification);
  const load = (relative: string) => {
    const hit = options.cache ? compiled.get(relative) : undefined;
    if (hit) return hit;
    const source = readFileSync(join(VIEWS_DIR, relative), "utf8");
    const template = options.cache ? compileNow(source) : hbs.compile(source, { strict: false });
    compiled.set(relative, template);
    return template;
  };
  const registerPartials = () => {
    for (const file of readdirSync(join(VIEWS_DIR, "partials"))) {
      if (!file.endsWith(".hbs")) continue;
      const source = readFileSync(join(VIEWS_DIR, "partials", file), "utf8");
      hbs.registerPartial(file.slice(0, -4), options.cache ? compileNow(source) : source);
    }
  };
  registerPartials();
  if (options.cache) {
    for (const area of readdirSync(VIEWS_DIR, { withFileTypes: true })) {
      if (!area.isDirectory() || area.name === "partials" || area.name === "assets") continue;
      for (const file of readdirSync(join(VIEWS_DIR, area.name))) if (file.endsWith(".hbs")) load(`${area.name}/${file}`);
    }
  }
  return (page, context, renderOptions = {}) => {
    if (!options.cache) registerPartials();
    const body = renderOptions.body ?? load(`${page}.hbs`)(context);
    return renderOptions.layout === false ? body : load("layouts/main.hbs")({ ...context, body });
  };
}
