/**
 * Which rows a stored alignment change touched, read from the entry's own before and after values,
 * so the history can name them as they were numbered on screen when the change was made. Pure: the
 * values in, row numbers out.
 *
 * Index conventions: a splice's `from` is the 0-based position of the first row of its window and
 * its `rows` are the rows of that window, in order (paragraphs by id); an alignment snapshot is the
 * whole bead list in order, each bead by 0-based paragraph positions per side. Row numbers returned
 * are 1-based, as the alignment view shows them.
 */

export type SpliceRow = { enIds: number[]; arIds: number[]; status?: string };
export type SpliceWindow = { from: number; rows: SpliceRow[] };
export type SnapshotBead = { en: number[]; ar: number[]; status: string };

/** The rows of a splice before and after it (1-based, first and last; last < first when the side had none). */
export type SpliceRows = { before: { first: number; last: number }; after: { first: number; last: number }; afterRows: SpliceRow[] };

function isWindow(value: unknown): value is SpliceWindow {
  const v = value as SpliceWindow | null;
  return typeof v?.from === "number" && Array.isArray(v.rows);
}

/** A splice's rows before and after, or null when the values are not a splice's. */
export function spliceRows(before: unknown, after: unknown): SpliceRows | null {
  if (!isWindow(before) || !isWindow(after)) return null;
  const first = before.from + 1;
  return {
    before: { first, last: first + before.rows.length - 1 },
    after: { first: after.from + 1, last: after.from + after.rows.length },
    afterRows: after.rows,
  };
}

function isSnapshot(value: unknown): value is SnapshotBead[] {
  return Array.isArray(value) && value.every((b) => Array.isArray((b as SnapshotBead).en) && Array.isArray((b as SnapshotBead).ar));
}

const keyOf = (b: SnapshotBead) => `${b.en.join(",")}|${b.ar.join(",")}`;

/**
 * A whole-list change (re-alignment, confirm all above): the rows after it (1-based) whose pairing
 * is new (`paired`), and the rows whose pairing stayed but whose status changed (`restatused`,
 * with the new status). Null when the values are not snapshots.
 */
export function alignmentChanges(before: unknown, after: unknown): { paired: number[]; restatused: { row: number; status: string }[] } | null {
  if (!isSnapshot(before) || !isSnapshot(after)) return null;
  const statusBefore = new Map(before.map((b) => [keyOf(b), b.status]));
  const paired: number[] = [];
  const restatused: { row: number; status: string }[] = [];
  after.forEach((b, k) => {
    const was = statusBefore.get(keyOf(b));
    if (was === undefined) paired.push(k + 1);
    else if (was !== b.status) restatused.push({ row: k + 1, status: b.status });
  });
  return { paired, restatused };
}

/** The first `count` words of a text, with "…" when there were more. */
export function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/u).filter((w) => w !== "");
  return words.length > count ? `${words.slice(0, count).join(" ")} …` : words.join(" ");
}
