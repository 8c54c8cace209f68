/**
 * A name spelt in the document against the way the corpus usually spells it: when corpus-wide
 * statistics are given (spelling -> number of uses), a capitalised word whose transliteration
 * variant (name-key.ts) is used at least three times as often across the corpus is flagged, with
 * the corpus's spelling as the fix. Without statistics the check is silent.
 */
import { nameSkeleton, sameName } from "./name-key.js";
import type { Check, RawFinding } from "./types.js";

const DOMINANCE = 3;

export const corpusNameConsistency: Check = {
  id: "corpus-name-consistency", severity: "info", side: "corpus",
  run: (doc) => {
    if (!doc.corpus || doc.corpus.spellings.size === 0) return [];
    const bySkeleton = new Map<string, [string, number][]>();
    for (const [spelling, count] of doc.corpus.spellings) {
      const key = nameSkeleton(spelling);
      if (!/^\p{Lu}/u.test(spelling) || key === "") continue;
      const group = bySkeleton.get(key);
      if (group) group.push([spelling, count]);
      else bySkeleton.set(key, [[spelling, count]]);
    }
    // A word's rival depends on the word alone: looked up once per distinct spelling, not per use.
    const rivals = new Map<string, [string, number] | undefined>();
    const rivalOf = (word: string) => {
      if (rivals.has(word)) return rivals.get(word);
      const own = doc.corpus?.spellings.get(word) ?? 0;
      const key = nameSkeleton(word);
      const rival = (key === "" ? [] : bySkeleton.get(key) ?? [])
        .filter(([s, n]) => s !== word && n >= DOMINANCE * Math.max(1, own) && sameName(s, word))
        .sort((a, b) => b[1] - a[1])[0];
      rivals.set(word, rival);
      return rival;
    };
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      for (const t of tokens) {
        if (!t.capitalised || t.text.length < 4) continue;
        const rival = rivalOf(t.text);
        if (rival) out.push({ lang: "en", paragraph, start: t.start, end: t.end, params: { word: t.text, canonical: rival[0] }, suggestion: rival[0] });
      }
    });
    return out;
  },
};
