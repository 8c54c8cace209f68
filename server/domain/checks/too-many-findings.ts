/**
 * The engine's note that a paragraph had more findings than are worth listing: a paragraph of
 * garbage (a pasted table, 100,000 characters without a space) would otherwise yield thousands of
 * findings for the store and the page. The engine keeps a paragraph's first MAX_PER_PARAGRAPH
 * findings (by position) and adds one finding of this check over the whole paragraph, with the
 * number left out. It is registered like any check (its id, names and message in the locales)
 * but finds nothing itself: `run` returns nothing, and `capFindings` is what the engine calls.
 *
 * Index conventions: `findings` are sorted by edition, paragraph and position (as run-checks.ts
 * sorts them); the note spans its paragraph [0, text length).
 */
import type { Check, Finding, Lang } from "./types.js";

export const MAX_PER_PARAGRAPH = 50;

export const tooManyFindings: Check = {
  id: "too-many-findings", severity: "info", side: "document", numberParams: ["count", "total", "shown"],
  run: () => [],
};

/** Each paragraph's first `limit` findings, plus one note for a paragraph that had more. */
export function capFindings(findings: readonly Finding[], textOf: (lang: Lang, paragraph: number) => string, limit = MAX_PER_PARAGRAPH): Finding[] {
  const out: Finding[] = [];
  let k = 0;
  while (k < findings.length) {
    const first = findings[k];
    if (!first) break;
    let end = k;
    while (end < findings.length && findings[end]?.lang === first.lang && findings[end]?.paragraph === first.paragraph) end++;
    for (let n = k; n < Math.min(end, k + limit); n++) {
      const f = findings[n];
      if (f) out.push(f);
    }
    const total = end - k;
    if (total > limit) {
      out.push({
        checkId: tooManyFindings.id, severity: tooManyFindings.severity, side: tooManyFindings.side, lang: first.lang, paragraph: first.paragraph,
        start: 0, end: textOf(first.lang, first.paragraph).length,
        params: { count: String(total - limit), total: String(total), shown: String(limit) }, suggestion: null,
      });
    }
    k = end;
  }
  return out;
}
