/**
 * What the alignment view's page modules share (types only): the rows' container, the document,
 * the reader's language and the page's own sentences, and the parts that keep state — the current
 * row, the feedback, the open editors — so that each module gets them from main.ts and none
 * imports another's state.
 */
import type { RowChanges } from "../web/page-api.js";

/** The page's own sentences and templates, from #editor-labels (in the reader's language). */
export type Labels = {
  save: string; split: string; join: string; cancel: string; saveFirst: string; current: string; yours: string;
  /** Templates with {{row}}. */
  currentRow: string; pick: string;
  pickFirst: string; noMore: string; editCancelled: string; unreachable: string;
};

export type CurrentRowState = {
  bead(): number | null;
  element(): HTMLElement | null;
  set(row: HTMLElement, options?: { scroll?: boolean; announce?: boolean }): void;
  /** Puts the marks back after rows were replaced (the current row by its bead id, or `bead`). */
  restore(bead?: number | null): void;
};

export type FeedbackState = { say(text: string, options?: { row?: HTMLElement | null; error?: boolean }): void };

export type EditorsState = {
  open(paragraph: HTMLElement): Promise<void>;
  /** Whether an open editor holds text not saved. */
  dirty(): boolean;
  /** Takes the open editors out of the rows before the rows are re-rendered … */
  detach(): void;
  /** … and puts each back into its paragraph, wherever that is now, so nothing typed is lost. */
  reattach(): void;
};

export type PageContext = {
  container: HTMLElement;
  documentId: string;
  lang: string;
  labels: Labels;
  current: CurrentRowState;
  feedback: FeedbackState;
  editors: EditorsState;
  /** Updates the view from an answer's changes (rows, numbers, map), keeping editors and the current row. */
  apply(changes: RowChanges, current?: number | null): void;
  /** Re-renders every row from the server: the answer of an operation said nothing about rows. */
  reload(): Promise<void>;
};
