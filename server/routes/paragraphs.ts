/**
 * Text editing of one paragraph: the edit page (works without JavaScript), saving a new text,
 * splitting at an offset (or at a line break typed into the text), joining with the next one.
 * A stale edit answers 409 with a page that shows the current text beside the user's text.
 * The JSON answers carry the rows the change touched, rendered, for the page script
 * (web/page-api.ts). Each handler is a controller for web/http.ts; the logic is in services/review.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import { editParagraphShowingDiff, joinParagraphWithNext, paragraphForEditing, splitParagraphAsked } from "../services/review.js";
import { findParagraph, paragraphOrThrow } from "../services/document-read.js";
import { readRowFilter, type RowFilter } from "../services/alignment-view.js";
import { rowChangesSince, snapshotRows, type RowChangeSet } from "../services/row-changes.js";
import type { Store } from "../store/types.js";
import { ConflictError } from "../store/conflict-error.js";
import { http, type AnswerView } from "../web/http.js";
import type { Language } from "../i18n/translate.js";
import { describeDone, renderRowChanges } from "../web/row-changes-answer.js";
import type { ChangeAnswer, ParagraphAnswer, SaveAnswer, StoredParagraph } from "../web/page-api.js";

const paragraphIdOf = (req: Request): number => Number(req.params.id);
const bodyOf = (req: Request): Record<string, unknown> => (req.body ?? {}) as Record<string, unknown>;
const backToDocument = (result: { documentId: number }): string => `/documents/${result.documentId}`;

/** Runs a change of paragraph `id` and says which rows of its document it changed (for `filter`'s view). */
function trackingRows<R extends { documentId: number }>(store: Store, id: number, filter: RowFilter, lang: Language, change: () => R): R & { changes: RowChangeSet | null } {
  const documentId = findParagraph(store, id)?.documentId;
  const before = documentId === undefined ? null : snapshotRows(store, documentId);
  const result = change();
  return { ...result, changes: before ? rowChangesSince(store, result.documentId, before, filter, lang) : null };
}

/** What every JSON answer of a paragraph change holds: what was done, where, and the rows it changed. */
function changeAnswer(action: string, changes: RowChangeSet | null, view: AnswerView): ChangeAnswer {
  const empty = { order: [], rows: [], removed: [], added: [], map: null };
  const first = changes?.touched[0];
  return {
    ok: true,
    message: describeDone(view, action, first === undefined || !changes ? null : changes.order.indexOf(first) + 1),
    changes: changes ? renderRowChanges(changes, view) : empty,
    current: first ?? null,
  };
}

export function showParagraphEditor(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req) }),
    run: ({ store }, { id }, actor) => paragraphForEditing(store, id, actor),
    answer: { page: (paragraph, _input, t) => ({ view: "paragraphs/edit", context: { paragraph, title: t("edit.title") } }) },
  });
}

export function saveParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version), text: bodyOf(req).text, filter: readRowFilter(req.query) }),
    run: ({ store }, { id, version, text, filter }, actor, _t, lang) => trackingRows(store, id, filter, lang, () => editParagraphShowingDiff(store, id, version, text, actor)),
    answer: {
      json: (result, _input, view): SaveAnswer => ({ ...changeAnswer("edit-text", result.changes, view), version: result.version, diff: result.diff }),
      redirect: backToDocument,
    },
    // A stale edit: the page shows the current text beside the user's, so nothing typed is lost.
    refused: ({ store }, { id, text }, _refusal, error, t) => error instanceof ConflictError
      ? { view: "paragraphs/conflict", context: { paragraph: findParagraph(store, id), current: error.current, yours: String(text ?? ""), title: t("edit.conflictTitle") } }
      : null,
  });
}

export function splitParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version), asked: { offset: bodyOf(req).offset, text: bodyOf(req).text }, filter: readRowFilter(req.query) }),
    run: ({ store }, { id, version, asked, filter }, actor, _t, lang) => trackingRows(store, id, filter, lang, () => splitParagraphAsked(store, id, version, asked, actor)),
    answer: {
      json: (result, _input, view): ParagraphAnswer => ({ ...changeAnswer("split-paragraph", result.changes, view), newParagraph: result.newParagraphId }),
      redirect: backToDocument,
    },
  });
}

export function joinParagraph(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req), version: Number(bodyOf(req).version), filter: readRowFilter(req.query) }),
    run: ({ store }, { id, version, filter }, actor, _t, lang) => trackingRows(store, id, filter, lang, () => joinParagraphWithNext(store, id, version, actor)),
    answer: { json: (result, _input, view): ParagraphAnswer => changeAnswer("join-paragraphs", result.changes, view), redirect: backToDocument },
  });
}

/** GET /api/paragraphs/:id: the paragraph as stored (text with every character, and its version). */
export function paragraphJson(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ id: paragraphIdOf(req) }),
    run: ({ store }, { id }) => paragraphOrThrow(store, id),
    answer: { json: (paragraph): StoredParagraph & Record<string, unknown> => paragraph },
  });
}
