/**
 * Bulk changes, shown before they are made: "replace … everywhere" (a consistency finding's fix
 * over the corpus), "confirm all above" and "re-align". Asking for one stores a preview (store/
 * bulk-repository.ts) and writes nothing to the documents: the occurrences it would change, each
 * with the state it was computed from. The user reads them a page at a time, unticks what they do
 * not want, and accepts the selection or all of it, or cancels. Accepting re-reads every occurrence
 * inside one transaction: one changed since the preview (stale), in a locked document or beyond the
 * user's role is skipped and said so; the rest is written with one history group (the preview's
 * id), which undo moves as one across documents (store/travel.ts). A re-alignment's proposal is
 * heavy and computed in a worker thread (jobs/); a page only ever reads what is stored.
 */
import type { BeadInput, BeadRecord, BulkChangeRecord, BulkOccurrence, FindingRecord, Store } from "../store/types.js";
import { can } from "../domain/auth/permissions.js";
import { hashText } from "../domain/checks/dismissals.js";
import { occurrenceContext } from "../domain/review/occurrence-context.js";
import { realignStretches } from "../domain/review/realign-stretches.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import { CONSISTENCY_CHECKS } from "./document-checks.js";
import { proposeRealignment, travelHistory, type Actor, type Travelled } from "./review.js";
import { beadScorerFor } from "./align-resources.js";
import { CONFIRM_ABOVE_MIN_SCORE } from "../domain/align/score-bands.js";

/** The most occurrences one bulk change holds; the rest are left for another round (and counted). */
export const BULK_LIMIT = 5000;
/** Occurrences shown on one page of a preview. */
export const BULK_PAGE_SIZE = 50;
/** Characters of a paragraph a row's preview shows. */
const EXCERPT = 140;

export type Outcome = "applied" | "rejected" | "stale" | "locked" | "role";
export type BulkSummary = { applied: number; rejected: number; stale: number; locked: number; role: number; changes: number; documents: number[] };

type ReplaceDetail = {
  paragraphId: number; side: "en" | "ar"; start: number; end: number; textHash: string; original: string; suggestion: string;
  title: string; row: number | null; before: string; after: string; cutBefore: boolean; cutAfter: boolean;
};
type RowDetail = { beadId: number; version: number; row: number; status: string; score: number; en: string; ar: string };
type StretchBead = { id?: number; version?: number; en: number[]; ar: number[]; status: string; score?: number; signals?: unknown; enText: string[]; arText: string[] };
type StretchDetail = { firstRow: number; old: StretchBead[]; next: StretchBead[] };

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

function isLockedFor(store: Store, documentId: number, actor: Actor): boolean {
  const document = store.getDocument(documentId);
  if (!document) throw new NotFoundError(`document:${documentId}`);
  return document.status === "locked" && !can(actor.role, "edit-locked");
}

function checkAlignable(store: Store, documentId: number, actor: Actor): void {
  if (!can(actor.role, "align")) throw new ForbiddenError("role");
  if (isLockedFor(store, documentId, actor)) throw new ForbiddenError("locked");
}

/**
 * Previews "replace `original` by `suggestion` everywhere": every stored finding of the consistency
 * check that makes that replacement, whose paragraph is still the text it was found in (a finding
 * older than its text is left for the recomputation), one occurrence each (overlaps dropped).
 * Occurrences the user could not change (a locked document, the other side's text) are listed,
 * marked, and never selected.
 */
