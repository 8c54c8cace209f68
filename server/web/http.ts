/**
 * The route adapter, in the manner of Ghost's `http(controller)`: a controller says how to read a
 * request (`parse`), which service to call (`run`) and how to answer (`answer`: JSON, a redirect,
 * a page); the adapter does the rest in one place, so controllers never touch `req` or `res`
 * beyond `parse`. Every refusal a service raises (a coded error: 400, 403, 404, 409) goes through
 * web/send-error.ts, in the user's language; anything else goes on to the app's 500 handler.
 *
 * How the answer is chosen: JSON when the client asks for it (an /api/ path or Accept:
 * application/json) or when JSON is the only answer; else the redirect (303, POST-redirect-GET);
 * else the page. Who may call a route is declared beside its URL in routes/index.ts, not here.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Language } from "../i18n/translate.js";
import type { AppContext } from "../app-context.js";
import type { Actor } from "../services/review.js";
import { actorOf } from "./actor.js";
import { requireLogin, wantsJson } from "./guards.js";
import { errorPageContext, sendError, type Refusal } from "./send-error.js";

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A page: views/<view>.hbs in the layout, given the request's locals (user, language, CSRF token …)
 * and `context`; `layout: false` for a page that is a whole document of its own (a printable report).
 */
export type Page = { view: string; context: Record<string, unknown>; layout?: false };

/**
 * What a JSON answer may use beyond the result: the reader's language and a renderer of views
 * without the layout, given the request's locals (for answers that carry server-rendered rows).
 */
export type AnswerView = { t: Translate; lang: string; fragment(view: string, context: Record<string, unknown>): string };

export type Controller<Input, Result> = {
  /** What the request asks for, read from params, query, body or uploads. May throw a coded error (400). */
  parse(req: Request): Input;
  /**
   * The use case: calls a service with the app context and the logged-in user; `t` is the
   * reader's language, for services that build a view in it (messages of findings, diffs), and
   * `lang` its code.
   */
  run(ctx: AppContext, input: Input, actor: Actor, t: Translate, lang: Language): Result | Promise<Result>;
  answer: {
    /** The JSON body. */
    json?: (result: Result, input: Input, view: AnswerView) => unknown;
    /** The status of a JSON answer (default 200). */
    status?: number;
    /** Where a browser goes next (303). */
    redirect?: (result: Result, input: Input) => string;
    page?: (result: Result, input: Input, t: Translate) => Page;
  };
  /**
   * For a browser, the page a coded refusal shows instead of the plain error page (the form
   * again, with the message); null keeps the plain page. JSON clients always get the JSON refusal.
   */
  refused?: (ctx: AppContext, input: Input, refusal: Refusal, error: unknown, t: Translate) => Page | null;
};

export function http<Input, Result>(ctx: AppContext, controller: Controller<Input, Result>): RequestHandler {
  const { json, status = 200, redirect, page } = controller.answer;
  if (!json && !redirect && !page) throw new Error("web/http: a controller needs an answer (json, redirect or page)");
  const render = (res: Response, shown: Page) => res.send(ctx.render(shown.view, { ...res.locals, ...shown.context }, shown.layout === false ? { layout: false } : undefined));

  return async (req: Request, res: Response, next: NextFunction) => {
    if (!res.locals.user) {
      // Routes declare their guards in routes/index.ts; a controller always acts for somebody.
      requireLogin(req, res, next);
      return;
    }
    const t = res.locals.t as Translate;
    let input: Input | undefined;
    let parsed = false;
    try {
      input = controller.parse(req);
      parsed = true;
      const result = await controller.run(ctx, input, actorOf(res), t, res.locals.lang === "ar" ? "ar" : "en");
      if (json && (wantsJson(req) || (!redirect && !page))) {
        const view: AnswerView = { t, lang: String(res.locals.lang ?? "en"), fragment: (name, context) => ctx.render(name, { ...res.locals, ...context }, { layout: false }) };
        res.status(status).json(json(result, input, view));
      }
      else if (redirect) res.redirect(303, redirect(result, input));
      else if (page) render(res, page(result, input, t));
    } catch (error) {
      const refused = controller.refused;
      sendError(req, res, next, error, refused && parsed ? (refusal) => {
        const shown = refused(ctx, input as Input, refusal, error, t);
        if (shown) render(res, shown);
        else res.send(ctx.render("errors/error", errorPageContext(req, res, refusal.status, refusal.message, refusal.why)));
      } : undefined);
    }
  };
}
