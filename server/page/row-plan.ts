/**
 * Row bookkeeping after an operation: given the rows the page shows (bead ids, in page order) and
 * what the server says changed (web/page-api.ts RowChanges), which rows to replace, insert (and
 * where) and remove, and the number each row has now. The page shows one page of a filtered list,
 * so a changed row the page does not show is left out, and a new row is placed only beside a row
 * the page shows. Pure: no DOM.
 */
import type { RowChanges } from "../web/page-api.js";

/** Insert `bead` right after `after` (a bead id), or before `before` when nothing precedes it on the page. */
export type Insertion = { bead: number; after: number | null; before: number | null };

export type RowPlan = { replace: number[]; insert: Insertion[]; remove: number[] };

export function planRowUpdate(shown: readonly number[], changes: Pick<RowChanges, "order" | "rows" | "removed" | "added">): RowPlan {
  const onPage = new Set(shown);
  const gone = new Set(changes.removed);
  const position = new Map(changes.order.map((id, k) => [id, k]));
  const remove = shown.filter((id) => gone.has(id) || !position.has(id));
  const replace: number[] = [];
  const insert: Insertion[] = [];
  const changed = [...changes.rows].map((r) => r.bead).filter((id) => position.has(id)).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const added = new Set(changes.added);
  const fresh: number[] = [];
  // A changed row of another page stays there; only rows new to the document join this page.
  for (const bead of changed) {
    if (onPage.has(bead)) replace.push(bead);
    else if (added.has(bead)) fresh.push(bead);
  }
  // New rows after a shown row, in document order (each may follow the one placed before it) …
  const placed = new Set<number>();
  for (const bead of fresh) {
    const previous = changes.order[(position.get(bead) ?? 0) - 1];
    if (previous !== undefined && onPage.has(previous)) {
      insert.push({ bead, after: previous, before: null });
      onPage.add(bead);
      placed.add(bead);
    }
  }
  // … then those before a shown row (the top of the page), last first.
  for (const bead of [...fresh].reverse()) {
    if (placed.has(bead)) continue;
    const following = changes.order[(position.get(bead) ?? 0) + 1];
    if (following !== undefined && onPage.has(following)) {
      insert.push({ bead, after: null, before: following });
      onPage.add(bead);
    }
  }
  return { replace, insert, remove };
}

/** Each row's number (1-based) in the document now. */
export function rowNumbers(order: readonly number[]): Map<number, number> {
  return new Map(order.map((id, k) => [id, k + 1]));
}
