/**
 * The checks inside the app. A document's findings are computed with the check engine
 * (domain/checks) in the background whenever the document has changed since they were last
 * computed (jobs/findings-refresher.ts runs `refreshFindings` in a worker thread), stored with the
 * paragraph and row they concern and the few characters they are about, and only read by pages.
 * A fix is applied as an ordinary edit (a revision with its diff, undoable); a dismissal is
 * remembered until the text changes; either is also kept as the finding's outcome, for the
 * findings grid's "fixed" and "dismissed" lists. The team's ignore rules and accepted words reach the checks
 * through their context (services/ignore-lists.ts and services/accepted-words.ts change them). A consistency fix applied everywhere in the corpus is a bulk
 * change, previewed before anything is written (services/bulk-changes.ts).
 */
import type { FindingInput, FindingRecord, Store } from "../store/types.js";
import { runChecks } from "../domain/checks/run-checks.js";
import type { CheckContext } from "../domain/checks/types.js";
import { hashText } from "../domain/checks/dismissals.js";
import { can } from "../domain/auth/permissions.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import { ConflictError, NotFoundError } from "../store/conflict-error.js";
import type { Actor } from "./review.js";
import { corpusStats } from "./corpus-stats.js";
import { checkResources } from "./check-resources.js";
import { beadScorerFor } from "./align-resources.js";

/** Checks whose findings name a spelling to use everywhere ("apply this fix everywhere"). */
export const CONSISTENCY_CHECKS: readonly string[] = ["transliteration-consistency", "naming-consistency", "glossary-spelling", "corpus-name-consistency"];

/** The ignore rules and accepted words as last read, per store, until they change (tens of thousands of entries are read once, not per document). */
const IGNORE_LISTS = new WeakMap<Store, { stamp: string; lists: Pick<CheckContext, "ignoreRules" | "acceptedWords"> }>();

function ignoreListsOf(store: Store): Pick<CheckContext, "ignoreRules" | "acceptedWords"> {
  const stamp = store.ignoreListsStamp();
  const cached = IGNORE_LISTS.get(store);
  if (cached?.stamp === stamp) return cached.lists;
  const lists = { ignoreRules: store.listIgnoreRules(), acceptedWords: store.listAcceptedWords() };
  IGNORE_LISTS.set(store, { stamp, lists });
  return lists;
}

/**
 * Recomputes a document's findings if it changed since they were computed. Heavy: runs in a
 * worker thread (or a command), never in a request.
 */
export function refreshFindings(store: Store, documentId: number): { documentId: number; findings: number; fresh: boolean } {
  const document = store.getDocument(documentId);
  if (!document) return { documentId, findings: 0, fresh: false };
  const seen = store.findingsVersion(documentId);
  if (seen === document.version) return { documentId, findings: -1, fresh: true };
  const en = store.getParagraphs(documentId, "en");
  const ar = store.getParagraphs(documentId, "ar");
  const beads = store.getBeads(documentId, { signals: false });
  const findings = runChecks(
    {
      en: en.map((p) => p.text), ar: ar.map((p) => p.text), beads: beads.map((b) => ({ en: b.en, ar: b.ar })),
      context: {
        glossary: store.listGlossary(), corpus: corpusStats(store), ...checkResources(),
        ...ignoreListsOf(store),
      },
    },
    { dismissed: store.listDismissals(documentId) },
  );
  const beadOf = { en: new Map<number, number>(), ar: new Map<number, number>() };
  for (const b of beads) {
    for (const i of b.en) beadOf.en.set(i, b.id);
    for (const j of b.ar) beadOf.ar.set(j, b.id);
  }
  const hashes = { en: new Map<number, string>(), ar: new Map<number, string>() };
  const hashOf = (lang: "en" | "ar", position: number, text: string) => {
    let hash = hashes[lang].get(position);
    if (hash === undefined) {
      hash = hashText(text);
      hashes[lang].set(position, hash);
    }
    return hash;
  };
  const rows: FindingInput[] = findings.map((f) => {
    const paragraph = (f.lang === "en" ? en : ar)[f.paragraph];
    const text = paragraph?.text ?? "";
    return {
      beadId: beadOf[f.lang].get(f.paragraph) ?? null, paragraphId: paragraph?.id ?? null, checkId: f.checkId, severity: f.severity, side: f.lang,
      start: f.start, end: f.end, params: f.params, suggestion: f.suggestion, textHash: hashOf(f.lang, f.paragraph, text),
      excerpt: text.slice(f.start, f.end),
    };
  });
  // Stored in the order of the rows (then side, then place), so that the findings grid's
  // document order is an index scan (store/findings-grid-repository.ts).
  const rank = new Map(beads.map((b, k) => [b.id, k]));
  const position = new Map([...en, ...ar].map((p) => [p.id, p.position]));
  const place = (f: FindingInput) => (f.paragraphId === null ? -1 : (position.get(f.paragraphId) ?? -1));
  const ordered = rows
    .map((f) => ({ f, k: f.beadId === null ? Infinity : (rank.get(f.beadId) ?? Infinity), side: f.side === "en" ? 0 : 1, at: place(f) }))
    .sort((a, b) => a.k - b.k || a.side - b.side || a.at - b.at || a.f.start - b.f.start)
    .map((x) => x.f);
  // Not written over a change that came while the checks ran (the document, or what the checks read).
  const fresh = store.replaceFindings(documentId, ordered, document.version, seen);
  return { documentId, findings: rows.length, fresh };
}

function checkLock(store: Store, documentId: number, actor: Actor): void {
  const document = store.getDocument(documentId);
  if (!document) throw new NotFoundError("document");
  if (document.status === "locked" && !can(actor.role, "edit-locked")) throw new ForbiddenError("locked");
}

function checkFixable(store: Store, finding: FindingRecord | null, actor: Actor): FindingRecord {
  if (!finding || finding.paragraphId === null) throw new NotFoundError("finding");
  if (!can(actor.role, "fix") || !can(actor.role, finding.side === "ar" ? "edit-ar" : "edit-en")) throw new ForbiddenError("role");
  checkLock(store, finding.documentId, actor);
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
  store.editParagraph(paragraph.id, paragraph.version, clean, actor.name, `fix:${finding.checkId}`, null, beadScorerFor(store.listGlossary()));
  store.recordFindingOutcome(finding, "fixed", actor.name);
  return { documentId: finding.documentId };
}

/** Dismisses one finding; it stays dismissed until its paragraph's text changes. Locked documents refuse. */
export function dismiss(store: Store, findingId: number, actor: Actor): { documentId: number } {
  const finding = store.getFinding(findingId);
  if (!finding || (finding.side !== "en" && finding.side !== "ar")) throw new NotFoundError("finding");
  if (!can(actor.role, "dismiss")) throw new ForbiddenError("role");
  checkLock(store, finding.documentId, actor);
  store.dismissFinding(finding.documentId, {
    lang: finding.side, checkId: finding.checkId, textHash: finding.textHash, start: finding.start, end: finding.end, paragraphId: finding.paragraphId,
    excerpt: finding.excerpt,
  }, actor.name);
  store.recordFindingOutcome(finding, "dismissed", actor.name);
  return { documentId: finding.documentId };
}
