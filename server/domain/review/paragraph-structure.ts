/**
 * Splitting and joining paragraphs as pure functions on one side's paragraph list and the
 * document's beads (the store writes the result). Index conventions: paragraphs are numbered from
 * 0 on each side; a bead lists the positions of its paragraphs on each side, in order.
 *
 * - Splitting paragraph k in two makes paragraphs k and k + 1; the new one joins k's bead, which
 *   becomes unconfirmed (its text changed), and every later position on that side moves up by one.
 * - Joining paragraph k with k + 1 makes one paragraph k; the beads from k's to k + 1's are merged
 *   into one unconfirmed bead, and every later position on that side moves down by one.
 */
import type { Side } from "../align/types.js";
import type { BeadStatus } from "./bead-status.js";
import { InvalidOperation } from "./bead-operations.js";

export type StructureBead = { en: number[]; ar: number[]; status: BeadStatus };
export type StructureParagraph = { id: number; text: string; boilerplate: string | null };
export type Structure = { paragraphs: StructureParagraph[]; beads: StructureBead[] };

/**
 * Paragraph k of `side` split at `offset` (UTF-16) into `first` and `second` (trimmed at the cut);
 * the second part gets `newId`. Refused when either part would be empty.
 */
export function splitParagraphIn(structure: Structure, side: Side, k: number, offset: number, newId: number): Structure {
  const paragraph = structure.paragraphs[k];
  if (!paragraph) throw new InvalidOperation("bad-text-split");
  const first = paragraph.text.slice(0, offset).trimEnd();
  const second = paragraph.text.slice(offset).trimStart();
  if (!Number.isInteger(offset) || first === "" || second === "") throw new InvalidOperation("bad-text-split");
  const paragraphs = [...structure.paragraphs];
  paragraphs.splice(k, 1, { ...paragraph, text: first }, { id: newId, text: second, boilerplate: null });
  const beads = structure.beads.map((b) => ({
    ...b,
    [side]: b[side].flatMap((i) => (i < k ? [i] : i === k ? [k, k + 1] : [i + 1])),
    status: b[side].includes(k) ? ("auto" as const) : b.status,
  }));
  return { paragraphs, beads };
}

/** Paragraph k of `side` joined with k + 1 (their texts with one space between). */
export function joinParagraphIn(structure: Structure, side: Side, k: number): Structure {
  const paragraph = structure.paragraphs[k];
  const next = structure.paragraphs[k + 1];
  if (!paragraph || !next) throw new InvalidOperation("no-next-paragraph");
  const paragraphs = [...structure.paragraphs];
  paragraphs.splice(k, 2, { ...paragraph, text: `${paragraph.text} ${next.text}` });
  const first = structure.beads.findIndex((b) => b[side].includes(k));
  const last = structure.beads.findIndex((b) => b[side].includes(k + 1));
  const merged = structure.beads.slice(first, last + 1).reduce<StructureBead>(
    (acc, b) => ({ en: [...acc.en, ...b.en], ar: [...acc.ar, ...b.ar], status: "auto" }), { en: [], ar: [], status: "auto" },
  );
  const beads = [...structure.beads.slice(0, first), merged, ...structure.beads.slice(last + 1)].map((b) => ({
    ...b,
    [side]: b[side].filter((i) => i !== k + 1).map((i) => (i > k + 1 ? i - 1 : i)),
  }));
  return { paragraphs, beads };
}
