/**
 * SQLite: scoring beads again after a change. The store writes a changed row's paragraphs; what
 * its score and "why" are is the domain's scorer (domain/align/score-beads.ts), handed in by the
 * service with the lexicon. Here the rows named are read by paragraph positions, the document is
 * offered as the scorer needs it, and the new scores and signals are written, inside the caller's
 * transaction. Without a scorer nothing is re-scored. The document (both sides' texts and
 * boilerplate, the bead list) is read only when the scorer does not know it yet: its key is the
 * database, the paragraphs' ids, versions (a text change raises the version, and versions never
 * go back) and boilerplate, which an alignment operation leaves as they were; so a local operation
 * reads only its own rows.
 */
import { bySql, type SqlDatabase } from "./sql-database.js";
import type { BeadScorer, ScoringDocument, ScoringSource } from "../domain/align/score-beads.js";
import type { BoilerplateReason } from "../domain/segment/boilerplate.js";
import { statement } from "./statements.js";
import { getBeads } from "./beads-repository.js";

export type { BeadScorer };

function scoringDocument(db: SqlDatabase, documentId: number): ScoringDocument {
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

/** The document as a scorer sees it; its texts and rows read only if the scorer asks. */
export function scoringSource(db: SqlDatabase, documentId: number): ScoringSource {
  const { key } = statement(
    db,
    `SELECT group_concat(id || ':' || version || ':' || COALESCE(boilerplate, ''), ',') AS key
     FROM (SELECT id, version, boilerplate FROM paragraphs WHERE document_id = ? ORDER BY side, position) AS ordered`,
  ).get(documentId) as { key: string | null };
  return {
    // The database file is part of the key: one process may hold several databases (tests, tools).
    key: `${db.name}|${documentId}|${key ?? ""}`,
    read: () => ({ document: scoringDocument(db, documentId), beads: getBeads(db, documentId, { signals: false }).map((b) => ({ en: b.en, ar: b.ar })) }),
  };
}

/**
 * Lets the scorer prepare the document before an alignment change, so that its model is estimated
 * from the alignment as it was (and stays that one while the texts do): rows put back by undo are
 * then scored with the model they were scored with.
 */
export function prepareScorer(db: SqlDatabase, documentId: number, scorer: BeadScorer | undefined): void {
  scorer?.(scoringSource(db, documentId), []);
}

/** Scores the rows `beadIds` of a document again, as the document now stands. */
export function rescoreBeads(db: SqlDatabase, documentId: number, beadIds: readonly number[], scorer: BeadScorer | undefined): void {
  if (!scorer || beadIds.length === 0) return;
  const members = statement(
    db,
    `SELECT bp.bead_id, p.side, p.position FROM bead_paragraphs bp JOIN paragraphs p ON p.id = bp.paragraph_id
     WHERE bp.bead_id IN (SELECT CAST(value AS BIGINT) FROM ${bySql(db, { sqlite: "json_each(?)", postgres: "json_array_elements_text(CAST(? AS json))" })}) ORDER BY p.side, p.position`,
  ).raw(true).all(JSON.stringify(beadIds)) as [number, "en" | "ar", number][];
  const targets = new Map(beadIds.map((id) => [id, { en: [] as number[], ar: [] as number[] }]));
  for (const [beadId, side, position] of members) targets.get(beadId)?.[side].push(position);
  const ids = [...targets.keys()];
  const scored = scorer(scoringSource(db, documentId), [...targets.values()]);
  const update = statement(db, "UPDATE beads SET score = ?, signals = ? WHERE id = ?");
  scored.forEach((s, k) => update.run(s.score, JSON.stringify(s.signals), ids[k] ?? -1));
}
/** Scores again the row holding a paragraph (after its text changed). */
export function rescoreParagraphBead(db: SqlDatabase, paragraphId: number, scorer: BeadScorer | undefined): void {
  if (!scorer) return;
  const row = statement(db, "SELECT b.id, b.document_id FROM bead_paragraphs bp JOIN beads b ON b.id = bp.bead_id WHERE bp.paragraph_id = ?")
    .get(paragraphId) as { id: number; document_id: number } | undefined;
  if (row) rescoreBeads(db, row.document_id, [row.id], scorer);
}
