/**
 * The editor's alignment operations, as pure functions from a bead list to a new bead list.
 * Beads are given by 0-based paragraph positions per side (see align/types.ts); every result is
 * checked to be a monotone cover, so no operation can lose or repeat a paragraph. Which beads an
 * operation touched is returned too, for conflict checks and history.
 */
import { checkCover } from "../align/check-cover.js";
import type { Side } from "../align/types.js";

/** `neutral`: one-sided boilerplate, neither right nor wrong whatever its score. */
export type EditableBead = { en: number[]; ar: number[]; status: "auto" | "confirmed" | "rejected"; score?: number; neutral?: boolean };

export class InvalidOperation extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function at<T>(beads: T[], index: number): T {
  const bead = beads[index];
  if (bead === undefined) throw new InvalidOperation("no-such-row");
  return bead;
}

function counts(beads: EditableBead[]): { n: number; m: number } {
  return { n: beads.reduce((s, b) => s + b.en.length, 0), m: beads.reduce((s, b) => s + b.ar.length, 0) };
}

function checked(beads: EditableBead[], original: EditableBead[]): EditableBead[] {
  const { n, m } = counts(original);
  checkCover(beads, n, m);
  return beads;
}

const copy = (b: EditableBead): EditableBead => ({ ...b, en: [...b.en], ar: [...b.ar] });

/** Confirms one row. */
export function confirmRow(beads: EditableBead[], index: number): EditableBead[] {
  at(beads, index);
  return beads.map((b, k) => (k === index ? { ...copy(b), status: "confirmed" } : b));
}

/**
 * Confirms every row from the first to this one that scores at least `minScore` or is neutral,
 * except rejected rows (a rejection is a reviewer's decision too); rows below the score stay as
 * they are, for the editor to look at.
 */
export function confirmAbove(beads: EditableBead[], index: number, minScore = 0): EditableBead[] {
  at(beads, index);
  return beads.map((b, k) => (k <= index && b.status !== "rejected" && (b.neutral || (b.score ?? 1) >= minScore) ? { ...copy(b), status: "confirmed" } : b));
}

/** Sends a confirmed or rejected row back to automatic, so re-alignment may change it. */
export function unconfirmRow(beads: EditableBead[], index: number): EditableBead[] {
  at(beads, index);
  return beads.map((b, k) => (k === index ? { ...copy(b), status: "auto" } : b));
}

/** Merges a row with the next one. */
export function mergeWithNext(beads: EditableBead[], index: number): EditableBead[] {
  const first = at(beads, index);
  const second = beads[index + 1];
  if (!second) throw new InvalidOperation("no-next-row");
  const merged: EditableBead = { en: [...first.en, ...second.en], ar: [...first.ar, ...second.ar], status: "auto" };
  return checked([...beads.slice(0, index), merged, ...beads.slice(index + 2)], beads);
}

/**
 * Splits a row in two: the first keeps its first `enCount` English and `arCount` Arabic
 * paragraphs, the second the rest. Either part may be one-sided, not empty.
 */
export function splitRow(beads: EditableBead[], index: number, enCount: number, arCount: number): EditableBead[] {
  const bead = at(beads, index);
  if (!Number.isInteger(enCount) || !Number.isInteger(arCount) || enCount < 0 || arCount < 0 || enCount > bead.en.length || arCount > bead.ar.length) {
    throw new InvalidOperation("bad-split");
  }
  const first: EditableBead = { en: bead.en.slice(0, enCount), ar: bead.ar.slice(0, arCount), status: "auto" };
  const second: EditableBead = { en: bead.en.slice(enCount), ar: bead.ar.slice(arCount), status: "auto" };
  if (first.en.length + first.ar.length === 0 || second.en.length + second.ar.length === 0) throw new InvalidOperation("bad-split");
  return checked([...beads.slice(0, index), first, second, ...beads.slice(index + 1)], beads);
}

/** Drops beads left empty by a shift. */
function withoutEmpty(beads: EditableBead[]): EditableBead[] {
  return beads.filter((b) => b.en.length + b.ar.length > 0);
}

/**
 * Shifts a paragraph of one side across a row boundary: "up" moves this row's first paragraph on
 * that side to the end of the row above; "down" moves its last paragraph to the start of the row
 * below. A row left empty disappears.
 */
