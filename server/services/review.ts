/**
 * The editor's use cases: alignment operations on rows, text edits, splitting and joining
 * paragraphs, undo and redo, re-alignment of everything unconfirmed, and reverting a revision.
 * Each checks the actor's role and the document's lock, computes the change with pure domain code,
 * and hands it to the store, which applies it in one transaction with its history entry.
 */
import type { BeadInput, BeadRecord, BeadRef, BeadStatus, DocumentStatus, Store, UserRole } from "../store/types.js";
import { can } from "../domain/auth/permissions.js";
import { isUndoableKind, travelPermission } from "../domain/history/history-kinds.js";
import {
  confirmAbove, confirmRow, detachParagraph, insertGap, InvalidOperation, mergeWithNext, shiftParagraph, splitRow, unconfirmRow,
  type EditableBead,
} from "../domain/review/bead-operations.js";
import { realignAround } from "../domain/align/realign.js";
import { CONFIRM_ABOVE_MIN_SCORE } from "../domain/align/score-bands.js";
import type { Side } from "../domain/align/types.js";
import { beadScorerFor, lexiconFor } from "./align-resources.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import type { BoilerplateReason } from "../domain/segment/boilerplate.js";
import { MAX_PARAGRAPH_LENGTH } from "../domain/segment/limits.js";
import { diffWords } from "../domain/history/render-diff.js";

export type Actor = { name: string; role: UserRole };

export type AlignmentRequest = {
  op: "confirm" | "confirm-above" | "unconfirm" | "reject" | "merge" | "split" | "shift" | "detach" | "gap" | "realign";
  /** The row (bead) the user acted on, with the version they saw. Not needed for realign. */
  bead?: number;
  version?: number;
  /**
   * The neighbouring row a merge or a shift also changes, with the version the user saw: the next
   * row for a merge or a shift down, the previous row for a shift up (see neighbourOf). Required
   * for those operations when the row has that neighbour: without it a merge could fold in a row
   * someone else has just confirmed.
   */
  neighbour?: BeadRef;
  side?: Side;
  direction?: "up" | "down";
  enCount?: number;
  arCount?: number;
  /** For detach: the paragraph position on `side`, or which end of the row's paragraphs. */
  position?: number;
  end?: "first" | "last";
};

export const ALIGNMENT_OPS: readonly AlignmentRequest["op"][] = ["confirm", "confirm-above", "unconfirm", "reject", "merge", "split", "shift", "detach", "gap", "realign"];

/** Refuses (404, 403) a change to a document that is not there, or locked for this actor. */
export function checkWritable(store: Store, documentId: number, actor: Actor): void {
  const doc = store.getDocument(documentId);
  if (!doc) throw new NotFoundError(`document:${documentId}`);
  if (doc.status === "locked" && !can(actor.role, "edit-locked")) throw new ForbiddenError("locked");
}

function isSide(value: unknown): value is Side {
  return value === "en" || value === "ar";
}

/** The new bead list an operation makes of the current one (pure; see domain/review). */
function operate(current: BeadRecord[], request: AlignmentRequest, boilerplate: ReadonlySet<number> = new Set()): { next: EditableBead[]; index: number } {
  const index = current.findIndex((b) => b.id === request.bead);
  const target = current[index];
  if (!target) throw new ConflictError(`bead:${request.bead}`);
  if (target.version !== request.version) throw new ConflictError(`bead:${request.bead}`, { version: target.version });
  const neutral = (b: BeadRecord) => (b.en.length === 0 || b.ar.length === 0) && b.paragraphIds !== undefined && [...b.paragraphIds.en, ...b.paragraphIds.ar].every((id) => boilerplate.has(id));
  const beads: EditableBead[] = current.map((b) => ({ en: b.en, ar: b.ar, status: b.status, score: b.score, neutral: neutral(b) }));
  const side = request.side;
  try {
    switch (request.op) {
      case "confirm": return { next: confirmRow(beads, index), index };
      case "confirm-above": return { next: confirmAbove(beads, index, CONFIRM_ABOVE_MIN_SCORE), index };
      case "unconfirm": return { next: unconfirmRow(beads, index), index };
      case "merge": return { next: mergeWithNext(beads, index), index };
      case "split": return { next: splitRow(beads, index, Number(request.enCount), Number(request.arCount)), index };
      case "shift":
        if (!isSide(side) || (request.direction !== "up" && request.direction !== "down")) throw new BadRequestError("bad-shift");
        return { next: shiftParagraph(beads, index, side, request.direction), index };
      case "detach":
        if (!isSide(side)) throw new BadRequestError("bad-detach");
        return { next: detachParagraph(beads, index, side, request.position ?? (request.end === "last" ? target[side][target[side].length - 1] : target[side][0]) ?? -1), index };
      case "gap":
        if (!isSide(side)) throw new BadRequestError("bad-gap");
        return { next: insertGap(beads, index, side), index };
      default:
        throw new BadRequestError("unknown-operation");
    }
  } catch (error) {
    if (error instanceof InvalidOperation) throw new BadRequestError(error.reason);
    throw error;
  }
}

