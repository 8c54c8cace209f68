/**
 * What a re-alignment would change, as stretches a user can accept one by one. Two bead lists of
 * one document (the current one and the proposed one) both cover every paragraph once, in order,
 * so they meet again after every difference: a stretch runs from one meeting point to the next
 * and holds the rows that differ there, old and new. Each stretch can be applied alone (its rows
 * cover the same paragraphs), which makes a partial re-alignment always a valid cover.
 *
 * Index conventions: beads are `{ en: number[], ar: number[] }` by paragraph position (0-based);
 * a stretch names half-open ranges of indices into each list: old[oldFrom, oldTo), next[newFrom, newTo).
 */

export type PositionsBead = { en: readonly number[]; ar: readonly number[] };
export type Stretch = { oldFrom: number; oldTo: number; newFrom: number; newTo: number };

const sameBead = (a: PositionsBead, b: PositionsBead) =>
  a.en.length === b.en.length && a.ar.length === b.ar.length && a.en.every((i, k) => b.en[k] === i) && a.ar.every((j, k) => b.ar[k] === j);

/**
 * The stretches where `next` differs from `old`. A meeting point is a row boundary both lists
 * have after the same number of English and Arabic paragraphs; every bead holds at least one
 * paragraph, so each list passes a given total of paragraphs at most once, and advancing the list
 * that has consumed fewer finds every meeting point in one pass (time linear in the two lengths).
 */
export function realignStretches(old: readonly PositionsBead[], next: readonly PositionsBead[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  let start = { i: 0, j: 0 };
  const used = { old: { en: 0, ar: 0 }, next: { en: 0, ar: 0 } };
  while (i < old.length || j < next.length) {
    const oldBehind = used.old.en + used.old.ar <= used.next.en + used.next.ar;
    if (i < old.length && (oldBehind || j >= next.length)) {
      used.old.en += old[i]!.en.length;
      used.old.ar += old[i]!.ar.length;
      i++;
    } else {
      used.next.en += next[j]!.en.length;
      used.next.ar += next[j]!.ar.length;
      j++;
    }
    if (used.old.en !== used.next.en || used.old.ar !== used.next.ar) continue;
    const same = i - start.i === j - start.j && old.slice(start.i, i).every((b, k) => sameBead(b, next[start.j + k]!));
    if (!same) out.push({ oldFrom: start.i, oldTo: i, newFrom: start.j, newTo: j });
    start = { i, j };
  }
  return out;
}