export function shiftParagraph(beads: EditableBead[], index: number, side: Side, direction: "up" | "down"): EditableBead[] {
  const bead = at(beads, index);
  if (bead[side].length === 0) throw new InvalidOperation("nothing-to-shift");
  const out = beads.map(copy);
  const here = at(out, index);
  if (direction === "up") {
    const above = out[index - 1];
    if (!above) throw new InvalidOperation("no-previous-row");
    above[side].push(here[side].shift() as number);
    above.status = "auto";
  } else {
    const below = out[index + 1];
    if (!below) throw new InvalidOperation("no-next-row");
    below[side].unshift(here[side].pop() as number);
    below.status = "auto";
  }
  here.status = "auto";
  return checked(withoutEmpty(out), beads);
}

/**
 * Detaches one paragraph of a row as a one-sided row (the other side gets a gap). The paragraph
 * must be first or last on its side of the row, so the order of both editions is kept: a first
 * paragraph becomes a row before, a last one a row after.
 */
export function detachParagraph(beads: EditableBead[], index: number, side: Side, position: number): EditableBead[] {
  const bead = at(beads, index);
  const list = bead[side];
  const other: Side = side === "en" ? "ar" : "en";
  if (list.length + bead[other].length < 2) throw new InvalidOperation("already-one-sided");
  const rest: EditableBead = { ...copy(bead), status: "auto" };
  const alone: EditableBead = { en: [], ar: [], status: "auto" };
  alone[side] = [position];
  if (list[0] === position) {
    rest[side] = list.slice(1);
    return checked(withoutEmpty([...beads.slice(0, index), alone, rest, ...beads.slice(index + 1)]), beads);
  }
  if (list[list.length - 1] === position) {
    rest[side] = list.slice(0, -1);
    return checked(withoutEmpty([...beads.slice(0, index), rest, alone, ...beads.slice(index + 1)]), beads);
  }
  throw new InvalidOperation("detach-middle");
}

/**
 * Inserts a gap: the row's paragraph on `side` moves to a row of its own after it, so this row
 * becomes one-sided on the other side ("this Arabic paragraph has no English counterpart").
 */
export function insertGap(beads: EditableBead[], index: number, side: Side): EditableBead[] {
  const bead = at(beads, index);
  if (bead[side].length === 0) throw new InvalidOperation("nothing-to-shift");
  const other: Side = side === "en" ? "ar" : "en";
  if (bead[other].length === 0) throw new InvalidOperation("already-one-sided");
  const kept: EditableBead = { en: [], ar: [], status: "auto" };
  kept[other] = [...bead[other]];
  const moved: EditableBead = { en: [], ar: [], status: "auto" };
  moved[side] = [...bead[side]];
  return checked([...beads.slice(0, index), kept, moved, ...beads.slice(index + 1)], beads);
}

/**
 * Every bead list one editor operation (merge with the next row, shift a paragraph up or down on
 * either side, a gap on either side) makes of `beads`, each with the indices of the beads it
 * created: the beads an editor's slip would produce, for calibrating scores on them.
 */
export function singleEditsOf(beads: EditableBead[]): { beads: EditableBead[]; created: number[] }[] {
  const keyOf = (b: { en: number[]; ar: number[] }) => `${b.en.join(",")}|${b.ar.join(",")}`;
  const before = new Set(beads.map(keyOf));
  const out: { beads: EditableBead[]; created: number[] }[] = [];
  const attempt = (make: () => EditableBead[]) => {
    try {
      const next = make();
      out.push({ beads: next, created: next.flatMap((b, k) => (before.has(keyOf(b)) ? [] : [k])) });
    } catch (error) {
      if (!(error instanceof InvalidOperation)) throw error;
    }
  };
  beads.forEach((_, k) => {
    attempt(() => mergeWithNext(beads, k));
    for (const side of ["en", "ar"] as const) {
      attempt(() => shiftParagraph(beads, k, side, "up"));
      attempt(() => shiftParagraph(beads, k, side, "down"));
      attempt(() => insertGap(beads, k, side));
    }
  });
  return out.filter((v) => v.created.length > 0);
}
