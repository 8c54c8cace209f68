/**
 * The corpus page: every document with its progress, filtered by title, status and date, and the
 * same list as JSON. It only reads: findings are counted as stored (the background keeps them
 * fresh). Controllers for web/http.ts over services/corpus-view.ts.
 */
import type { AppContext } from "../app-context.js";
import { findDocuments, listCorpus } from "../services/corpus-view.js";
import { http } from "../web/http.js";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export function showCorpus(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ q: text(req.query.q).slice(0, 200), status: text(req.query.status), from: text(req.query.from), to: text(req.query.to) }),
    run: ({ store }, filter) => findDocuments(store, filter),
    answer: { page: (documents, filter) => ({ view: "corpus/list", context: { documents, filter, title: "" } }) },
  });
}

export function corpusJson(ctx: AppContext) {
  return http(ctx, {
    parse: () => ({}),
    run: ({ store }) => listCorpus(store),
    answer: { json: (documents) => ({ documents }) },
  });
}
