/**
 * Text editing of one paragraph: the edit page (works without JavaScript), saving a new text,
 * splitting at an offset (or at a line break typed into the text), joining with the next one.
 * A stale edit answers 409 with a page that shows the current text beside the user's text.
 * Each handler is a controller for web/http.ts; the logic is in services/review.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { editParagraphShowingDiff, joinParagraphWithNext, paragraphForEditing, splitParagraphAsked } from "../services/review.js";
import { findParagraph, paragraphOrThrow } from "../services/document-read.js";
import { ConflictError } from "../store/conflict-error.js";
import { http } from "../web/http.js";

const paragraphIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToDocument = (result: { documentId: number }): string => `/documents/${result.documentId}`;

export function showParagraphEditor(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req) }),
    run: ({ store }, { id }, actor) => paragraphForEditing(store, id, actor),
    answer: { page: (paragraph, _input, t) => ({ view: "paragraphs/edit", context: { paragraph, title: t("edit.title") } }) },
  });
}

export function saveParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version), text: bodyOf(req).text }),
    run: ({ store }, { id, version, text }, actor) => editParagraphShowingDiff(store, id, version, text, actor),
    answer: { json: (result) => ({ ok: true, version: result.version, diff: result.diff }), redirect: backToDocument },
    // A stale edit: the page shows the current text beside the user's, so nothing typed is lost.
    refused: ({ store }, { id, text }, _refusal, error, t) => error instanceof ConflictError
      ? { view: "paragraphs/conflict", context: { paragraph: findParagraph(store, id), current: error.current, yours: String(text ?? ""), title: t("edit.conflictTitle") } }
      : null,
  });
}

export function splitParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version), asked: { offset: bodyOf(req).offset, text: bodyOf(req).text } }),
    run: ({ store }, { id, version, asked }, actor) => splitParagraphAsked(store, id, version, asked, actor),
    answer: { json: (result) => ({ ok: true, newParagraph: result.newParagraphId }), redirect: backToDocument },
  });
}

export function joinParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version) }),
    run: ({ store }, { id, version }, actor) => joinParagraphWithNext(store, id, version, actor),
    answer: { json: () => ({ ok: true }), redirect: backToDocument },
  });
}

/** GET /api/paragraphs/:id: the paragraph as stored (text with every character, and its version). */
export function paragraphJson(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req) }),
    run: ({ store }, { id }) => paragraphOrThrow(store, id),
    answer: { json: (paragraph) => paragraph },
  });
}
