/**
 * The corpus page: every document with its progress, filtered by title, status and date, sorted by
 * a column (`sort`, `dir`) and paged (`page`), all GET parameters the links keep; and the same list
 * as JSON. It only reads: findings are counted as stored (the background keeps them
 * fresh). Controllers for web/http.ts over services/corpus-view.ts.
 */
import type { AppContext } from "../app-context.js";
import { corpusPage, listCorpus } from "../services/corpus-view.js";
import { can } from "../domain/auth/permissions.js";
import { http } from "../web/http.js";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function showCorpus(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({
      q: text(req.query.q).slice(0, 200), status: text(req.query.status), from: text(req.query.from), to: text(req.query.to),
      sort: text(req.query.sort), dir: text(req.query.dir), page: text(req.query.page),
    }),
    run: ({ store }, query, actor) => ({ ...corpusPage(store, query), canDelete: can(actor.role, "delete-document") }),
    answer: { page: (corpus) => ({ view: "corpus/list", context: { ...corpus, title: "" } }) },
  });
}

export function corpusJson(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: ({ store }) => listCorpus(store),
    answer: { json: (documents) => ({ documents }) },
  });
}