/** Runs one alignment operation; returns the history entry id (null: nothing changed) and the row (1-based) it acted on. */
export function performAlignment(store: Store, documentId: number, request: AlignmentRequest, actor: Actor): { history: number | null; row: number } {
  if (!can(actor.role, "align")) throw new ForbiddenError("role");
  checkWritable(store, documentId, actor);
  if (request.op === "realign") return { history: realignUnconfirmed(store, documentId, actor), row: 1 };
  const status = STATUS_OPS[request.op];
  if (status && request.bead !== undefined && request.version !== undefined) {
    const { position, history } = store.setBeadStatus(documentId, request.bead, request.version, status, actor.name, request.op);
    return { history, row: position + 1 };
  }
  if (LOCAL_OPS.has(request.op) && request.bead !== undefined) return performLocally(store, documentId, request, actor);
  let row = 1;
  // Boilerplate is marked at import and never changes: read once, outside the transaction.
  const boilerplate = new Set(request.op === "confirm-above" ? (["en", "ar"] as const).flatMap((side) => store.getParagraphs(documentId, side).filter((p) => p.boilerplate).map((p) => p.id)) : []);
  const expected = [...(request.bead !== undefined && request.version !== undefined ? [{ id: request.bead, version: request.version }] : []), ...(request.neighbour ? [request.neighbour] : [])];
  const history = store.applyAlignment(
    documentId,
    (current) => {
      const { next, index } = operate(current, request, boilerplate);
      row = index + 1;
      // New rows made by the editor keep the lowest score of the rows they came from.
      const scoreOf = (b: EditableBead) => {
        const sources = current.filter((c) => c.en.some((i) => b.en.includes(i)) || c.ar.some((j) => b.ar.includes(j)));
        return sources.length ? Math.min(...sources.map((x) => x.score)) : 1;
      };
      return next.map((b) => ({ en: b.en, ar: b.ar, status: b.status as BeadStatus, score: b.score ?? scoreOf(b), signals: { shape: `${b.en.length}-${b.ar.length}` } }));
    },
    actor.name,
    request.op,
    expected,
    null,
    beadScorerFor(store.listGlossary()),
  );
  return { history, row };
}

/** Operations that set one row's status (history kind bead-status, undone like any other). */
const STATUS_OPS: Partial<Record<AlignmentRequest["op"], BeadStatus>> = { confirm: "confirmed", unconfirm: "auto", reject: "rejected" };

/** Operations that change only the row acted on and its neighbours. */
const LOCAL_OPS = new Set<AlignmentRequest["op"]>(["merge", "split", "shift", "gap", "detach"]);

/** Which neighbour an operation also changes: the next row (merge, shift down), the previous (shift up), or none. */
export function neighbourOf(op: AlignmentRequest["op"], direction: AlignmentRequest["direction"]): "prev" | "next" | null {
  if (op === "merge" || (op === "shift" && direction === "down")) return "next";
  if (op === "shift" && direction === "up") return "prev";
  return null;
}

/**
 * Inside the operation's transaction: the neighbour the operation changes must be the row the user
 * named, at the version they saw. No reference while the row has that neighbour is a bad request
 * (400); a reference to another row or an older version means someone changed the document since
 * the user's view, e.g. confirmed the neighbour (409). A row without that neighbour (the last row
 * for a merge) is left to the operation, which refuses it with its own reason.
 */
