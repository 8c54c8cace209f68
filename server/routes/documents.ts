/**
 * Reading a document: the alignment view (with row filters and search; `?fragment=rows` returns
 * only the rows and map, for the page script; a deleted document's shows an admin the way to
 * restore it, everyone else 404), its history page, and its JSON form for the API.
 * The history page and the JSON go through web/http.ts. The alignment view does not: it answers
 * from a cache of rendered, gzipped pages, counts renders against a budget and writes the bytes
 * itself, none of which the adapter's answers (JSON, redirect, page) would say better.
 */
import type { NextFunction, Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { buildAlignmentView, readRowFilter, ROW_SHOWS as SHOWS } from "../services/alignment-view.js";
import { buildHistoryView } from "../services/history-view.js";
import { documentData, documentOrThrow, documentWithFindingsVersion } from "../services/document-read.js";
import { PageCache } from "../web/page-cache.js";
import { RenderBudget } from "../web/render-budget.js";
import { http } from "../web/http.js";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import type { UserRecord } from "../store/types.js";
import { documentAbilities, readOnlyReason } from "../domain/auth/permissions.js";
import { preferencesOf } from "../services/preferences.js";
import { deletedDocumentFor } from "../services/document-manage.js";
import { actorOf } from "../web/actor.js";
import type { Translate } from "../web/http.js";

/** Compression on libuv's thread pool, not on the thread that answers everyone. */
const gzipAsync = promisify(gzip);

/** Collapses the indentation between tags of a rendered page (there is no <pre> or <textarea> in it). */
function compact(html: string): string {
  return html.replace(/>\s+</gu, "> <").replace(/\n\s*/gu, "\n");
}

/**
 * A deleted document's alignment view: for an admin, 404 with the page that says who deleted it,
 * when, how long it is kept, and offers to restore it; false (the caller answers the plain 404) for
 * everyone else and for a document that does not exist.
 */
function answerDeletedDocument(ctx: AppContext, req: Request, res: Response): boolean {
  if (!res.locals.user) return false;
  const document = deletedDocumentFor(ctx.store, Number(req.params.id), actorOf(res));
  if (!document) return false;
  const t = res.locals.t as Translate;
  res.status(404).send(ctx.render("documents/deleted", { ...res.locals, document, title: document.title, left: t("manage.days", { count: document.daysLeft }) }));
  return true;
}

export function showDocument(ctx: AppContext) {
  const cache = new PageCache();
  const budget = new RenderBudget();
  return async (req: Request, res: Response, next: NextFunction) => {
    const found = documentWithFindingsVersion(ctx.store, Number(req.params.id));
    if (!found) {
      if (!answerDeletedDocument(ctx, req, res)) next();
      return;
    }
    const { document, findingsVersion, findingsStamp } = found;
    const id = document.id;
    const filter = readRowFilter(req.query);
    const fragment = req.query.fragment === "rows";
    const user = res.locals.user as UserRecord | null;
    // The page is rendered in the user's density from the start (no flash of the other one).
    const { density } = preferencesOf(ctx.store, user);
    // Every change to a document raises its version, so a cached page is never stale; the key
    // also holds everything else the page shows (language, user and role, density, filter, CSRF token).
    // The findings' stamp: a rule, an accepted word or a restored dismissal recomputes them at the same version.
    const key = [id, document.version, findingsVersion, findingsStamp, res.locals.lang, user?.id, user?.role, density, filter.show, filter.q, filter.page, filter.row, fragment, res.locals.csrfToken].join("\u0001");
    let page = cache.get(key);
    if (page === undefined) {
      // A page not in the cache is rendered; each user gets a bounded number of renders a minute.
      if (!budget.take(String(user?.id ?? req.ip))) {
        res.status(429).setHeader("Retry-After", String(budget.retryAfterSeconds()));
        res.send(ctx.render("errors/error", { ...res.locals, status: 429, message: res.locals.t("errors.page.tooManyRenders") }));
        return;
      }
      const view = buildAlignmentView(ctx.store, id, filter, res.locals.lang);
      if (!view) {
        next();
        return;
      }
      // What this user may do here: a locked document shows a non-admin no tool at all, and says why.
      const locked = view.document.status === "locked";
      const context = {
        ...res.locals, ...view, title: view.document.title, shows: SHOWS, density,
        can: documentAbilities(user?.role, locked), readOnly: readOnlyReason(user?.role, locked),
      };
      const html = compact(fragment ? ctx.render("documents/rows", context, { layout: false }) : ctx.render("documents/alignment", context));
      page = { html: Buffer.from(html), gzip: await gzipAsync(html, { level: 6 }) };
      cache.set(key, page);
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "private, no-cache");
    res.vary("Accept-Encoding");
    if (/\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.setHeader("Content-Encoding", "gzip");
      res.end(page.gzip);
    } else {
      res.end(page.html);
    }
  };
}

export function showHistory(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      id: Number(req.params.id),
      before: typeof req.query.before === "string" && /^\d{1,12}$/u.test(req.query.before) ? Number(req.query.before) : undefined,
    }),
    run: ({ store }, { id, before }, actor, t, lang) => {
      const document = documentOrThrow(store, id);
      const locked = document.status === "locked";
      return { document, can: documentAbilities(actor.role, locked), locked: locked && readOnlyReason(actor.role, locked) === "locked", ...buildHistoryView(store, document.id, before, t, lang) };
    },
    answer: {
      page: ({ document, can, locked, items, olderHref }) => ({ view: "documents/history", context: { document, can, locked, items, olderHref, title: document.title } }),
    },
  });
}

export function documentJson(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: Number(req.params.id) }),
    run: ({ store }, { id }) => documentData(store, id),
    answer: { json: (data) => data },
  });
}
