/**
 * Sentence links inside one paragraph pair (a row), as the reviewer sees and fixes them: which
 * English sentences go with which Arabic ones. A link is a bead over the pair's sentences
 * (0-based indices per side, align/types.ts conventions), so the row operations of
 * bead-operations.ts work on them unchanged: merge with the next link, split a link, shift a
 * sentence to the neighbouring link. A reviewer's links are kept with a fingerprint of the pair's
 * paragraph texts: they hold while the pair is unchanged and lapse by themselves (the aligner's
 * links are shown again) once a text or the row's paragraphs change. Pure.
 */
import { createHash } from "node:crypto";
import type { Side } from "../align/types.js";
import { InvalidOperation, mergeWithNext, shiftParagraph, splitRow, type EditableBead } from "./bead-operations.js";

export type SentenceLink = { en: number[]; ar: number[]; score: number };

/** "confirmed": the reviewer said the links are right; "auto": edited (or computed), not confirmed. */
export type SentenceLinksStatus = "auto" | "confirmed";

/** What is stored for a row: the reviewer's links, their status and the texts they were made on. */
export type StoredSentenceLinks = { links: SentenceLink[]; status: SentenceLinksStatus; fingerprint: string };

/** Where the links shown come from: the aligner, or the reviewer (edited, or confirmed). */
export type SentenceLinksSource = "computed" | "edited" | "confirmed";

export type SentenceLinkOperation =
  | { op: "merge"; link: number }
  | { op: "split"; link: number; enCount: number; arCount: number }
  | { op: "shift"; link: number; side: Side; direction: "up" | "down" }
  | { op: "confirm" }
  | { op: "unconfirm" };

export const SENTENCE_LINK_OPS = ["merge", "split", "shift", "confirm", "unconfirm"] as const;

/** The fingerprint of a pair: its paragraph texts per side, in order, hashed (SHA-256, 16 hex). */
export function pairFingerprint(en: readonly string[], ar: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify({ en, ar }), "utf8").digest("hex").slice(0, 16);
}

/** The links in effect: the stored ones while the pair's texts are those they were made on, else the aligner's. */
export function linksInEffect(
  stored: StoredSentenceLinks | null, fingerprint: string, computed: SentenceLink[],
): { links: SentenceLink[]; source: SentenceLinksSource } {
  if (stored && stored.fingerprint === fingerprint) return { links: stored.links, source: stored.status === "confirmed" ? "confirmed" : "edited" };
  return { links: computed, source: "computed" };
}

/**
 * A new link keeps the aligner's score when the aligner made the same link, else the lowest score
 * of the links it shares a sentence with (as new rows do in the editor).
 */
function scoreOf(link: { en: number[]; ar: number[] }, before: SentenceLink[], computed: SentenceLink[]): number {
  const key = (l: { en: number[]; ar: number[] }) => `${l.en.join(",")}|${l.ar.join(",")}`;
  const same = computed.find((c) => key(c) === key(link));
  if (same) return same.score;
  const sources = before.filter((b) => b.en.some((i) => link.en.includes(i)) || b.ar.some((j) => link.ar.includes(j)));
  return sources.length ? Math.min(...sources.map((s) => s.score)) : 1;
}

/**
 * Applies one operation to the links in effect; the result is what the reviewer's links become
 * (status "auto" after a change of links, "confirmed" after confirm). Throws InvalidOperation
 * (a reason) when the operation does not fit the links.
 */
export function operateOnLinks(
  current: { links: SentenceLink[]; source: SentenceLinksSource }, operation: SentenceLinkOperation, computed: SentenceLink[],
): { links: SentenceLink[]; status: SentenceLinksStatus } {
  const beads: EditableBead[] = current.links.map((l) => ({ en: [...l.en], ar: [...l.ar], status: "auto" }));
  const status: SentenceLinksStatus = current.source === "confirmed" ? "confirmed" : "auto";
  const rescored = (next: EditableBead[]) => next.map((b) => ({ en: b.en, ar: b.ar, score: scoreOf(b, current.links, computed) }));
  switch (operation.op) {
    case "confirm":
      if (beads.length === 0) throw new InvalidOperation("no-such-row");
      return { links: current.links.map((l) => ({ ...l, en: [...l.en], ar: [...l.ar] })), status: "confirmed" };
    case "unconfirm":
      if (status !== "confirmed") throw new InvalidOperation("not-confirmed");
      return { links: current.links.map((l) => ({ ...l, en: [...l.en], ar: [...l.ar] })), status: "auto" };
    case "merge":
      return { links: rescored(mergeWithNext(beads, operation.link)), status: "auto" };
    case "split":
      return { links: rescored(splitRow(beads, operation.link, operation.enCount, operation.arCount)), status: "auto" };
    case "shift":
      return { links: rescored(shiftParagraph(beads, operation.link, operation.side, operation.direction)), status: "auto" };
  }
}