function checkNeighbour(window: { id: number; version: number }[], request: AlignmentRequest): void {
  const side = neighbourOf(request.op, request.direction);
  if (!side) return;
  const at = window.findIndex((b) => b.id === request.bead);
  if (at < 0) throw new ConflictError(`bead:${request.bead}`);
  const actual = window[side === "next" ? at + 1 : at - 1];
  const named = request.neighbour;
  if (!named) {
    if (actual) throw new BadRequestError("neighbour-missing");
    return;
  }
  if (!actual || actual.id !== named.id) throw new ConflictError(`bead:${named.id}`);
  if (actual.version !== named.version) throw new ConflictError(`bead:${named.id}`, { version: actual.version });
}

/**
 * A local operation: only the row, the one before and the one after are read and rewritten. The
 * window's paragraph positions are rebased to 0 for the pure operations, then shifted back.
 */
function performLocally(store: Store, documentId: number, request: AlignmentRequest, actor: Actor): { history: number; row: number } {
  const position = store.beadPosition(documentId, request.bead ?? -1);
  if (position === null) throw new ConflictError(`bead:${request.bead}`);
  const from = Math.max(0, position - 1);
  const expected = [...(request.version !== undefined ? [{ id: request.bead ?? -1, version: request.version }] : []), ...(request.neighbour ? [request.neighbour] : [])];
  const history = store.spliceRows(
    documentId, from, position - from + 2,
    (window) => {
      checkNeighbour(window, request);
      const enBase = Math.min(...window.flatMap((b) => b.en), Number.MAX_SAFE_INTEGER);
      const arBase = Math.min(...window.flatMap((b) => b.ar), Number.MAX_SAFE_INTEGER);
      const rebased: BeadRecord[] = window.map((b) => ({ ...b, position: 0, signals: { shape: "" }, en: b.en.map((i) => i - enBase), ar: b.ar.map((j) => j - arBase) }));
      const { next } = operate(rebased, request);
      return next.map((b) => {
        const en = b.en.map((i) => i + enBase);
        const ar = b.ar.map((j) => j + arBase);
        const sources = window.filter((w) => w.en.some((i) => en.includes(i)) || w.ar.some((j) => ar.includes(j)));
        return { en, ar, status: b.status as BeadStatus, score: sources.length ? Math.min(...sources.map((s) => s.score)) : 1, signals: { shape: `${en.length}-${ar.length}` } };
      });
    },
    actor.name, request.op, expected, beadScorerFor(store.listGlossary()),
  );
  return { history, row: position + 1 };
}

/**
* What re-aligning everything between the confirmed rows of `current` would make of the document
 * (pure computation over its stored paragraphs; heavy on long documents: run in a worker).
 * Confirmed rows come back exactly as they are, and a rejected row the aligner proposes again (the
 * same paragraphs) stays rejected.
 */
export function proposeRealignment(store: Store, documentId: number, current: BeadRecord[]): BeadInput[] {
  const lexicon = lexiconFor(store.listGlossary());
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const fixed = current.filter((b) => b.status === "confirmed");
  const beads = realignAround(en.map((p) => p.text), ar.map((p) => p.text), fixed, {
    lexicon,
    enBoilerplate: en.map((p) => p.boilerplate as BoilerplateReason | null),
    arBoilerplate: ar.map((p) => p.boilerplate as BoilerplateReason | null),
  });
  const keyOf = (b: { en: number[]; ar: number[] }) => `${b.en.join(",")}|${b.ar.join(",")}`;
  const confirmed = new Set(fixed.map(keyOf));
  const rejected = new Set(current.filter((b) => b.status === "rejected").map(keyOf));
  const statusOf = (b: { en: number[]; ar: number[] }): BeadStatus => (confirmed.has(keyOf(b)) ? "confirmed" : rejected.has(keyOf(b)) ? "rejected" : "auto");
  return beads.map((b) => ({ ...b, status: statusOf(b) }));
}

