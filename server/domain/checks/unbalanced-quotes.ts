/**
 * Quotation marks and brackets that open and never close, or close without opening, on either
 * edition: curly “ ” and straight " in English, « » (and “ ”, ") in Arabic, ( ) [ ] { } in both.
 * A quotation that runs on into the next paragraph is spared when that paragraph opens with a
 * quotation mark (the newspaper convention). Straight quotes are read as opening or closing from
 * their neighbours (space before: opening; space or punctuation after: closing).
 *
 * Index convention: marks are scanned left to right per paragraph; a finding spans the one mark.
 */
import type { Check, Lang, PreparedDocument, RawFinding } from "./types.js";

const PAIRS: Record<string, string> = { "“": "”", "«": "»", "(": ")", "[": "]", "{": "}" };
const CLOSERS: Record<string, string> = { "”": "“", "»": "«", ")": "(", "]": "[", "}": "{" };
const MARKS = /["“”«»()[\]{}]/gu;
const OPENERS_AT_START = /^\s*["“«]/u;

type Open = { mark: string; at: number };

/** Whether a straight quote at `at` reads as opening (true), closing (false) or either (null). */
function straightRole(text: string, at: number): boolean | null {
  const before = at === 0 ? " " : text[at - 1] ?? " ";
  const after = at + 1 >= text.length ? " " : text[at + 1] ?? " ";
  const spaceBefore = /[\s([{«—–-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}»—–-]/u.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return null;
}

/** How strongly the text before a straight quote announces a quotation (higher: surely an opening). */
function openingStrength(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 12), at);
  if (at === 0 || /[:,(—–-]\s*$/u.test(before)) return 2;
  if (/\b(?:said|says|told|called|wrote|asked|added|read|as|of|that)\s$/iu.test(before)) return 1;
  return 0;
}

/** Straight quotes: paired greedily (nesting allowed); an odd one out is flagged where it is likeliest. */
function scanStraight(text: string, continuesInNext: boolean, flag: (at: number, mark: string, problem: "unclosed" | "unopened") => void): void {
  const positions = [...text.matchAll(/"/gu)].map((m) => m.index ?? 0);
  const open: number[] = [];
  const unopened: number[] = [];
  for (const at of positions) {
    const role = straightRole(text, at);
    if (role === true || (role === null && open.length === 0)) open.push(at);
    else if (open.length > 0) open.pop();
    else unopened.push(at);
  }
  for (const at of unopened) flag(at, '"', "unopened");
  if (open.length === 0 || continuesInNext) return;
  // One too many openings: the stray is the one with the weakest announcement (the last, on a tie).
  const openings = positions.filter((at) => straightRole(text, at) !== false);
  let stray = openings[openings.length - 1] ?? 0;
  for (const at of openings) if (openingStrength(text, at) < openingStrength(text, stray)) stray = at;
  flag(stray, '"', "unclosed");
}

function scanParagraph(text: string, continuesInNext: boolean, lang: Lang, paragraph: number): RawFinding[] {
  const out: RawFinding[] = [];
  const flag = (at: number, mark: string, problem: "unclosed" | "unopened") =>
    out.push({ lang, paragraph, start: at, end: at + 1, params: { mark, problem }, suggestion: null });
  const stack: Open[] = [];
  scanStraight(text, continuesInNext, flag);
  for (const m of text.matchAll(MARKS)) {
    const mark = m[0];
    const at = m.index ?? 0;
    if (mark === '"') continue;
    if (PAIRS[mark]) {
      stack.push({ mark, at });
      continue;
    }
    const opener = CLOSERS[mark];
    const top = stack[stack.length - 1];
    if (top && top.mark === opener) stack.pop();
    else if (stack.some((o) => o.mark === opener)) {
      while (stack.length > 0 && stack[stack.length - 1]?.mark !== opener) {
        const o = stack.pop();
        if (o) flag(o.at, o.mark, "unclosed");
      }
      stack.pop();
    } else flag(at, mark, "unopened");
  }
  const quoteRunsOn = (o: Open) => continuesInNext && (o.mark === "“" || o.mark === "«");
  for (const o of stack) if (!quoteRunsOn(o)) flag(o.at, o.mark, "unclosed");
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A quotation opened at the end of one paragraph and closed early in the next (the paragraph starts
 * inside the quotation) is one balanced quotation across the break: both flags are dropped.
 */
function scan(doc: PreparedDocument, lang: Lang): RawFinding[] {
  const texts = doc[lang].texts;
  const perParagraph = texts.map((text, k) => scanParagraph(text, OPENERS_AT_START.test(texts[k + 1] ?? ""), lang, k));
  for (let k = 0; k + 1 < perParagraph.length; k++) {
    const here = perParagraph[k] ?? [];
    const there = perParagraph[k + 1] ?? [];
    const lastOpen = [...here].reverse().find((f) => f.params.problem === "unclosed" && /["“«]/u.test(f.params.mark ?? ""));
    const firstClose = there.find((f) => f.params.problem === "unopened" && /["”»]/u.test(f.params.mark ?? ""));
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
