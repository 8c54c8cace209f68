/**
 * Every URL of the web app, in one place. Handlers live in one file per area and stay thin.
 */
import { Router } from "express";
import type { AppContext } from "../app-context.js";
import { showCorpus } from "./corpus.js";
import { showDocument } from "./documents.js";

export function buildRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/", showCorpus(ctx));
  router.get("/documents/:id", showDocument(ctx));
  router.get("/healthz", (_req, res) => {
    res.json({ ok: true, documents: ctx.store.countDocuments() });
  });
  return router;
}
