/**
 * A name spelt in the document against the way the corpus usually spells it: when corpus-wide
 * statistics are given (spelling -> number of uses), a capitalised word whose transliteration
 * variant (name-key.ts) is used at least three times as often across the corpus is flagged, with
 * the corpus's spelling as the fix. Without statistics the check is silent.
 */
import { latinSkeleton } from "../align/transliterate.js";
import { sameName } from "./name-key.js";
import type { Check, RawFinding } from "./types.js";

const DOMINANCE = 3;

export const corpusNameConsistency: Check = {
  id: "corpus-name-consistency", severity: "info", side: "corpus",
  run: (doc) => {
    if (!doc.corpus || doc.corpus.spellings.size === 0) return [];
    const bySkeleton = new Map<string, [string, number][]>();
    for (const [spelling, count] of doc.corpus.spellings) {
      if (!/^\p{Lu}/u.test(spelling)) continue;
      const key = latinSkeleton(spelling);
      bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), [spelling, count]]);
    }
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      for (const t of tokens) {
        if (!t.capitalised || t.text.length < 4) continue;
        const own = doc.corpus?.spellings.get(t.text) ?? 0;
        const rival = (bySkeleton.get(latinSkeleton(t.text)) ?? [])
          .filter(([s, n]) => s !== t.text && n >= DOMINANCE * Math.max(1, own) && sameName(s, t.text))
          .sort((a, b) => b[1] - a[1])[0];
        if (rival) out.push({ lang: "en", paragraph, start: t.start, end: t.end, params: { word: t.text, canonical: rival[0] }, suggestion: rival[0] });
      }
    });
    return out;
  },
};
