/**
 * The JSON the alignment view's page script and the server exchange: what an operation sends and
 * what every answer holds. Types only, no DOM and no Node, imported by the routes (which build
 * the answers) and by the page modules under server/page/ (which read them), so that a change on
 * one side breaks the build of the other.
 */
/** A row as the page receives it: its bead id and its server-rendered `<section class="row">`. */
export type RenderedRow = { bead: number; html: string };

/**
 * What an operation changed in the document, for the rows the page shows: the rows that are new
 * or changed (a row whose neighbour changed counts: its radio value names the neighbour's version),
 * the rows that are gone, and every row id in document order so the page can renumber its rows.
 */
export type RowChanges = {
  order: number[];
  rows: RenderedRow[];
  removed: number[];
  /** The rows that did not exist before (made by a merge, split …): the page inserts them beside their neighbours. */
  added: number[];
  /** The alignment map again, when the document's structure changed (rows made, removed or reshaped). */
  map: string | null;
};

/** The row an operation acted on and the one after it, as they are now. */
export type RowRef = { id: number; version: number };

/** Fields of an alignment operation: the form's own (`target` is the picked row's radio value). */
export type AlignmentFields = { op: string; target?: string; enCount?: string; arCount?: string };

/** Every successful answer of an operation that changes rows. */
export type ChangeAnswer = {
  ok: true;
  /** What was done, in the reader's language ("Rows merged: row 4."). */
  message: string;
  changes: RowChanges;
  /** The bead the user acted on, after the change (a merge or split makes new rows), if any. */
  current: number | null;
};

/** POST /api/documents/:id/align. */
export type AlignmentAnswer = ChangeAnswer & { row: number; history: number | null; bead: RowRef | null; nextBead: RowRef | null };

/** A bulk operation (confirm all above, re-align) writes nothing yet: the page opens its preview. */
export type PreviewAnswer = { ok: true; preview: string };

/** POST /api/documents/:id/undo and /redo: which change moved (its action and history kind; a bulk change's group). */
export type TravelAnswer = ChangeAnswer & { action: string | null; kind: string | null; group?: { changes: number; documents: number[] } };

/** A word of a diff. */
export type DiffSegment = { op: "equal" | "insert" | "delete"; text: string };

/** PUT /api/paragraphs/:id. */
export type SaveAnswer = ChangeAnswer & { version: number; diff: DiffSegment[] };

/** POST /api/paragraphs/:id/split and /join. */
export type ParagraphAnswer = ChangeAnswer & { newParagraph?: number };

/** GET /api/paragraphs/:id. */
export type StoredParagraph = { id: number; version: number; text: string; side: "en" | "ar" };

/** PUT /api/paragraphs/:id sends. */
export type SaveFields = { text: string; version: number };

/** Every refusal (400, 403, 404, 409): a code, the sentence in the reader's language; a 409 has the current state. */
export type RefusalAnswer = { error: string; message: string; current?: { version?: number; text?: string } };

/**
 * A row's sentence panel (routes/sentences.ts): rendered by views/partials/sentence-panel.hbs for
 * the page script's dialog, with where its links come from ("computed", "edited", "confirmed"),
 * how many there are and, after an operation, what was done.
 */
export type SentencePanelAnswer = { ok: true; bead: number; row: number; source: string; links: number; message: string | null; html: string };
