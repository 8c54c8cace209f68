/**
 * createApp({ store }) -> the Express app, without listening (tests start it on a loopback port).
 * Security headers with a strict Content-Security-Policy (no inline scripts, no other origins),
 * static assets and the Arabic font served from this server (the app works offline), the
 * interface language chosen per request, body size limits, sessions, CSRF tokens, the routes, and
 * error pages in the interface language that never show a stack trace.
 */
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { join } from "node:path";
import { ROOT, VIEWS_DIR } from "./paths.js";
import type { Store } from "./store/types.js";
import { createRenderer } from "./web/view-engine.js";
import { chooseLanguage } from "./web/language.js";
import { translatorFor } from "./i18n/translate.js";
import { wantsJson } from "./web/guards.js";
import { errorPageContext } from "./web/send-error.js";
import { buildRoutes, loginRateLimit } from "./routes/index.js";
import cookieParser from "cookie-parser";
import { loadSession } from "./web/session.js";
import { createCsrf } from "./web/csrf.js";
import { trustProxy, type TrustProxy } from "./config.js";
import { startBackground, type Background } from "./jobs/background.js";

/** Largest form or JSON body: a paragraph edit is a few kilobytes; uploads have their own limit. */
const BODY_LIMIT = "256kb";

function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 600) return status;
  if ((error as { code?: unknown } | null)?.code === "LIMIT_FILE_SIZE") return 413;
  return 500;
}

function isCsrfError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "EBADCSRFTOKEN";
}

export type AppOptions = {
  store: Store;
  cacheViews?: boolean;
  /** Worker threads and the findings refresher (default: started for this store; closed by whoever started it). */
  background?: Background;
  /** Which proxies to believe about the client's address and scheme (default: MIZAN_TRUST_PROXY, see config.ts). */
  trustProxy?: TrustProxy;
};

export function createApp(options: AppOptions): express.Express {
  const render = createRenderer({ cache: options.cacheViews ?? true });
  const background = options.background ?? startBackground(options.store);
  const ctx = { store: options.store, render, background };
  const app = express();
  app.locals.background = background;
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? trustProxy());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'"],
          "font-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          "upgrade-insecure-requests": null,
        },
      },
      strictTransportSecurity: false,
      // The Referer goes to this site only (never elsewhere): a refusal page links back to the page it came from.
      referrerPolicy: { policy: "same-origin" },
    }),
  );
  app.use("/assets/fonts", express.static(join(ROOT, "node_modules", "@fontsource", "noto-naskh-arabic", "files"), { maxAge: "30d", immutable: true }));
  // The page script, compiled from server/page/ (ES modules; server/page/tsconfig.json).
  app.use("/assets/js", express.static(join(ROOT, "dist", "server", "page"), { maxAge: "1h" }));
  app.use("/assets", express.static(join(VIEWS_DIR, "assets"), { maxAge: "1h" }));
  app.use(chooseLanguage);
  app.use((_req, res, next) => {
    res.locals.render = render;
    next();
  });
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 100 }));
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(loadSession(options.store));
  // Any change may leave findings stale: the refresher looks once the answer has gone out.
  app.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") res.on("finish", () => res.statusCode < 400 && background.findings.changed());
    next();
  });
  const csrf = createCsrf(options.store);
  app.use(csrf.issue);
  app.use(buildRoutes(ctx, { csrf: csrf.protect, loginLimit: loginRateLimit(options.store) }));
  app.use((_req: Request, res: Response) => {
    res.status(404).send(render("errors/error", { ...res.locals, status: 404, message: res.locals.t("errors.page.notFound") }));
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    if (!res.locals.t) res.locals.t = translatorFor("en");
    const key = status === 403 ? (isCsrfError(error) ? "errors.auth.csrf" : "errors.auth.forbidden") : status === 413 ? "errors.page.tooLarge" : status === 400 ? "errors.page.badRequest" : "errors.page.server";
    const message = res.locals.t(key);
    res.status(status);
    if (wantsJson(req)) res.json({ error: status === 403 && isCsrfError(error) ? "csrf" : `http-${status}`, message });
    // A guard's refusal (not a stale form's CSRF token) gets the page that says who may do this.
    else res.send(render("errors/error", errorPageContext(req, res, status, message, status === 403 && !isCsrfError(error) ? "role" : undefined)));
  });
  return app;
}
