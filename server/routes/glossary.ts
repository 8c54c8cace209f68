/**
 * The glossary: approved English spellings of Arabic names and terms, used by the aligner and the
 * checks. View and search it, add an entry, change one in place (a form per entry, POST
 * /glossary/edit naming the entry by its original forms), remove one, import a TSV (pasted or
 * uploaded: ar, en, kind, note, variant_of) and export it as TSV. Every change is in the audit log
 * (services/glossary.ts). Input the glossary refuses shows the glossary page again with the
 * message; a second spelling of a name that has an approved one comes with a form that records it
 * as a known variant instead. An import shows the page with its report: how many lines were
 * stored and each refused line with its number and reason (the first 500 on the page). Removing asks first, on a page of its own (GET /glossary/remove shows the entry and
 * a form that posts `confirmed=yes`); a removal posted without it is sent to that page, so no
 * entry goes with one click, with or without JavaScript. The TSV download writes its own headers
 * and is not a controller of web/http.ts.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import {
  editGlossaryEntry, findGlossaryEntry, glossaryTsv, type GlossaryImport, GlossaryInputError, importGlossary, readGlossaryEntry, removeGlossaryEntry,
  saveGlossaryEntry, searchGlossary,
} from "../services/glossary.js";
import { NotFoundError } from "../store/conflict-error.js";
import { http, type Page, type Translate } from "../web/http.js";
import type { Refusal } from "../web/send-error.js";

/** The kinds the forms offer (an imported entry may have another, which its edit form keeps). */
const KINDS = ["person", "place", "organisation", "term"];

/** The refused lines an import's report lists on the page (the JSON answer has them all). */
const LISTED_REFUSALS = 500;

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToGlossary = (): string => "/glossary";

/** The glossary page again, whole, with the message of a refused entry or file. */
function refusedPage(ctx: AppContext, _input: unknown, refusal: Refusal, error: unknown, t: Translate): Page | null {
  if (!(error instanceof GlossaryInputError)) return null;
  const offer = error.variantOffer;
  return { view: "glossary/list", context: { entries: searchGlossary(ctx.store, ""), kinds: KINDS, error: refusal.message, variantOffer: offer, title: t("glossary.title") } };
}

export function showGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ q: typeof req.query.q === "string" ? req.query.q.slice(0, 100) : "" }),
    run: ({ store }, { q }) => searchGlossary(store, q),
    answer: { page: (entries, { q }, t) => ({ view: "glossary/list", context: { entries, q, kinds: KINDS, title: t("glossary.title") } }) },
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

export function editGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ original: { ar: oneString(bodyOf(req).originalAr), en: oneString(bodyOf(req).originalEn) }, entry: readGlossaryEntry(bodyOf(req)) }),
    run: ({ store }, { original, entry }, actor) => editGlossaryEntry(store, original, entry, actor.name),
    answer: { redirect: backToGlossary },
    refused: refusedPage,
  });
}

/** The page that asks before an entry is removed: /glossary/remove?ar=…&en=… */
const removalPage = (ar: string, en: string): string => `/glossary/remove?${new URLSearchParams({ ar, en }).toString()}`;
const oneString = (value: unknown): string => (typeof value === "string" ? value : "");

export function confirmGlossaryRemoval(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ ar: oneString(req.query.ar), en: oneString(req.query.en) }),
    run: ({ store }, { ar, en }) => {
      const entry = findGlossaryEntry(store, ar, en);
      if (!entry) throw new NotFoundError(`glossary:${ar}`);
      return entry;
    },
    answer: { page: (entry, _input, t) => ({ view: "glossary/remove", context: { entry, title: t("glossary.removeTitle") } }) },
  });
}

export function removeGlossary(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ ar: String(bodyOf(req).ar ?? ""), en: String(bodyOf(req).en ?? ""), confirmed: bodyOf(req).confirmed === "yes" }),
    run: ({ store }, { ar, en, confirmed }, actor) => (confirmed ? removeGlossaryEntry(store, ar, en, actor.name) : false),
    answer: { redirect: (_removed, { ar, en, confirmed }) => (confirmed ? backToGlossary() : removalPage(ar, en)) },
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
    answer: {
      json: (report: GlossaryImport) => ({ ok: true, ...report }),
      page: (report, _input, t) => ({
        view: "glossary/list",
        context: {
          entries: searchGlossary(ctx.store, ""), kinds: KINDS, title: t("glossary.title"),
          importReport: {
            stored: report.stored, refusedCount: report.refused.length, notListed: Math.max(0, report.refused.length - LISTED_REFUSALS),
            refused: report.refused.slice(0, LISTED_REFUSALS).map((r) => ({ line: r.line, reason: t(r.messageKey, r.params) })),
          },
        },
      }),
    },
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
