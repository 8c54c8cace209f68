/**
 * The pairing review pages of archives (issue 14): the list of archives, an archive's pairs by
 * score with Confirm / Reject per pair and for the ticked ones, each edition's unpaired articles,
 * and the re-pair page (search the other edition, pair with one). Controllers of web/http.ts over
 * services/archive-review.ts; the guards are in routes/index.ts. A decision answers with a
 * redirect back to the page it was made on (its filter kept), a stale one with 409; one that
 * deleted documents (a rejected pair's) says how many on the page it goes back to. The files that
 * could not be read have a page of their own, paged.
 */
import type { Request, RequestHandler } from "express";
import type { AppContext } from "../app-context.js";
import {
  archivePairsPage, decidePairAs, decidePairsAs, fileErrorsPage, parseArticleCursor, parseDecision, parseEdition, parseFileErrorCursor, parseFilter, parsePairCursor,
  repairAs, repairView, unpairedPage, PAIR_FILTERS, archiveOrThrow,
} from "../services/archive-review.js";
import { RETENTION_DAYS } from "../services/document-manage.js";
import { can } from "../domain/auth/permissions.js";
import { http, type Translate } from "../web/http.js";
import type { Background } from "../jobs/background.js";

/** After a decision that may have queued the documents job: the runner looks for it now, not at its next poll. */
function awake<T>(background: Background, outcome: T): T {
  background.jobs.wake();
  return outcome;
}

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
/** An archive's id from the path: digits only (anything else names no archive: 404). */
const archiveIdOf = (req: Request): number => (/^\d{1,15}$/u.test(String(req.params.id)) ? Number(req.params.id) : Number.NaN);
const text = (value: unknown, max = 600): string => (typeof value === "string" ? value.slice(0, max) : "");

/**
 * Before the handlers of /archives/:id…: a path whose :id is not digits is not an archive's page,
 * so the router goes on to the next route (another page under /archives, such as the upload form's).
 */
export const onlyArchiveIds: RequestHandler = (req, _res, next) => {
  next(/^\d{1,15}$/u.test(String(req.params.id)) ? undefined : "route");
};

/** The re-pair page of one article (its id is the archive's own: any characters, so encoded). */
const repairHref = (archiveId: number, edition: "en" | "ar", articleId: string): string => `/archives/${archiveId}/repair?${edition}=${encodeURIComponent(articleId)}`;

/** A count in a query ("decided=3" after a bulk decision), or null. */
const count = (value: unknown): number | null => (typeof value === "string" && /^\d{1,4}$/u.test(value) ? Number(value) : null);

/** Where a decision goes back to: the archive's pairs, with the filter it was made under (and how many documents it deleted). */
const backTo = (id: number, filter: unknown, deleted = 0): string => `/archives/${id}?status=${parseFilter(filter)}${deleted > 0 ? `&deleted=${deleted}` : ""}`;

/** How long a deleted document waits to be restored, in words. */
const retention = (t: Translate): string => t("manage.days", { count: RETENTION_DAYS });

export function showArchives(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: ({ store }, _input, actor) => ({ archives: store.listArchives(), mayImport: can(actor.role, "import") }),
    answer: {
      json: ({ archives }) => ({ archives }),
      page: ({ archives, mayImport }, _input, t) => ({ view: "archives/list", context: { archives, mayImport, title: t("archiveReview.list.title") } }),
    },
  });
}

export function showArchive(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      id: archiveIdOf(req), filter: parseFilter(req.query.status), after: parsePairCursor(req.query.after),
      decided: count(req.query.decided), stale: count(req.query.stale), deleted: count(req.query.deleted),
    }),
    run: ({ store }, { id, filter, after }, actor, t, lang) => ({ ...archivePairsPage(store, id, { filter, after }, actor, t, lang), mayRestore: can(actor.role, "delete-document") }),
    answer: {
      json: (page) => ({ archive: page.archive, pairs: page.pairs, next: page.next, job: page.job, fileErrors: page.fileErrors }),
      page: (page, { decided, stale, deleted }, t) => ({
        view: "archives/show",
        context: {
          ...page,
          pairs: page.pairs.map((p) => ({ ...p, repairEn: repairHref(page.archive.id, "en", p.en.id), repairAr: repairHref(page.archive.id, "ar", p.ar.id) })),
          nextHref: page.next === null ? null : `/archives/${page.archive.id}?status=${page.filter}&after=${encodeURIComponent(page.next)}`,
          title: t("archiveReview.show.title", { name: page.archive.name }),
          notice: decided === null ? null : t("archiveReview.show.decided", { decided: t("counted.pairs", { count: decided }), stale: t("counted.pairs", { count: stale ?? 0 }) }),
          deletedNotice: deleted === null || deleted === 0 ? null : t("archiveReview.show.documentsDeleted", { documents: t("counted.documents", { count: deleted }), days: retention(t) }),
          rejectDeletes: t("archiveReview.show.rejectDeletes", { days: retention(t) }),
          waitingForPairs: page.job !== null && page.job.live && page.archive.pairedAt === null,
          filters: PAIR_FILTERS.map((id) => ({ id, label: t(`archiveReview.filter.${id}`), selected: id === page.filter })),
        },
      }),
    },
  });
}

