/**
 * Quotation marks and brackets that open and never close, or close without opening, on either
 * edition: curly “ ” and straight " in English, « » (and “ ”, ") in Arabic, ( ) [ ] { } in both.
 * A quotation that runs on into the next paragraph is spared when that paragraph opens with a
 * quotation mark (the newspaper convention) or closes it, also past paragraphs with no mark and no
 * reporting clause (copy with one sentence a line), unless it was opened in mid-sentence or holds
 * its own reporting clause (a missing closing mark). Straight quotes have no direction of
 * their own: they alternate, so a paragraph is judged by parity first, and their neighbours
 * (space before: opening; space or punctuation after: closing) only choose which mark of an odd
 * set is the slip, since copy often misplaces the space ("infidels." It is far better …").
 *
 * Index convention: marks are scanned left to right per paragraph; a finding spans the one mark.
 * Work is linear in the paragraph: one pass for the brackets, a few for the straight quotes.
 */
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

const PAIRS: Record<string, string> = { "“": "”", "«": "»", "(": ")", "[": "]", "{": "}" };
const CLOSERS: Record<string, string> = { "”": "“", "»": "«", ")": "(", "]": "[", "}": "{" };
const MARKS = /["“”«»()[\]{}]/gu;
const OPENERS_AT_START = /^\s*["“«]/u;

type Open = { mark: string; at: number };

/** How a straight quote looks from its neighbours: surely opening, surely closing, or either. */
type Look = "open" | "close" | "either";

function lookOf(text: string, at: number): Look {
  const before = at === 0 ? " " : text[at - 1] ?? " ";
  const after = at + 1 >= text.length ? " " : text[at + 1] ?? " ";
  if (/[\s([{«—–:]/u.test(before) && /[\p{L}\p{N}‘'(]/u.test(after)) return "open";
  if (/[\p{L}\p{N}.,!?;’')]/u.test(before) && /[\s.,;:!?)\]}»—–-]/u.test(after)) return "close";
  return "either";
}

/** How strongly the text before a straight quote announces a quotation (0 none, 2 surely). */
function openingStrength(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 12), at);
  if (at === 0 || /[:,(—–-]\s*$/u.test(before)) return 2;
  if (/(?:^|[.!?]["”’)]?\s)$/u.test(before) || /\b(?:said|says|told|called|wrote|asked|added|read|as|of|that)\s$/iu.test(before)) return 1;
  return 0;
}

/** A reporting clause ("…, said Aulia Arriani", "… door Kavadarkov said.") inside a quotation: its closing mark is missing. */
const ATTRIBUTION = /,\s(?:said|says|added|told|according)\s\p{Lu}|,\s(?:he|she|they|it)\s(?:said|says|added)\b|\s\p{Lu}[\p{L}’'-]+\s(?:said|says|added)[.,]/u;

/** Quoted text from the mark at `open` (exclusive) to `close` (or the paragraph's end). */
function quoted(text: string, open: number, close: number | undefined): string {
  return text.slice(open + 1, close ?? text.length);
}

/** A quotation left open at the paragraph's end may run on only when it was announced, not opened in mid-sentence, by a mark that looks opening. */
function mayRunOn(text: string, open: number): boolean {
  return lookOf(text, open) !== "close" && openingStrength(text, open) > 0 && !ATTRIBUTION.test(quoted(text, open, undefined));
}

/**
 * One reading of a paragraph's straight quotes: marks alternate opening and closing from the
 * state the paragraph starts in (`inside` a quotation carried over from the paragraph before, or
 * not); `cost` counts marks whose look contradicts their role and quotations that hold a
 * reporting clause; `endsInside` when the last quotation is still open at the paragraph's end.
 * Index convention: `marks` are offsets of '"' in the text, left to right.
 */
type Reading = { cost: number; endsInside: boolean; lastOpen: number | null; quotedLength: number };

function read(text: string, marks: readonly number[], startsInside: boolean): Reading {
  let inside = startsInside;
  let cost = 0;
  let lastOpen: number | null = null;
  let quotedLength = 0;
  for (const at of marks) {
    const look = lookOf(text, at);
    if (!inside) {
      if (look === "close") cost++;
      lastOpen = at;
    } else {
      if (look === "open") cost++;
      if (lastOpen !== null) {
        const inner = quoted(text, lastOpen, at);
        quotedLength += inner.length;
        if (ATTRIBUTION.test(inner)) cost++;
      }
      lastOpen = null;
    }
    inside = !inside;
  }
  return { cost, endsInside: inside, lastOpen, quotedLength };
}

export type StraightResult = { flag: number | null; endsInside: boolean };

/**
 * Straight quotes of one paragraph in the document's quotation state. The paragraph as written is
 * accepted when its marks pair up, or when its last quotation, announced, runs on into the next
 * paragraph (which reopens with a mark, or closes the quotation first). Otherwise one mark is the
 * slip, a stray mark or the opener whose closing mark is missing, and it is the mark whose
 * removal leaves the best reading: fewest contradictions, then the weakest announced opener, then
 * the tightest quotations.
 *
 * Every removal is scored in one pass (linear in the paragraph, not quadratic): removing mark r
 * keeps the roles of the marks before it and flips those after it, so a reading without r is a
 * prefix of the reading as written, one quotation from mark r - 1 to mark r + 1 (when r - 1 opens),
 * and a suffix of the flipped reading; prefix and suffix sums of both readings give each score.
 */
export function scanStraight(text: string, startsInside: boolean, nextMayContinue: boolean): StraightResult {
  const marks = [...text.matchAll(/"/gu)].map((m) => m.index ?? 0);
  if (marks.length === 0) return { flag: null, endsInside: startsInside && nextMayContinue };
  const asWritten = read(text, marks, startsInside);
  const acceptable = (r: Reading) => !r.endsInside || (nextMayContinue && (r.lastOpen === null || mayRunOn(text, r.lastOpen)));
  const best = bestRemoval(text, marks, startsInside);
  if (acceptable(asWritten) && (!best || asWritten.cost <= best.cost + 1)) return { flag: null, endsInside: asWritten.endsInside };
  if (best) return { flag: best.at, endsInside: false };
  // No single removal balances the paragraph (a quotation carried in and never closed): flag its last mark.
  return { flag: marks[marks.length - 1] ?? null, endsInside: false };
}

type Removal = { at: number; cost: number; strength: number; length: number };

/**
 * The mark whose removal leaves the best balanced reading (as `read` scores it), or null when no
 * removal balances the paragraph. Index conventions: `marks` are the offsets of '"' left to right,
 * m of them; mark i opens as written when (i + (startsInside ? 1 : 0)) is even. Arrays of length
 * m + 1 hold sums over marks [0, i) (prefix, reading as written) or [i, m) (suffix, flipped roles).
 */
function bestRemoval(text: string, marks: readonly number[], startsInside: boolean): Removal | null {
  const m = marks.length;
  // m - 1 marks alternating from the starting state end inside whichever mark goes.
  if ((m - 1) % 2 === 1 ? !startsInside : startsInside) return null;
  const looks = marks.map((at) => lookOf(text, at));
  const opens = (i: number) => (i + (startsInside ? 1 : 0)) % 2 === 0;
  const pairCost = (i: number, j: number) => (ATTRIBUTION.test(quoted(text, marks[i] ?? 0, marks[j])) ? 1 : 0);
  const pairLength = (i: number, j: number) => (marks[j] ?? 0) - (marks[i] ?? 0) - 1;
  const lookCost = (i: number, asOpener: boolean) => (asOpener ? (looks[i] === "close" ? 1 : 0) : looks[i] === "open" ? 1 : 0);
  // Prefix: marks [0, i) as written, with the quotations closed within them.
  const prefixCost = [0];
  const prefixLength = [0];
  for (let i = 0; i < m; i++) {
    let cost = (prefixCost[i] ?? 0) + lookCost(i, opens(i));
    let length = prefixLength[i] ?? 0;
    if (!opens(i) && i > 0) {
      cost += pairCost(i - 1, i);
      length += pairLength(i - 1, i);
    }
    prefixCost.push(cost);
    prefixLength.push(length);
  }
  // Suffix: marks [i, m) with their roles flipped, with the quotations opened within them.
  const suffixCost: number[] = new Array<number>(m + 1).fill(0);
  const suffixLength: number[] = new Array<number>(m + 1).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    let cost = (suffixCost[i + 1] ?? 0) + lookCost(i, !opens(i));
    let length = suffixLength[i + 1] ?? 0;
    if (!opens(i) && i + 1 < m) {
      cost += pairCost(i, i + 1);
      length += pairLength(i, i + 1);
    }
    suffixCost[i] = cost;
    suffixLength[i] = length;
  }
  let best: Removal | null = null;
  for (let r = 0; r < m; r++) {
    let cost = (prefixCost[r] ?? 0) + (suffixCost[r + 1] ?? 0);
    let length = (prefixLength[r] ?? 0) + (suffixLength[r + 1] ?? 0);
    // The quotation that mark r stood in: from mark r - 1, opening, to mark r + 1, now closing.
    if (r > 0 && opens(r - 1) && r + 1 < m) {
      cost += pairCost(r - 1, r + 1);
      length += pairLength(r - 1, r + 1);
    }
    const at = marks[r] ?? 0;
    const strength = looks[r] === "close" ? 0 : openingStrength(text, at);
    const better = !best || cost < best.cost || (cost === best.cost && (strength < best.strength || (strength === best.strength && length < best.length)));
    if (better) best = { at, cost, strength, length };
  }
  return best;
}

/** Curly quotes, guillemets and brackets of one paragraph, by a stack (their direction is written). */
function scanDirected(text: string, continuesInNext: boolean, flag: (at: number, mark: string, problem: "unclosed" | "unopened") => void): void {
  const stack: Open[] = [];
  // How many of each opening mark the stack holds, so that "is this closer's opener open?" is one look-up.
  const open = new Map<string, number>();
  const pop = () => {
    const o = stack.pop();
    if (o) open.set(o.mark, (open.get(o.mark) ?? 1) - 1);
    return o;
  };
  for (const m of text.matchAll(MARKS)) {
    const mark = m[0];
    const at = m.index ?? 0;
    if (mark === '"') continue;
    if (PAIRS[mark]) {
      stack.push({ mark, at });
      open.set(mark, (open.get(mark) ?? 0) + 1);
      continue;
    }
    const opener = CLOSERS[mark] ?? "";
    const top = stack[stack.length - 1];
    if (top && top.mark === opener) pop();
    else if ((open.get(opener) ?? 0) > 0) {
      while (stack.length > 0 && stack[stack.length - 1]?.mark !== opener) {
        const o = pop();
        if (o) flag(o.at, o.mark, "unclosed");
      }
      pop();
    } else flag(at, mark, "unopened");
  }
  const quoteRunsOn = (o: Open) => continuesInNext && (o.mark === "“" || o.mark === "«");
  for (const o of stack) if (!quoteRunsOn(o)) flag(o.at, o.mark, "unclosed");
}

/** Whether a paragraph can carry on a quotation left open before it: it reopens with a mark, or its first straight mark closes. */
function mayContinue(text: string | undefined): boolean {
  if (text === undefined) return false;
  if (OPENERS_AT_START.test(text)) return true;
  const first = text.indexOf('"');
  return first >= 0 && lookOf(text, first) === "close" && !/["“«]/u.test(text.slice(0, first));
}

/**
 * Mark-free paragraphs a quotation may run across before the paragraph that continues it: copy
 * with one sentence a line splits a quotation that way (runs of one and two in the measured clean
 * news; a stray mark that "runs on" reaches further, to the next unrelated mark).
 */
const MAX_PLAIN_RUN = 2;

/**
 * For each paragraph, whether a quotation left open at its end may run on: the next paragraph may
 * continue it, or up to MAX_PLAIN_RUN next paragraphs hold no quotation mark and no reporting
 * clause, and the one after them may continue it. One pass from the end, so linear in the document.
 */
function runOnAllowed(texts: readonly string[]): boolean[] {
  const allowed = new Array<boolean>(texts.length).fill(false);
  // Mark-free paragraphs from k + 1 to the next paragraph that may continue a quotation (Infinity: none).
  let plainBefore = Infinity;
  for (let k = texts.length - 1; k >= 0; k--) {
    allowed[k] = plainBefore <= MAX_PLAIN_RUN;
    const text = texts[k] ?? "";
    const plain = !/["“”«»]/u.test(text) && !ATTRIBUTION.test(text);
    plainBefore = mayContinue(text) ? 0 : plain ? plainBefore + 1 : Infinity;
  }
  return allowed;
}

/**
 * One edition's paragraphs in order. Straight quotes carry the quotation state from paragraph to
 * paragraph (news style: a quotation over several paragraphs leaves each one open and reopens the
 * next; copy that splits a quotation may close it in the next paragraph without reopening). A
 * curly or guillemet quotation opened at the end of one paragraph and closed first thing in the
 * next is one quotation across the break: both flags are dropped.
 */
function scan(doc: PreparedDocument, lang: Lang): RawFinding[] {
  const texts = doc[lang].texts;
  let inside = false;
  const runsOn = runOnAllowed(texts);
  const perParagraph = texts.map((text, k) => {
    const out: RawFinding[] = [];
    const flag = (at: number, mark: string, problem: "unclosed" | "unopened") =>
      out.push({ lang, paragraph: k, start: at, end: at + 1, params: { mark, problem }, suggestion: null });
    const next = texts[k + 1];
    // A paragraph that reopens with a mark starts outside the quotation it continues.
    const startsInside = inside && !OPENERS_AT_START.test(text);
    const straight = scanStraight(text, startsInside, runsOn[k] ?? false);
    if (straight.flag !== null) flag(straight.flag, '"', lookOf(text, straight.flag) === "close" ? "unopened" : "unclosed");
    inside = straight.endsInside;
    scanDirected(text, OPENERS_AT_START.test(next ?? ""), flag);
    return out.sort((a, b) => a.start - b.start);
  });
  for (let k = 0; k + 1 < perParagraph.length; k++) {
    const here = perParagraph[k] ?? [];
    const there = perParagraph[k + 1] ?? [];
    const lastOpen = [...here].reverse().find((f) => f.params.problem === "unclosed" && /[“«]/u.test(f.params.mark ?? ""));
    const firstClose = there.find((f) => f.params.problem === "unopened" && /[”»]/u.test(f.params.mark ?? ""));
    if (lastOpen && firstClose && there.indexOf(firstClose) === 0) {
      perParagraph[k] = here.filter((f) => f !== lastOpen);
      perParagraph[k + 1] = there.filter((f) => f !== firstClose);
    }
  }
  return perParagraph.flat();
}

export const unbalancedQuotes: Check = {
  id: "unbalanced-quotes", severity: "error", side: "document",
  run: (doc) => [...scan(doc, "en"), ...scan(doc, "ar")],
};
