/**
 * The user's own interface preferences: POST /preferences/density (a form, CSRF-checked like every
 * write) stores the alignment view's density and goes back to the document it came from; the page
 * script posts the same to /api/preferences/density and flips the page in place. Thin: the
 * service checks the value, web/http.ts answers.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { http } from "../web/http.js";
import { chooseDensity } from "../services/preferences.js";

/** Where the form goes back to: an alignment view (with its filter), never another site; else the corpus. */
export function backToView(value: unknown): string {
  return typeof value === "string" && /^\/documents\/\d{1,12}(?:\?[\w%=&.+-]{0,500})?$/u.test(value) ? value : "/";
}

export function saveDensity(ctx: AppContext) {
  return http(ctx, {
    parse: (req: Request) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      return { density: body.density, back: backToView(body.back) };
    },
    run: ({ store }, { density }, actor) => chooseDensity(store, actor, density),
    answer: {
      json: (density) => ({ ok: true, density }),
      redirect: (_density, { back }) => back,
    },
  });
}
