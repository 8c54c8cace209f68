/**
 * The glossary: approved English spellings of Arabic names and terms, used by the aligner and the
 * checks. View and search it, add or change an entry, remove one, import a TSV (pasted or
 * uploaded: ar, en, kind, note) and export it as TSV. Every change is in the audit log
 * (services/glossary.ts). Input the glossary refuses shows the glossary page again with the
 * message. The TSV download writes its own headers and is not a controller of web/http.ts.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import { glossaryTsv, GlossaryInputError, importGlossary, readGlossaryEntry, removeGlossaryEntry, saveGlossaryEntry, searchGlossary } from "../services/glossary.js";
import { http, type Page, type Translate } from "../web/http.js";
import type { Refusal } from "../web/send-error.js";

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToGlossary = (): string => "/glossary";

/** The glossary page again, whole, with the message of a refused entry or file. */
function refusedPage(ctx: AppContext, _input: unknown, refusal: Refusal, error: unknown, t: Translate): Page | null {
  if (!(error instanceof GlossaryInputError)) return null;
  return { view: "glossary/list", context: { entries: searchGlossary(ctx.store, ""), error: refusal.message, title: t("glossary.title") } };
}

export function showGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ q: typeof req.query.q === "string" ? req.query.q.slice(0, 100) : "" }),
    run: ({ store }, { q }) => searchGlossary(store, q),
    answer: { page: (entries, { q }, t) => ({ view: "glossary/list", context: { entries, q, title: t("glossary.title") } }) },
  });
}

export function saveGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => readGlossaryEntry(bodyOf(req)),
    run: ({ store }, entry, actor) => saveGlossaryEntry(store, entry, actor.name),
    answer: { redirect: backToGlossary },
    refused: refusedPage,
  });
}

export function removeGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ ar: String(bodyOf(req).ar ?? ""), en: String(bodyOf(req).en ?? "") }),
    run: ({ store }, { ar, en }, actor) => removeGlossaryEntry(store, ar, en, actor.name),
    answer: { redirect: backToGlossary },
  });
}

export function importGlossaryFile(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const file = (req as Request & { file?: { buffer: Buffer } }).file;
      const pasted = bodyOf(req).tsv;
      return { tsv: file ? new TextDecoder("utf-8", { fatal: false }).decode(file.buffer) : typeof pasted === "string" ? pasted : "" };
    },
    run: ({ store }, { tsv }, actor) => importGlossary(store, tsv, actor.name),
    answer: { json: (added) => ({ ok: true, added }), redirect: backToGlossary },
    refused: refusedPage,
  });
}

export function exportGlossary(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.setHeader("Content-Type", "text/tab-separated-values; charset=utf-8");
    res.setHeader("Content-Disposition", 'attachment; filename="glossary.tsv"');
    res.send(glossaryTsv(ctx.store));
  };
}
