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

export function fillTable(n: number, m: number, shapes: readonly BeadShape[], costOf: CostFunction): Table {
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
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
