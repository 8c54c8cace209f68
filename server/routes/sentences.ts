/**
 * The sentence links inside one row: the panel (a page of its own without JavaScript, or JSON with
 * the panel rendered by the same partial for the page script's dialog) and the operations on the
 * links (a form posting here and redirected back to the panel, or JSON with the panel as it now
 * is). A row is named by its bead id; its document is read from it. Logic lives in
 * services/sentence-links; each handler is a controller for web/http.ts.
 */
import type { Request } from "express";
import type { AppContext } from "../app-context.js";
import {
  changeRowSentenceLinks, documentOfRow, mayChangeLinks, readSentenceLinksRequest, readSentencePanel, sentenceLinkViews, type SentencePanel,
} from "../services/sentence-links.js";
import { http, type AnswerView } from "../web/http.js";
import type { SentencePanelAnswer } from "../web/page-api.js";
import { describeDone } from "../web/row-changes-answer.js";

const beadOf = (req: Request): number => Number(req.params.bead);
const panelContext = (panel: SentencePanel, mayChange: boolean) => ({ panel, links: sentenceLinkViews(panel), mayChange });
const panelAnswer = (panel: SentencePanel, mayChange: boolean, view: AnswerView, message: string | null): SentencePanelAnswer => ({
  ok: true, bead: panel.beadId, row: panel.row, source: panel.source, links: panel.links.length, message,
  html: view.fragment("documents/sentence-panel", panelContext(panel, mayChange)),
});

export function showSentencePanel(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ bead: beadOf(req) }),
    run: ({ store }, { bead }, actor) => {
      const documentId = documentOfRow(store, bead);
      return { panel: readSentencePanel(store, documentId, bead), mayChange: mayChangeLinks(store, documentId, actor) };
    },
    answer: {
      json: ({ panel, mayChange }, _input, view) => panelAnswer(panel, mayChange, view, null),
      page: ({ panel, mayChange }, _input, t) => ({ view: "documents/sentences", context: { ...panelContext(panel, mayChange), title: t("sentences.title", { row: panel.row }) } }),
    },
  });
}

export function changeSentenceLinks(ctx: AppContext) {
  return http(ctx, {
    parse: (req) => ({ bead: beadOf(req), request: readSentenceLinksRequest({ ...((req.body ?? {}) as Record<string, unknown>), bead: req.params.bead }) }),
    run: ({ store }, { bead, request }, actor) => {
      const documentId = documentOfRow(store, bead);
      return changeRowSentenceLinks(store, documentId, request, actor);
    },
    answer: {
      json: ({ panel }, { request }, view) => panelAnswer(panel, true, view, describeDone(view, `sentences-${request.operation.op}`, panel.row)),
      redirect: (_result, { bead }) => `/rows/${bead}/sentences`,
    },
  });
}
