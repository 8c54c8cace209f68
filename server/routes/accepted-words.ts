/**
 * The outlet's accepted words and names, GET /accepted-words: the list (searchable), a form to add
 * one, a form per entry to change it in place and a button to remove it, a TSV import (pasted or
 * uploaded; the page then reports how many lines were stored and each refused line with its number
 * and reason, the first 500 listed) and the TSV export (GET /accepted-words/export, which writes its
 * own headers and is not a controller of web/http.ts). A refused entry shows the page again with
 * the reason. Controllers for web/http.ts; the use cases are in services/accepted-words.ts.
 */
import type { Request, Response } from "express";
import type { AppContext } from "../app-context.js";
import {
  acceptedWordsTsv, AcceptedWordInputError, addAcceptedWord, editAcceptedWord, importAcceptedWords, removeAcceptedWord, searchAcceptedWords,
  type AcceptedWordsImport,
} from "../services/accepted-words.js";
import { ACCEPTED_KINDS, ACCEPTED_LANGS } from "../domain/accepted-words/accepted-word-rules.js";
import { http, type Page, type Translate } from "../web/http.js";
import type { Refusal } from "../web/send-error.js";

/** The refused lines an import's report lists on the page (the JSON answer has them all). */
const LISTED_REFUSALS = 500;

const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const idOf = (value: unknown): number => (typeof value === "string" && /^\d{1,12}$/u.test(value) ? Number(value) : 0);

function listPage(ctx: AppContext, t: Translate, extra: Record<string, unknown>): Page {
  return { view: "accepted-words/list", context: { words: searchAcceptedWords(ctx.store, ""), langs: ACCEPTED_LANGS, kinds: ACCEPTED_KINDS, title: t("acceptedWords.title"), ...extra } };
}

/** The page again, whole, with the reason of a refused entry or file. */
function refusedPage(ctx: AppContext, _input: unknown, refusal: Refusal, error: unknown, t: Translate): Page | null {
  return error instanceof AcceptedWordInputError ? listPage(ctx, t, { error: refusal.message }) : null;
}

export function showAcceptedWords(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ q: typeof req.query.q === "string" ? req.query.q.slice(0, 100) : "" }),
    run: ({ store }, { q }) => searchAcceptedWords(store, q),
    answer: { page: (words, { q }, t) => listPage(ctx, t, { q, words }) },
  });
}

export function saveAcceptedWord(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => bodyOf(req),
    run: ({ store }, form, actor) => addAcceptedWord(store, form, actor),
    answer: { json: () => ({ ok: true }), redirect: () => "/accepted-words" },
    refused: refusedPage,
  });
}

export function editAcceptedWordFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(bodyOf(req).id), form: bodyOf(req) }),
    run: ({ store }, { id, form }, actor) => editAcceptedWord(store, id, form, actor),
    answer: { json: () => ({ ok: true }), redirect: () => "/accepted-words" },
    refused: refusedPage,
  });
}

export function removeAcceptedWordFromForm(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: idOf(bodyOf(req).id) }),
    run: ({ store }, { id }, actor) => removeAcceptedWord(store, id, actor),
    answer: { json: (removed) => ({ ok: true, removed }), redirect: () => "/accepted-words" },
  });
}

export function importAcceptedWordsFile(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => {
      const file = (req as Request & { file?: { buffer: Buffer } }).file;
      const pasted = bodyOf(req).tsv;
      return { tsv: file ? new TextDecoder("utf-8", { fatal: false }).decode(file.buffer) : typeof pasted === "string" ? pasted : "" };
    },
    run: ({ store }, { tsv }, actor) => importAcceptedWords(store, tsv, actor),
    answer: {
      json: (report: AcceptedWordsImport) => ({ ok: true, ...report }),
      page: (report, _input, t) => listPage(ctx, t, {
        importReport: {
          stored: report.stored, refusedCount: report.refused.length, notListed: Math.max(0, report.refused.length - LISTED_REFUSALS),
          refused: report.refused.slice(0, LISTED_REFUSALS).map((r) => ({ line: r.line, reason: t(r.key, r.params) })),
        },
      }),
    },
    refused: refusedPage,
  });
}

export function exportAcceptedWords(ctx: AppContext) {
  return (_req: Request, res: Response) => {
    res.setHeader("Content-Type", "text/tab-separated-values; charset=utf-8");
    res.setHeader("Content-Disposition", 'attachment; filename="accepted-words.tsv"');
    res.send(acceptedWordsTsv(ctx.store));
  };
}
