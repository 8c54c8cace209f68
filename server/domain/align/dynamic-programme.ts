/**
 * Dynamic programming over bead shapes, in two verb-named steps: fillTable computes the cheapest
 * way to align every prefix pair, traceBack reads the beads off the back pointers.
 *
 * Index conventions: the tables have (n+1)×(m+1) cells, row-major; cell (i, j) is the best
 * alignment of the first i English units with the first j Arabic units. back[cell] holds the index
 * in `shapes` of the last bead of that alignment, or -1 where the cell is unreachable.
 */
import type { BeadShape } from "./bead-shapes.js";
import type { Bead } from "./types.js";

export type CostFunction = (i0: number, a: number, j0: number, b: number) => number;

export type Table = { n: number; m: number; cost: Float64Array; back: Int8Array };

/** For each row i (0..n), the columns [from[i], to[i]] the search may visit; others stay unreachable. */
export type Band = { from: Int32Array; to: Int32Array };

export function fillTable(n: number, m: number, shapes: readonly BeadShape[], costOf: CostFunction, band?: Band): Table {
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const jFrom = band ? Math.max(0, band.from[i] ?? 0) : 0;
    const jTo = band ? Math.min(m, band.to[i] ?? m) : m;
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = -1;
      for (let s = 0; s < shapes.length; s++) {
        const [a, b] = shapes[s] as BeadShape;
        if (a > i || b > j) continue;
        const before = cost[(i - a) * width + (j - b)] ?? Infinity;
        if (before === Infinity) continue;
        const c = before + costOf(i - a, a, j - b, b);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      }
      cost[i * width + j] = best;
      back[i * width + j] = bestShape;
    }
  }
  return { n, m, cost, back };
}

/** The beads of the cheapest full alignment, in document order. */
export function traceBack(table: Table, shapes: readonly BeadShape[]): Bead[] {
  const beads: Bead[] = [];
  const width = table.m + 1;
  let i = table.n;
  let j = table.m;
  while (i > 0 || j > 0) {
    const s = table.back[i * width + j] ?? -1;
    const shape = shapes[s];
    if (!shape) throw new Error(`traceBack: cell (${i}, ${j}) is unreachable`);
    const [a, b] = shape;
    beads.push({ en: range(i - a, a), ar: range(j - b, b) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/**
 * Canonical order inside a run of one-sided beads: the English units first, then the Arabic ones.
 * Any order of such a run costs the same, so the choice is a convention, fixed here so that
 * results (and gold files written by people) agree.
 */
export function orderOneSided(beads: Bead[]): Bead[] {
  const out: Bead[] = [];
  let run: Bead[] = [];
  const flush = () => {
    out.push(...run.filter((b) => b.ar.length === 0), ...run.filter((b) => b.en.length === 0));
    run = [];
  };
  for (const bead of beads) {
    if (bead.en.length === 0 || bead.ar.length === 0) run.push(bead);
    else {
      flush();
      out.push(bead);
    }
  }
  flush();
  return out;
}

/**
 * A band of half-width `radius` around a path of beads: row i may visit the columns within
 * `radius` of the columns the path occupies in row i. Used to refine an alignment cheaply.
 */
export function bandAround(beads: Bead[], n: number, m: number, radius: number): Band {
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1).fill(0);
  let i = 0;
  let j = 0;
  const visit = (row: number, col: number) => {
    low[row] = Math.min(low[row] ?? m, col);
    high[row] = Math.max(high[row] ?? 0, col);
  };
  visit(0, 0);
  for (const bead of beads) {
    for (let step = 0; step < Math.max(bead.en.length, bead.ar.length); step++) visit(i, j + Math.min(step + 1, bead.ar.length));
    i += bead.en.length;
    j += bead.ar.length;
    visit(i, j);
  }
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  for (let r = 0; r <= n; r++) {
    let lo = m;
    let hi = 0;
    for (let d = Math.max(0, r - radius); d <= Math.min(n, r + radius); d++) {
      lo = Math.min(lo, low[d] ?? m);
      hi = Math.max(hi, high[d] ?? 0);
    }
    from[r] = Math.max(0, lo - radius);
    to[r] = Math.min(m, hi + radius);
  }
  return { from, to };
}