export function previewReplaceEverywhere(store: Store, checkId: string, original: string, suggestion: string, actor: Actor): number {
  if (!CONSISTENCY_CHECKS.includes(checkId)) throw new BadRequestError("not-a-consistency-check");
  if (!can(actor.role, "fix")) throw new ForbiddenError("role");
  const matching = store.listFindings({ checkId, limit: BULK_LIMIT }).filter((f) => f.suggestion === suggestion && f.excerpt === original && f.paragraphId !== null);
  const byParagraph = new Map<number, FindingRecord[]>();
  for (const f of matching) byParagraph.set(f.paragraphId!, [...(byParagraph.get(f.paragraphId!) ?? []), f]);
  const occurrences: { documentId: number; detail: Record<string, unknown> }[] = [];
  const locked = new Map<number, boolean>();
  for (const [paragraphId, findings] of byParagraph) {
    const paragraph = store.getParagraph(paragraphId);
    if (!paragraph) continue;
    const hash = hashText(paragraph.text);
    let lastEnd = -1;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.textHash !== hash || f.start < lastEnd || paragraph.text.slice(f.start, f.end) !== original) continue;
      lastEnd = f.end;
      if (!locked.has(f.documentId)) locked.set(f.documentId, isLockedFor(store, f.documentId, actor));
      const side = paragraph.side;
      const blocked = locked.get(f.documentId) ? "locked" : can(actor.role, side === "ar" ? "edit-ar" : "edit-en") ? null : "role";
      const position = f.beadId === null ? null : store.beadPosition(f.documentId, f.beadId);
      const context = occurrenceContext(paragraph.text, f.start, f.end, suggestion);
      const detail: ReplaceDetail & { blocked: string | null } = {
        paragraphId, side, start: f.start, end: f.end, textHash: hash, original, suggestion, title: f.documentTitle ?? "", row: position === null ? null : position + 1,
        before: context.before, after: context.after, cutBefore: context.cutBefore, cutAfter: context.cutAfter, blocked,
      };
      occurrences.push({ documentId: f.documentId, detail });
    }
  }
  const id = store.createBulkChange({ kind: "replace", user: actor.name, documentId: null, params: { checkId, original, suggestion }, occurrences });
  // Nothing the user cannot change is selected.
  const blocked = occurrences.flatMap((o, ordinal) => (o.detail.blocked ? [ordinal] : []));
  if (blocked.length) store.selectBulkOccurrences(id, blocked, []);
  return id;
}

/**
 * Previews "confirm all above": every row up to and including the one picked that is neither
 * confirmed nor rejected; rows scoring below CONFIRM_ABOVE_MIN_SCORE (but one-sided boilerplate,
 * neutral) start unticked, for the editor to look at first.
 */
export function previewConfirmAbove(store: Store, documentId: number, beadId: number | undefined, version: number | undefined, actor: Actor): number {
  checkAlignable(store, documentId, actor);
  const beads = store.getBeads(documentId, { signals: false });
  const index = beads.findIndex((b) => b.id === beadId);
  const picked = beads[index];
  if (!picked) throw new ConflictError(`bead:${beadId}`);
  if (picked.version !== version) throw new ConflictError(`bead:${beadId}`, { version: picked.version });
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const occurrences = beads.slice(0, index + 1).flatMap((b, k): { documentId: number; detail: Record<string, unknown> }[] => {
    if (b.status === "confirmed" || b.status === "rejected") return [];
    const detail: RowDetail = {
      beadId: b.id, version: b.version, row: k + 1, status: b.status, score: b.score,
      en: excerpt(b.en.map((i) => en[i]?.text ?? "").join(" ")), ar: excerpt(b.ar.map((j) => ar[j]?.text ?? "").join(" ")),
    };
    return [{ documentId, detail }];
  });
  const id = store.createBulkChange({ kind: "confirm-above", user: actor.name, documentId, params: { row: index + 1 }, occurrences });
  const neutral = (d: RowDetail) => {
    const bead = beads.find((b) => b.id === d.beadId);
    const paragraphs = bead ? [...bead.en.map((i) => en[i]), ...bead.ar.map((j) => ar[j])] : [];
    return bead !== undefined && (bead.en.length === 0 || bead.ar.length === 0) && paragraphs.every((p) => p?.boilerplate);
  };
  const doubtful = occurrences.flatMap((o, ordinal) => {
    const d = o.detail as RowDetail;
    return d.score < CONFIRM_ABOVE_MIN_SCORE && !neutral(d) ? [ordinal] : [];
  });
  if (doubtful.length) store.selectBulkOccurrences(id, doubtful, []);
  return id;
}

