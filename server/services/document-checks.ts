/**
 * The checks inside the app: a document's findings are computed with the check engine
 * (domain/checks) whenever the document has changed since they were last computed, stored with
 * the paragraph and row they concern, and shown in the editor. A fix is applied as an ordinary
 * edit (a revision with its diff, undoable); a dismissal is remembered until the text changes;
 * consistency fixes can be applied everywhere in the corpus at once, each as its own revision.
 */
import type { FindingInput, FindingRecord, Store } from "../store/types.js";
import { runChecks } from "../domain/checks/run-checks.js";
import { hashText } from "../domain/checks/dismissals.js";
import { can } from "../domain/auth/permissions.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import type { Actor } from "./review.js";
import { corpusStats } from "./corpus-stats.js";

/** Checks whose findings name a spelling to use everywhere ("apply this fix everywhere"). */
export const CONSISTENCY_CHECKS: readonly string[] = ["transliteration-consistency", "naming-consistency", "glossary-spelling", "corpus-name-consistency"];

/** Recomputes a document's findings if it changed since they were computed; returns them. */
export function refreshFindings(store: Store, documentId: number): void {
  const document = store.getDocument(documentId);
  if (!document || store.findingsVersion(documentId) === document.version) return;
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const beads = store.getBeads(documentId, { signals: false });
  const findings = runChecks(
    {
      en: en.map((p) => p.text), ar: ar.map((p) => p.text), beads: beads.map((b) => ({ en: b.en, ar: b.ar })),
      context: { glossary: store.listGlossary(), corpus: corpusStats(store) },
    },
    { dismissed: store.listDismissals(documentId) },
  );
  const beadOf = (lang: "en" | "ar", position: number) => beads.find((b) => b[lang].includes(position))?.id ?? null;
  const rows: FindingInput[] = findings.map((f) => {
    const paragraph = (f.lang === "en" ? en : ar)[f.paragraph];
    return {
      beadId: beadOf(f.lang, f.paragraph), paragraphId: paragraph?.id ?? null, checkId: f.checkId, severity: f.severity, side: f.lang,
      start: f.start, end: f.end, params: f.params, suggestion: f.suggestion, textHash: hashText(paragraph?.text ?? ""),
    };
  });
  store.replaceFindings(documentId, rows, document.version);
}

/** Findings of every document, fresh. */
export function refreshAll(store: Store): void {
  for (const d of store.listDocuments()) refreshFindings(store, d.id);
}

function checkFixable(store: Store, finding: FindingRecord | null, actor: Actor): FindingRecord {
  if (!finding || finding.paragraphId === null) throw new NotFoundError("finding");
  if (!can(actor.role, "fix") || !can(actor.role, finding.lang === "ar" ? "edit-ar" : "edit-en")) throw new ForbiddenError("role");
  const document = store.getDocument(finding.documentId);
  if (document?.status === "locked" && !can(actor.role, "edit-locked")) throw new ForbiddenError("locked");
  return finding;
}

/** Applies one finding's suggestion as an edit of its paragraph (refused if the text changed). */
export function applyFix(store: Store, findingId: number, actor: Actor): { documentId: number } {
  const finding = checkFixable(store, store.getFinding(findingId), actor);
  if (finding.suggestion === null) throw new BadRequestError("no-fix");
  const paragraph = store.getParagraph(finding.paragraphId ?? 0);
  if (!paragraph) throw new NotFoundError("paragraph");
  if (hashText(paragraph.text) !== finding.textHash) throw new ConflictError(`paragraph:${paragraph.id}`, { text: paragraph.text, version: paragraph.version });
  const text = paragraph.text.slice(0, finding.start) + finding.suggestion + paragraph.text.slice(finding.end);
  const clean = text.trim() === "" ? paragraph.text : text;
  store.editParagraph(paragraph.id, paragraph.version, clean, actor.name, `fix:${finding.checkId}`);
  return { documentId: finding.documentId };
}

/** Dismisses one finding; it stays dismissed until its paragraph's text changes. */
export function dismiss(store: Store, findingId: number, actor: Actor): { documentId: number } {
  const finding = store.getFinding(findingId);
  if (!finding || finding.lang === undefined) throw new NotFoundError("finding");
  if (!can(actor.role, "dismiss")) throw new ForbiddenError("role");
  store.dismissFinding(finding.documentId, { lang: finding.lang, checkId: finding.checkId, textHash: finding.textHash, start: finding.start, end: finding.end }, actor.name);
  return { documentId: finding.documentId };
}

/**
 * "Apply this fix everywhere": every open finding of a consistency check that replaces the same
 * text by the same suggestion, in every document, each applied as its own revision. Findings whose
 * paragraph changed meanwhile are skipped and counted.
 */
export function applyEverywhere(store: Store, checkId: string, original: string, suggestion: string, actor: Actor): { applied: number; skipped: number } {
  if (!CONSISTENCY_CHECKS.includes(checkId)) throw new BadRequestError("not-a-consistency-check");
  refreshAll(store);
  let applied = 0;
  let skipped = 0;
  const matching = () => store.listFindings({ checkId }).filter((f) => f.suggestion === suggestion && f.paragraphText?.slice(f.start, f.end) === original);
  // Re-read after each fix: offsets of later findings in the same paragraph move with the edit.
  for (let budget = matching().length; budget > 0; budget--) {
    const next = matching()[0];
    if (!next) break;
    try {
      applyFix(store, next.id, actor);
      applied++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      skipped++;
      break;
    }
    refreshFindings(store, next.documentId);
  }
  return { applied, skipped };
}
