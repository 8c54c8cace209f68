/**
 * The sentence links inside one row (a paragraph pair), as the reviewer sees and fixes them: the
 * row's English and Arabic sentences (domain/segment/split-sentences.ts), and which go together —
 * the reviewer's links while the row's texts are those they were made on, else the aligner's
 * (domain/align/align-sentences.ts), each with its score. The operations (merge with the next link,
 * split, shift a sentence to the neighbouring link, confirm, unconfirm) are the row operations of
 * domain/review/bead-operations.ts over sentences; each is one history entry ("sentence-links"),
 * undone and redone with the document's undo. Roles and locks as for alignment operations; a
 * request based on other texts or another version of the links is refused (409). The exports read
 * the same links (sentencePairsOf).
 */
import type { CorpusPair, Store } from "../store/types.js";
import { can } from "../domain/auth/permissions.js";
import { alignSentenceLinks, pairsOfLinks, sentencesOf, type SentencePair } from "../domain/align/align-sentences.js";
import type { Lexicon } from "../domain/align/lexicon.js";
import { InvalidOperation } from "../domain/review/bead-operations.js";
import {
  linksInEffect, operateOnLinks, pairFingerprint, SENTENCE_LINK_OPS, type SentenceLink, type SentenceLinkOperation, type SentenceLinksSource,
  type StoredSentenceLinks,
} from "../domain/review/sentence-links.js";
import { scoreBand, type ScoreBand } from "../domain/align/score-bands.js";
import { lexiconFor } from "./align-resources.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { checkWritable, type Actor } from "./review.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";

/** A row's sentences and the links in effect, as the panel shows them. */
export type SentencePanel = {
  documentId: number; beadId: number;
  /** 1-based row number, as the alignment view numbers rows. */
  row: number;
  /** The fingerprint of the row's texts and the version of its stored links (0: none): a change names both. */
  fingerprint: string; version: number;
  source: SentenceLinksSource;
  en: string[]; ar: string[];
  links: SentenceLink[];
};

/** One operation on a row's links, with what the user saw. */
export type SentenceLinksRequest = { bead: number; version: number; fingerprint: string; operation: SentenceLinkOperation };

export function readSentencePanel(store: Store, documentId: number, beadId: number, lexicon: Lexicon = lexiconFor(store.listGlossary())): SentencePanel {
  if (!store.getDocument(documentId)) throw new NotFoundError(`document:${documentId}`);
  const row = store.getRowTexts(documentId, beadId);
  const position = store.beadPosition(documentId, beadId);
  if (!row || position === null) throw new NotFoundError(`bead:${beadId}`);
  const en = sentencesOf(row.en, "en");
  const ar = sentencesOf(row.ar, "ar");
  const stored = store.getStoredSentenceLinks(documentId, row.key);
  const inEffect = stored && stored.fingerprint === row.fingerprint
    ? linksInEffect(stored, row.fingerprint, [])
    : { links: alignSentenceLinks(en, ar, { lexicon }), source: "computed" as const };
  return { documentId, beadId, row: position + 1, fingerprint: row.fingerprint, version: stored?.version ?? 0, source: inEffect.source, en, ar, links: inEffect.links };
}

/** One link as the panel shows it: its number (1-based), its sentences' texts per side, its score and band. */
export type SentenceLinkView = { index: number; number: number; first: boolean; en: string[]; ar: string[]; scoreValue: number; band: ScoreBand };

/** The panel's links with their texts, for the partial (views/partials/sentence-panel.hbs). */
export function sentenceLinkViews(panel: SentencePanel): SentenceLinkView[] {
  return panel.links.map((l, k) => ({
    index: k, number: k + 1, first: k === 0,
    en: l.en.map((i) => panel.en[i] ?? ""), ar: l.ar.map((j) => panel.ar[j] ?? ""),
    scoreValue: Math.round(l.score * 100) / 100, band: scoreBand(l.score),
  }));
}

/** The document of a row the web names by its bead id alone (404 when there is none). */
export function documentOfRow(store: Store, beadId: number): number {
  const documentId = Number.isInteger(beadId) ? store.beadDocument(beadId) : null;
  if (documentId === null) throw new NotFoundError(`bead:${beadId}`);
  return documentId;
}