/**
 * Asks for a re-alignment's preview: stored as "computing", for a worker thread to propose
 * (computeRealignPreview; services/worker-tasks.ts runs it and waits a moment, so a short
 * document's preview is ready when its page opens, and a long one's page says it is being computed).
 */
export function requestRealignPreview(store: Store, documentId: number, actor: Actor): number {
  checkAlignable(store, documentId, actor);
  return store.createBulkChange({ kind: "realign", user: actor.name, documentId, params: {} });
}

/** A proposal that could not be computed: the preview says so and nothing is ever written. */
export function failRealignPreview(store: Store, bulkId: number, error: unknown): void {
  store.settleBulkChange(bulkId, "failed", [], { error: error instanceof Error ? error.message : String(error) });
}

/** The worker's half of a re-alignment preview: proposes the new alignment and stores the stretches it would change. */
export function computeRealignPreview(store: Store, bulkId: number): { stretches: number } {
  const bulk = store.getBulkChange(bulkId);
  if (!bulk || bulk.kind !== "realign" || bulk.documentId === null || bulk.state !== "computing") return { stretches: 0 };
  const documentId = bulk.documentId;
  const current = store.getBeads(documentId, { signals: false });
  const proposed = proposeRealignment(store, documentId, current);
  const en = store.getParagraphs(documentId, "en").map((p) => excerpt(p.text));
  const ar = store.getParagraphs(documentId, "ar").map((p) => excerpt(p.text));
  const texts = (b: { en: number[]; ar: number[] }) => ({ enText: b.en.map((i) => en[i] ?? ""), arText: b.ar.map((j) => ar[j] ?? "") });
  const occurrences = realignStretches(current, proposed).map((s) => {
    const detail: StretchDetail = {
      firstRow: s.oldFrom + 1,
      old: current.slice(s.oldFrom, s.oldTo).map((b) => ({ id: b.id, version: b.version, en: b.en, ar: b.ar, status: b.status, score: b.score, ...texts(b) })),
      next: proposed.slice(s.newFrom, s.newTo).map((b) => ({ en: b.en, ar: b.ar, status: b.status ?? "auto", score: b.score, signals: b.signals, ...texts(b) })),
    };
    return { documentId, detail: detail as unknown as Record<string, unknown> };
  });
  store.fillBulkChange(bulkId, occurrences);
  return { stretches: occurrences.length };
}

