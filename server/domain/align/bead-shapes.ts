/**
 * The bead shapes the aligner may use, as data: [English units, Arabic units]. A 1-0 bead is an
 * English unit with no Arabic counterpart (dropped, or one-sided boilerplate); 0-1 the reverse.
 */
export type BeadShape = readonly [number, number];

export const BEAD_SHAPES: readonly BeadShape[] = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2],
];

export function shapeName([a, b]: BeadShape): string {
  return `${a}-${b}`;
}

/** The shapes of the first, rough pass: enough to estimate the document's model. */
export const ROUGH_SHAPES: readonly BeadShape[] = [[1, 1], [1, 0], [0, 1], [1, 2], [2, 1]];

/** Half-width of the band around the rough path that the final pass searches. */
export const REFINE_RADIUS = 6;