/** What the panel offers the actor: the operations only to a role that may align, on a document it may change. */
export function mayChangeLinks(store: Store, documentId: number, actor: Actor): boolean {
  const doc = store.getDocument(documentId);
  return can(actor.role, "align") && doc !== null && (doc.status !== "locked" || can(actor.role, "edit-locked"));
}

const int = (value: unknown): number | undefined => {
  const n = Number(value);
  return value === undefined || value === "" || value === null || !Number.isInteger(n) ? undefined : n;
};

/** The operation a form or a JSON body asks for (400 when it names none). */
export function readSentenceLinksRequest(raw: Record<string, unknown>): SentenceLinksRequest {
  // A form's button names a shift as one value, "shift-en-up".
  const shift = typeof raw.op === "string" ? /^shift-(en|ar)-(up|down)$/u.exec(raw.op) : null;
  const body = shift ? { ...raw, op: "shift", side: shift[1], direction: shift[2] } : raw;
  const op = body.op;
  const bead = int(body.bead);
  const version = int(body.version);
  const fingerprint = typeof body.fingerprint === "string" ? body.fingerprint : "";
  if (typeof op !== "string" || !(SENTENCE_LINK_OPS as readonly string[]).includes(op) || bead === undefined || version === undefined || fingerprint === "") {
    throw new BadRequestError("unknown-operation");
  }
  const link = int(body.link) ?? -1;
  switch (op) {
    case "merge": return { bead, version, fingerprint, operation: { op, link } };
    case "split": return { bead, version, fingerprint, operation: { op, link, enCount: int(body.enCount) ?? -1, arCount: int(body.arCount) ?? -1 } };
    case "shift": {
      const side = body.side;
      const direction = body.direction;
      if ((side !== "en" && side !== "ar") || (direction !== "up" && direction !== "down")) throw new BadRequestError("bad-shift");
      return { bead, version, fingerprint, operation: { op, link, side, direction } };
    }
    default: return { bead, version, fingerprint, operation: { op: op as "confirm" | "unconfirm" } };
  }
}

/** Runs one operation on a row's sentence links; answers its history entry and the panel as it now is. */
export function changeRowSentenceLinks(store: Store, documentId: number, request: SentenceLinksRequest, actor: Actor): { history: number; panel: SentencePanel } {
  if (!can(actor.role, "align")) throw new ForbiddenError("role");
  checkWritable(store, documentId, actor);
  const lexicon = lexiconFor(store.listGlossary());
  const seen = readSentencePanel(store, documentId, request.bead, lexicon);
  if (seen.fingerprint !== request.fingerprint) throw new ConflictError(`bead:${request.bead}`);
  // The aligner's links for these texts (the store checks inside its transaction that the texts are still these).
  const computed = seen.source === "computed" ? seen.links : alignSentenceLinks(seen.en, seen.ar, { lexicon });
  let history: number;
  try {
    ({ history } = store.changeSentenceLinks(
      documentId, request.bead, { version: request.version, fingerprint: request.fingerprint },
      (row, stored) => operateOnLinks(linksInEffect(stored, row.fingerprint, computed), request.operation, computed),
      actor.name, `sentences-${request.operation.op}`,
    ));
  } catch (error) {
    if (error instanceof InvalidOperation) throw new BadRequestError(error.reason);
    throw error;
  }
  return { history, panel: readSentencePanel(store, documentId, request.bead, lexicon) };
}

/**
 * The sentence units of one exported pair: the reviewer's links while the pair's texts are those
 * they were made on (`stored`, read once per document), else the aligner's.
 */
export function sentencePairsOf(pair: CorpusPair, stored: StoredSentenceLinks | undefined, lexicon: Lexicon): SentencePair[] {
  const en = sentencesOf(pair.en, "en");
  const ar = sentencesOf(pair.ar, "ar");
  const links = stored && stored.fingerprint === pairFingerprint(pair.en, pair.ar) ? stored.links : alignSentenceLinks(en, ar, { lexicon });
  return pairsOfLinks(links, en, ar);
}