/** A bulk change as its owner (or an admin) may see it; anyone else is told it does not exist. */
function ownBulkChange(store: Store, id: number, actor: Actor): BulkChangeRecord {
  const bulk = store.getBulkChange(id);
  if (!bulk || (bulk.user !== actor.name && actor.role !== "admin")) throw new NotFoundError(`bulk:${id}`);
  return bulk;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One occurrence as its page shows it: plain strings only (the template escapes them). */
export type ShownOccurrence = {
  ordinal: number; checked: boolean; blocked: string | null; outcome: string | null; outcomeKind: string | null;
  documentId: number; title?: string; row?: number | null;
  /** The text around a replacement, in its paragraph's language and direction. */
  context?: { before: string; was: string; now: string; after: string; cutBefore: boolean; cutAfter: boolean; lang: "en" | "ar"; dir: "ltr" | "rtl" };
  rowText?: { en: string; ar: string; score: number };
  stretch?: { firstRow: number; old: ShownPair[]; next: ShownPair[] };
};
type ShownPair = { label: string; en: string[]; ar: string[]; status: string };

export type BulkChangeView = {
  bulk: BulkChangeRecord;
  heading: string;
  occurrences: ShownOccurrence[];
  page: number; pages: number; first: number; last: number; previousPage: number | null; nextPage: number | null;
  shownOrdinals: string;
  summary: BulkSummary | null;
  state: Record<BulkChangeRecord["state"], boolean>;
  /** Where the user came from: the document, or the findings page. */
  back: string;
  canUndo: boolean;
};

function showOccurrence(bulk: BulkChangeRecord, o: BulkOccurrence, t: Translate): ShownOccurrence {
  const blocked = typeof o.detail.blocked === "string" ? o.detail.blocked : null;
  const shown: ShownOccurrence = {
    ordinal: o.ordinal, checked: o.selected && !blocked, blocked: blocked ? t(`bulk.blocked.${blocked}`) : null,
    outcome: o.outcome ? t(`bulk.outcomes.${o.outcome}`) : null, outcomeKind: o.outcome, documentId: o.documentId,
  };
  if (bulk.kind === "replace") {
    const d = o.detail as unknown as ReplaceDetail;
    return { ...shown, title: d.title, row: d.row, context: { before: d.before, was: d.original, now: d.suggestion, after: d.after, cutBefore: d.cutBefore, cutAfter: d.cutAfter, lang: d.side, dir: d.side === "ar" ? "rtl" : "ltr" } };
  }
  if (bulk.kind === "confirm-above") {
    const d = o.detail as unknown as RowDetail;
    return { ...shown, row: d.row, rowText: { en: d.en, ar: d.ar, score: Math.round(d.score * 100) } };
  }
  const d = o.detail as unknown as StretchDetail;
  const pairs = (beads: StretchBead[], numbered: boolean): ShownPair[] => beads.map((b, k) => ({
    label: numbered ? t("bulk.row", { row: d.firstRow + k }) : t("bulk.proposedRow", { n: k + 1 }),
    en: b.enText, ar: b.arText, status: b.status === "confirmed" ? t("beadStatus.confirmed") : "",
  }));
  return { ...shown, stretch: { firstRow: d.firstRow, old: pairs(d.old, true), next: pairs(d.next, false) } };
}

/** One page of a bulk change (the preview while waiting, the outcomes once done), in the reader's language. Reads only. */
export function bulkChangePage(store: Store, id: number, page: number, actor: Actor, t: Translate): BulkChangeView {
  const bulk = ownBulkChange(store, id, actor);
  const pages = Math.max(1, Math.ceil(bulk.occurrences / BULK_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const occurrences = store.listBulkOccurrences(id, { offset: (shown - 1) * BULK_PAGE_SIZE, limit: BULK_PAGE_SIZE });
  const summary = bulk.state === "applied" ? (bulk.summary as BulkSummary) : null;
  const state = { computing: false, ready: false, failed: false, applied: false, cancelled: false, [bulk.state]: true };
  return {
    bulk, heading: t(`bulk.heading.${bulk.kind}`, bulk.params), occurrences: occurrences.map((o) => showOccurrence(bulk, o, t)),
    page: shown, pages, first: (shown - 1) * BULK_PAGE_SIZE + 1, last: (shown - 1) * BULK_PAGE_SIZE + occurrences.length,
    previousPage: shown > 1 ? shown - 1 : null, nextPage: shown < pages ? shown + 1 : null,
    shownOrdinals: occurrences.map((o) => o.ordinal).join(","),
    summary, state, back: bulk.documentId === null ? `/findings?check=${encodeURIComponent(String(bulk.params.checkId ?? ""))}` : `/documents/${bulk.documentId}`,
    canUndo: !!summary && summary.changes > 0,
  };
}

/** Keeps the ticks of the occurrences a page showed (moving between pages, before accepting). */
export function saveSelection(store: Store, id: number, shown: readonly number[], picked: readonly number[], actor: Actor): void {
  const bulk = ownBulkChange(store, id, actor);
  if (bulk.state !== "ready") throw new BadRequestError("bulk-not-waiting");
  const blocked = new Set(store.listBulkOccurrences(id).filter((o) => o.detail.blocked).map((o) => o.ordinal));
  store.selectBulkOccurrences(id, shown, picked.filter((o) => !blocked.has(o)));
}

export function cancelBulkChange(store: Store, id: number, actor: Actor): void {
  const bulk = ownBulkChange(store, id, actor);
  if (!store.settleBulkChange(id, "cancelled", [], {})) throw new BadRequestError(bulk.state === "computing" ? "bulk-computing" : "bulk-not-waiting");
}

/**
 * Accepts a bulk change: every occurrence (`all`) or the selected ones, each checked again against
 * the document as it is now, in one transaction with the changes and the outcomes.
 */
export function acceptBulkChange(store: Store, id: number, all: boolean, actor: Actor): BulkSummary {
  return store.atomically(() => {
    const bulk = ownBulkChange(store, id, actor);
    if (!can(actor.role, bulk.kind === "replace" ? "fix" : "align")) throw new ForbiddenError("role");
    if (bulk.state !== "ready") throw new BadRequestError(bulk.state === "computing" ? "bulk-computing" : "bulk-not-waiting");
    const occurrences = store.listBulkOccurrences(id);
    const chosen = occurrences.filter((o) => all || o.selected);
    const outcomes = new Map<number, Outcome>(occurrences.map((o) => [o.ordinal, "rejected"]));
    const apply = bulk.kind === "replace" ? applyReplacements : bulk.kind === "confirm-above" ? applyConfirmations : applyStretches;
    const changes = apply(store, bulk, chosen, outcomes, actor);
    const count = (outcome: Outcome) => [...outcomes.values()].filter((o) => o === outcome).length;
    const documents = [...new Set(occurrences.filter((o) => outcomes.get(o.ordinal) === "applied").map((o) => o.documentId))].sort((a, b) => a - b);
    const summary: BulkSummary = { applied: count("applied"), rejected: count("rejected"), stale: count("stale"), locked: count("locked"), role: count("role"), changes, documents };
    store.settleBulkChange(id, "applied", [...outcomes].map(([ordinal, outcome]) => ({ ordinal, outcome })), summary);
    return summary;
  });
}

/** Replacements, paragraph by paragraph (right to left, so earlier offsets stay true): one revision each, all in the group. */
function applyReplacements(store: Store, bulk: BulkChangeRecord, chosen: BulkOccurrence[], outcomes: Map<number, Outcome>, actor: Actor): number {
  const byParagraph = new Map<number, BulkOccurrence[]>();
  for (const o of chosen) {
    const paragraphId = (o.detail as ReplaceDetail).paragraphId;
    byParagraph.set(paragraphId, [...(byParagraph.get(paragraphId) ?? []), o]);
  }
  const action = `fix:${String(bulk.params.checkId)}`;
  let revisions = 0;
  for (const [paragraphId, group] of byParagraph) {
    const first = group[0]!;
    const paragraph = store.getParagraph(paragraphId);
    const mark = (outcome: Outcome) => group.forEach((o) => outcomes.set(o.ordinal, outcome));
    if (!paragraph || hashText(paragraph.text) !== (first.detail as ReplaceDetail).textHash) {
      mark("stale");
      continue;
    }
    if (isLockedFor(store, first.documentId, actor)) {
      mark("locked");
      continue;
    }
    if (!can(actor.role, paragraph.side === "ar" ? "edit-ar" : "edit-en")) {
      mark("role");
      continue;
    }
    let text = paragraph.text;
    for (const o of [...group].sort((a, b) => (b.detail as ReplaceDetail).start - (a.detail as ReplaceDetail).start)) {
      const d = o.detail as ReplaceDetail;
      text = text.slice(0, d.start) + d.suggestion + text.slice(d.end);
      outcomes.set(o.ordinal, "applied");
    }
    store.editParagraph(paragraph.id, paragraph.version, text, actor.name, action, bulk.id, beadScorerFor(store.listGlossary()));
    revisions++;
  }
  return revisions;
}

/** Confirms the chosen rows that are still as the preview showed them (same row, same version): one change of the bead list. */
function applyConfirmations(store: Store, bulk: BulkChangeRecord, chosen: BulkOccurrence[], outcomes: Map<number, Outcome>, actor: Actor): number {
  const documentId = bulk.documentId ?? 0;
  if (chosen.length === 0) return 0;
  if (!can(actor.role, "align")) return markAll(chosen, outcomes, "role");
  if (isLockedFor(store, documentId, actor)) return markAll(chosen, outcomes, "locked");
  const current = new Map(store.getBeads(documentId, { signals: false }).map((b) => [b.id, b]));
  const confirm = new Set<number>();
  for (const o of chosen) {
    const d = o.detail as RowDetail;
    const bead = current.get(d.beadId);
    const fresh = bead && bead.version === d.version && bead.status === d.status;
    outcomes.set(o.ordinal, fresh ? "applied" : "stale");
    if (fresh) confirm.add(d.beadId);
  }
  if (confirm.size === 0) return 0;
  store.applyAlignment(documentId, (beads) => beads.map((b) => keep(b, confirm.has(b.id) ? "confirmed" : b.status)), actor.name, "confirm-above", [], bulk.id);
  return 1;
}

/**
 * Replaces the chosen stretches whose rows are still exactly those the preview was computed from
 * (same ids, versions and paragraphs) by the proposed rows: one change of the bead list.
 */
function applyStretches(store: Store, bulk: BulkChangeRecord, chosen: BulkOccurrence[], outcomes: Map<number, Outcome>, actor: Actor): number {
  const documentId = bulk.documentId ?? 0;
  if (chosen.length === 0) return 0;
  if (!can(actor.role, "align")) return markAll(chosen, outcomes, "role");
  if (isLockedFor(store, documentId, actor)) return markAll(chosen, outcomes, "locked");
  const current = store.getBeads(documentId, { signals: false });
  const at = new Map(current.map((b, k) => [b.id, k]));
  const replacements = new Map<number, { count: number; next: StretchBead[] }>();
  for (const o of chosen) {
    const d = o.detail as unknown as StretchDetail;
    const start = at.get(d.old[0]?.id ?? -1);
    const fresh = start !== undefined && d.old.every((b, k) => {
      const now = current[start + k];
      return now !== undefined && now.id === b.id && now.version === b.version && sameList(now.en, b.en) && sameList(now.ar, b.ar);
    });
    outcomes.set(o.ordinal, fresh ? "applied" : "stale");
    if (fresh && start !== undefined) replacements.set(start, { count: d.old.length, next: d.next });
  }
  if (replacements.size === 0) return 0;
  store.applyAlignment(documentId, (beads) => {
    const out: BeadInput[] = [];
    for (let k = 0; k < beads.length; k++) {
      const replacement = replacements.get(k);
      if (!replacement) {
        out.push(keep(beads[k]!, beads[k]!.status));
        continue;
      }
      for (const b of replacement.next) out.push({ en: b.en, ar: b.ar, status: b.status === "confirmed" || b.status === "rejected" ? b.status : "auto", score: b.score ?? 0, signals: (b.signals ?? { shape: `${b.en.length}-${b.ar.length}` }) as BeadInput["signals"] });
      k += replacement.count - 1;
    }
    return out;
    // Stretches are aligned on their own: their rows are scored again over the whole document.
  }, actor.name, "realign", [], bulk.id, beadScorerFor(store.listGlossary()));
  return 1;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, k) => b[k] === x);
const keep = (b: BeadRecord, status: BeadRecord["status"]): BeadInput => ({ en: b.en, ar: b.ar, status, score: b.score, signals: { shape: `${b.en.length}-${b.ar.length}` } });
function markAll(chosen: BulkOccurrence[], outcomes: Map<number, Outcome>, outcome: Outcome): number {
  for (const o of chosen) outcomes.set(o.ordinal, outcome);
  return 0;
}

/** Undoes an applied bulk change as one action (all its documents); refused (409) when it is no longer the latest change there. */
export function undoBulkChange(store: Store, id: number, actor: Actor): Travelled {
  const bulk = ownBulkChange(store, id, actor);
  const summary = bulk.summary as BulkSummary | null;
  const documentId = summary?.documents[0];
  if (bulk.state !== "applied" || documentId === undefined || !summary || summary.changes === 0) throw new BadRequestError("bulk-nothing-to-undo");
  const moved = travelHistory(store, documentId, "undo", actor, id);
  if (!moved) throw new ConflictError(`group:${id}`);
  return moved;
}