/** Re-aligns everything between confirmed rows at once (the command line; the web previews it first, services/bulk-changes.ts). */
export function realignUnconfirmed(store: Store, documentId: number, actor: Actor): number {
  // Stretches are aligned on their own: their rows are scored again over the whole document.
  return store.applyAlignment(documentId, (current) => proposeRealignment(store, documentId, current), actor.name, "realign", [], null, beadScorerFor(store.listGlossary()));
}

/** Normalises typed text into one paragraph line. */
export function cleanParagraphText(text: unknown): string {
  if (typeof text !== "string") throw new BadRequestError("no-text");
  const clean = text.replace(/\r\n|\r|\n/gu, " ").trim();
  if (clean === "") throw new BadRequestError("empty-text");
  if (clean.length > MAX_PARAGRAPH_LENGTH) throw new BadRequestError("text-too-long");
  return clean;
}

function checkParagraphAccess(store: Store, paragraphId: number, actor: Actor) {
  const paragraph = store.getParagraph(paragraphId);
  if (!paragraph) throw new NotFoundError(`paragraph:${paragraphId}`);
  if (!can(actor.role, paragraph.side === "en" ? "edit-en" : "edit-ar")) throw new ForbiddenError("role");
  checkWritable(store, paragraph.documentId, actor);
  return paragraph;
}

export function editParagraphText(store: Store, paragraphId: number, baseVersion: number, text: unknown, actor: Actor) {
  checkParagraphAccess(store, paragraphId, actor);
  return store.editParagraph(paragraphId, baseVersion, cleanParagraphText(text), actor.name, undefined, null, beadScorerFor(store.listGlossary()));
}

export function splitParagraphAt(store: Store, paragraphId: number, baseVersion: number, offset: number, actor: Actor) {
  checkParagraphAccess(store, paragraphId, actor);
  try {
    return store.splitParagraph(paragraphId, baseVersion, offset, actor.name, beadScorerFor(store.listGlossary()));
  } catch (error) {
    if (error instanceof InvalidOperation) throw new BadRequestError(error.reason);
    throw error;
  }
}

export function joinParagraphs(store: Store, paragraphId: number, baseVersion: number, actor: Actor): void {
  checkParagraphAccess(store, paragraphId, actor);
  try {
    store.joinParagraphWithNext(paragraphId, baseVersion, actor.name, beadScorerFor(store.listGlossary()));
  } catch (error) {
    if (error instanceof InvalidOperation) throw new BadRequestError(error.reason);
    throw error;
  }
}

/**
 * The paragraph a user opens in the text editor: refused (403) unless they may edit its side, and
 * on a locked document unless they may edit locked ones (the page would only offer a refused save).
 */
export function paragraphForEditing(store: Store, paragraphId: number, actor: Actor) {
  const paragraph = store.getParagraph(paragraphId);
  if (!paragraph) throw new NotFoundError(`paragraph:${paragraphId}`);
  if (!can(actor.role, paragraph.side === "en" ? "edit-en" : "edit-ar")) throw new ForbiddenError("role");
  checkWritable(store, paragraph.documentId, actor);
  return paragraph;
}

/** A text edit, answered with the paragraph's new version and a word diff of what it changed. */
export function editParagraphShowingDiff(store: Store, paragraphId: number, baseVersion: number, text: unknown, actor: Actor) {
  const before = store.getParagraph(paragraphId)?.text ?? "";
  const result = editParagraphText(store, paragraphId, baseVersion, text, actor);
  const after = store.getParagraph(paragraphId)?.text ?? "";
  return { documentId: result.documentId, version: result.version, diff: diffWords(before, after) };
}

/**
 * A split asked for by an offset, or (without JavaScript) by a line break typed into the text.
 * The break is only a marker: the text around it must be the stored text, unchanged, else the
 * split is refused (400 bad-text-split), as is a negative offset.
 */
export function splitParagraphAsked(store: Store, paragraphId: number, baseVersion: number, asked: { offset?: unknown; text?: unknown }, actor: Actor) {
  const paragraph = store.getParagraph(paragraphId);
  let offset = -1;
  if (asked.offset !== undefined && asked.offset !== "") offset = Number(asked.offset);
  else if (typeof asked.text === "string" && paragraph) {
    const marked = asked.text.replace(/\r\n/gu, "\n");
    const at = marked.indexOf("\n");
    if (at >= 0 && marked.slice(0, at) + marked.slice(at + 1) === paragraph.text) offset = at;
  }
  // No usable split point: refused here, since a negative offset would count from the end.
  if (paragraph && !(offset >= 0)) {
    checkParagraphAccess(store, paragraphId, actor);
    throw new BadRequestError("bad-text-split");
  }
  const result = splitParagraphAt(store, paragraphId, baseVersion, offset, actor);
  return { documentId: paragraph?.documentId ?? 0, newParagraphId: result.newParagraphId };
}

