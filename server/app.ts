/**
 * createApp({ store }) -> the Express app, without listening (tests start it on a loopback port).
 * Security headers with a strict Content-Security-Policy (no inline scripts, no other origins),
 * static assets and the Arabic font served from this server (the app works offline), the
 * interface language chosen per request, the routes, and error pages in that language.
 */
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { join } from "node:path";
import { ROOT, VIEWS_DIR } from "./paths.js";
import type { Store } from "./store/types.js";
import { createRenderer } from "./web/view-engine.js";
import { chooseLanguage } from "./web/language.js";
import { buildRoutes } from "./routes/index.js";

export type AppOptions = { store: Store; cacheViews?: boolean };

export function createApp(options: AppOptions): express.Express {
  const render = createRenderer({ cache: options.cacheViews ?? true });
  const ctx = { store: options.store, render };
  const app = express();
  app.disable("x-powered-by");
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
    }),
  );
  app.use("/assets/fonts", express.static(join(ROOT, "node_modules", "@fontsource", "noto-naskh-arabic", "files"), { maxAge: "30d", immutable: true }));
  app.use("/assets", express.static(join(VIEWS_DIR, "assets"), { maxAge: "1h" }));
  app.use(chooseLanguage);
  app.use(buildRoutes(ctx));
  app.use((_req: Request, res: Response) => {
    res.status(404).send(render("errors/error", { ...res.locals, status: 404, messageKey: "errors.page.notFound" }));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    if (!res.locals.lang) res.locals.lang = "en";
    res.status(500).send(render("errors/error", { ...res.locals, status: 500, messageKey: "errors.page.server" }));
  });
  return app;
}
