/**
 * Which row a move goes to: the next or previous row, or the next (previous) one that is
 * unconfirmed, flagged, low-scored or not one-to-one. Rows are given as plain facts in page order;
 * indices are 0-based, `from` is the current row's index or -1 when there is none. Pure: no DOM.
 */
import type { Move } from "./keys.js";

export type RowFacts = { status: string; flagged: boolean; band: string; oneToOne: boolean };

const TESTS: Record<Move, { step: 1 | -1; test: (row: RowFacts) => boolean }> = {
  next: { step: 1, test: () => true },
  prev: { step: -1, test: () => true },
  "next-unconfirmed": { step: 1, test: (r) => r.status !== "confirmed" },
  "prev-unconfirmed": { step: -1, test: (r) => r.status !== "confirmed" },
  "next-flagged": { step: 1, test: (r) => r.flagged },
  // As the "low score" filter: every row not in the high band (nor neutral: one-sided boilerplate).
  "next-low": { step: 1, test: (r) => r.band !== "high" && r.band !== "neutral" },
  "next-not-one-to-one": { step: 1, test: (r) => !r.oneToOne },
};

/** The index the move lands on, or null when no row further on matches (the current row stays). */
export function seekRow(rows: readonly RowFacts[], from: number, move: Move): number | null {
  const { step, test } = TESTS[move];
  // Without a current row, "next" starts before the first row and "previous" after the last.
  let k = from < 0 ? (step === 1 ? -1 : rows.length) : from;
  for (k += step; k >= 0 && k < rows.length; k += step) {
    const row = rows[k];
    if (row && test(row)) return k;
  }
  return null;
}
