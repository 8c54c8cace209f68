/**
 * SQLite: scoring beads again after a change. The store writes a changed row's paragraphs; what
 * its score and "why" are is the domain's scorer (domain/align/score-beads.ts), handed in by the
 * service with the lexicon. Here the document is read as the scorer needs it (both sides' texts
 * and boilerplate, the bead list) and the new scores and signals are written to the rows named,
 * inside the caller's transaction. Without a scorer nothing is re-scored.
 */
import type { SqliteDatabase } from "./open-database.js";
import type { BeadScorer, ScoringDocument } from "../domain/align/score-beads.js";
import type { BoilerplateReason } from "../domain/segment/boilerplate.js";
import { statement } from "./statements.js";
import { getBeads } from "./beads-repository.js";

export type { BeadScorer };

function scoringDocument(db: SqliteDatabase, documentId: number): ScoringDocument {
  const rows = statement(db, "SELECT side, text, boilerplate FROM paragraphs WHERE document_id = ? ORDER BY side, position")
    .all(documentId) as { side: "en" | "ar"; text: string; boilerplate: string | null }[];
  const en = rows.filter((r) => r.side === "en");
  const ar = rows.filter((r) => r.side === "ar");
  return {
    en: en.map((r) => r.text), ar: ar.map((r) => r.text),
    enBoilerplate: en.map((r) => r.boilerplate as BoilerplateReason | null),
    arBoilerplate: ar.map((r) => r.boilerplate as BoilerplateReason | null),
  };
}

/** Scores the rows `beadIds` of a document again, as the document now stands. */
export function rescoreBeads(db: SqliteDatabase, documentId: number, beadIds: readonly number[], scorer: BeadScorer | undefined): void {
  if (!scorer || beadIds.length === 0) return;
  const beads = getBeads(db, documentId, { signals: false });
  const wanted = new Set(beadIds);
  const which = beads.flatMap((b, k) => (wanted.has(b.id) ? [k] : []));
  if (which.length === 0) return;
  const scored = scorer(scoringDocument(db, documentId), beads.map((b) => ({ en: b.en, ar: b.ar })), which);
  const update = statement(db, "UPDATE beads SET score = ?, signals = ? WHERE id = ?");
  scored.forEach((s, k) => update.run(s.score, JSON.stringify(s.signals), beads[which[k] ?? -1]?.id ?? -1));
}

/** Scores again the row holding a paragraph (after its text changed). */
export function rescoreParagraphBead(db: SqliteDatabase, paragraphId: number, scorer: BeadScorer | undefined): void {
  if (!scorer) return;
  const row = statement(db, "SELECT b.id, b.document_id FROM bead_paragraphs bp JOIN beads b ON b.id = bp.bead_id WHERE bp.paragraph_id = ?")
    .get(paragraphId) as { id: number; document_id: number } | undefined;
  if (row) rescoreBeads(db, row.document_id, [row.id], scorer);
}