/** Joins a paragraph with the next one of its side; answers the document it belongs to. */
export function joinParagraphWithNext(store: Store, paragraphId: number, baseVersion: number, actor: Actor): { documentId: number } {
  const paragraph = store.getParagraph(paragraphId);
  joinParagraphs(store, paragraphId, baseVersion, actor);
  return { documentId: paragraph?.documentId ?? 0 };
}

/** The row an operation acted on (1-based) and the one after it, as they are now. */
export function rowsAround(store: Store, documentId: number, row: number): { bead: BeadRef | null; nextBead: BeadRef | null } {
  return { bead: store.beadAt(documentId, row - 1), nextBead: store.beadAt(documentId, row) };
}

/** What an undo or redo moved: the change's action and, for a bulk change, how many changes in which documents. */
export type Travelled = { action: string; kind: string; group: { changes: number; documents: number[] } | null };

/**
 * Undo or redo the document's last change (a bulk change's whole group with it); the actor needs
 * the right each change itself needed (domain/history/history-kinds.ts), checked on the very entries
 * the store then moves. `onlyGroup`: refuse (409) unless the change to move is that bulk change.
 * Answers what moved (its action and history kind), so the user is told what was undone or redone.
 */
export function travelHistory(store: Store, documentId: number, direction: "undo" | "redo", actor: Actor, onlyGroup?: number): Travelled | null {
  if (!can(actor.role, "align") && !can(actor.role, "edit-en") && !can(actor.role, "edit-ar")) throw new ForbiddenError("role");
  checkWritable(store, documentId, actor);
  const entry = store.travel(documentId, direction, actor.name, (candidate) => {
    if (onlyGroup !== undefined && candidate.groupId !== onlyGroup) throw new ConflictError(`group:${onlyGroup}`);
    if (!isUndoableKind(candidate.kind)) return;
    if (candidate.documentId !== null && candidate.documentId !== documentId) checkWritable(store, candidate.documentId, actor);
    const paragraph = candidate.target.startsWith("paragraph:") ? store.getParagraph(Number(candidate.target.split(":")[1])) : null;
    if (!travelPermission(candidate.kind, paragraph?.side ?? null).some((action) => can(actor.role, action))) throw new ForbiddenError("role");
  }, beadScorerFor(store.listGlossary()));
  return entry ? { action: entry.action, kind: entry.kind, group: entry.group } : null;
}

/** Reverts one text revision: its "before" text becomes a new revision of the paragraph. */
export function revertRevision(store: Store, documentId: number, historyId: number, actor: Actor): void {
  if (!can(actor.role, "edit-en") && !can(actor.role, "edit-ar")) throw new ForbiddenError("role");
  const entry = store.getHistoryEntry(documentId, historyId);
  if (!entry || entry.kind !== "text") throw new NotFoundError(`revision:${historyId}`);
  const paragraphId = Number(entry.target.split(":")[1]);
  const paragraph = checkParagraphAccess(store, paragraphId, actor);
  store.editParagraph(paragraphId, paragraph.version, (entry.before as { text: string }).text, actor.name, `revert:${historyId}`, null, beadScorerFor(store.listGlossary()));
}

export function setStatus(store: Store, documentId: number, status: unknown, actor: Actor): void {
  if (status !== "open" && status !== "finished" && status !== "locked") throw new BadRequestError("bad-status");
  const doc = store.getDocument(documentId);
  if (!doc) throw new NotFoundError(`document:${documentId}`);
  const needsAdmin = status === "locked" || doc.status === "locked";
  if (!can(actor.role, needsAdmin ? "edit-locked" : "set-status")) throw new ForbiddenError("role");
  store.setDocumentStatus(documentId, status as DocumentStatus, actor.name);
}