export function showUnpaired(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: archiveIdOf(req), edition: parseEdition(req.query.edition ?? "en"), after: parseArticleCursor(req.query.after) }),
    run: ({ store }, { id, edition, after }, actor) => unpairedPage(store, id, edition, after, actor),
    answer: {
      json: (page) => ({ edition: page.edition, articles: page.articles, total: page.total, next: page.next }),
      page: (page, _input, t) => ({
        view: "archives/unpaired",
        context: {
          ...page, isAr: page.edition === "ar",
          articles: page.articles.map((a) => ({ ...a, repairHref: repairHref(page.archive.id, page.edition, a.id) })),
          nextHref: page.next === null ? null : `/archives/${page.archive.id}/unpaired?edition=${page.edition}&after=${encodeURIComponent(page.next)}`,
          title: t(`archiveReview.unpaired.title.${page.edition}`, { name: page.archive.name }),
        },
      }),
    },
  });
}

export function showRepair(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const edition = typeof req.query.ar === "string" ? "ar" : "en";
      return { id: archiveIdOf(req), edition: parseEdition(edition), article: text(req.query[edition]), q: text(req.query.q, 800) };
    },
    run: ({ store }, { id, edition, article, q }, actor) => repairView(store, id, edition, article, q, actor),
    answer: {
      json: (view) => view,
      page: (view, _input, t) => ({
        view: "archives/repair",
        context: {
          ...view, isAr: view.edition === "ar", otherIsAr: view.other === "ar", title: t("archiveReview.repair.title", { name: view.archive.name }),
          rejectDeletes: t("archiveReview.show.rejectDeletes", { days: retention(t) }),
        },
      }),
    },
  });
}

export function decidePair(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      id: archiveIdOf(req), pair: /^\d{1,15}$/u.test(String(req.params.pair)) ? Number(req.params.pair) : Number.NaN,
      decision: parseDecision(bodyOf(req).decision), version: bodyOf(req).version, filter: bodyOf(req).status,
    }),
    run: ({ store, background }, { id, pair, decision, version }, actor) => awake(background, decidePairAs(store, id, pair, decision, version, actor)),
    answer: {
      json: (pair) => ({ ok: true, pair: { id: pair.id, status: pair.status, version: pair.version }, deletedDocuments: pair.deletedDocuments }),
      redirect: (pair, { filter }) => `${backTo(pair.archiveId, filter, pair.deletedDocuments.length)}#pair-${pair.id}`,
    },
  });
}

export function decidePairs(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: archiveIdOf(req), decision: parseDecision(bodyOf(req).decision), picked: bodyOf(req).pair, filter: bodyOf(req).status }),
    run: ({ store, background }, { id, decision, picked }, actor) => awake(background, decidePairsAs(store, id, decision, picked, actor)),
    answer: {
      json: (outcome) => ({ ok: true, ...outcome }),
      redirect: (outcome, { id, filter }) => `${backTo(id, filter, outcome.deletedDocuments.length)}&decided=${outcome.decided}&stale=${outcome.stale}`,
    },
  });
}

export function submitRepair(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: archiveIdOf(req), edition: parseEdition(bodyOf(req).edition), article: bodyOf(req).article, other: bodyOf(req).with }),
    run: ({ store, background }, { id, edition, article, other }, actor) => {
      archiveOrThrow(store, id);
      return awake(background, repairAs(store, id, edition, article, other, actor));
    },
    answer: {
      json: (pair) => ({ ok: true, pair: { id: pair.id, en: pair.en.id, ar: pair.ar.id, status: pair.status }, deletedDocuments: pair.deletedDocuments }),
      redirect: (pair) => `${backTo(pair.archiveId, "manual", pair.deletedDocuments.length)}#pair-${pair.id}`,
    },
  });
}

export function showFileErrors(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: archiveIdOf(req), after: parseFileErrorCursor(req.query.after) }),
    run: ({ store }, { id, after }, _actor, t) => fileErrorsPage(store, id, after, t),
    answer: {
      json: (page) => ({ errors: page.errors, next: page.next }),
      page: (page, _input, t) => ({
        view: "archives/errors",
        context: {
          ...page,
          nextHref: page.next === null ? null : `/archives/${page.archive.id}/errors?after=${encodeURIComponent(page.next)}`,
          title: t("archiveReview.show.fileErrors.pageTitle", { name: page.archive.name }),
        },
      }),
    },
  });
}
