/**
 * A name spelt in the document against the way the corpus usually spells it: when corpus-wide
 * statistics are given (capitalised spelling -> number of uses, services/corpus-stats.ts), a name
 * word (name-occurrences.ts) whose transliteration variant (name-key.ts) the corpus uses at least
 * DOMINANCE times as often is flagged, with the corpus's spelling as the fix. When the corpus uses
 * two spellings exactly as often, and the document only one of them, the first use is a question
 * (no fix: which spelling should the corpus keep?). Spellings the document itself mixes are left to
 * transliteration-consistency. Without statistics the check is silent.
 */
import { ATTACHED_ARTICLE, blockingKeys, MAX_NAME_LENGTH, sameName } from "./name-key.js";
import { nameOccurrences, type NameOccurrence } from "./name-occurrences.js";
import { DOMINANCE, MAX_SPELLINGS } from "./name-variants.js";
import type { Check, RawFinding } from "./types.js";

type Rival = { spelling: string; count: number };

const identity = (s: string) => s.normalize("NFC").toLowerCase().replace(/’/gu, "'");

export const corpusNameConsistency: Check = {
  id: "corpus-name-consistency", severity: "info", side: "corpus",
  run: (doc) => {
    if (!doc.corpus || doc.corpus.spellings.size === 0) return [];
    const counts = new Map<string, number>(); // core identity -> uses across the corpus
    const shown = new Map<string, string>(); // core identity -> its most used written form
    for (const [spelling, count] of doc.corpus.spellings) {
      if (!/\p{Lu}/u.test(spelling) || spelling.length > MAX_NAME_LENGTH) continue;
      const id = identity(spelling.replace(ATTACHED_ARTICLE, ""));
      const before = counts.get(id) ?? 0;
      if (count > before) shown.set(id, spelling.replace(ATTACHED_ARTICLE, ""));
      counts.set(id, before + count);
    }
    const blocks = new Map<string, string[]>();
    for (const id of counts.keys()) {
      for (const key of blockingKeys(shown.get(id) ?? id)) {
        const block = blocks.get(key) ?? [];
        if (block.length < MAX_SPELLINGS) block.push(id);
        blocks.set(key, block);
      }
    }
    const occurrences = nameOccurrences(doc.en);
    const inDocument = new Set(occurrences.map((o) => identity(o.core)));
    // A spelling's rival depends on the spelling alone: looked up once per distinct core, not per use.
    const rivals = new Map<string, Rival | null>();
    const rivalOf = (o: NameOccurrence): Rival | null => {
      const id = identity(o.core);
      const cached = rivals.get(id);
      if (cached !== undefined) return cached;
      let best: Rival | null = null;
      for (const key of blockingKeys(o.core)) {
        for (const other of blocks.get(key) ?? []) {
          const count = counts.get(other) ?? 0;
          if (other === id || (best && count <= best.count) || !sameName(o.core, shown.get(other) ?? other)) continue;
          best = { spelling: shown.get(other) ?? other, count };
        }
      }
      rivals.set(id, best);
      return best;
    };
    const out: RawFinding[] = [];
    const asked = new Set<string>();
    for (const o of occurrences) {
      const rival = rivalOf(o);
      if (!rival) continue;
      const id = identity(o.core);
      const own = counts.get(id) ?? 0;
      const canonical = `${o.style === "attached" || o.style === "joined" ? o.article : ""}${o.style === "joined" ? rival.spelling.toLowerCase() : rival.spelling}`;
      const params = { word: o.word, canonical };
      if (rival.count >= DOMINANCE * Math.max(1, own)) {
        out.push({ lang: "en", paragraph: o.paragraph, start: o.start, end: o.end, params, suggestion: canonical });
      } else if (rival.count === own && own >= 2 && !inDocument.has(identity(rival.spelling)) && !asked.has(id)) {
        asked.add(id);
        out.push({ lang: "en", paragraph: o.paragraph, start: o.start, end: o.end, params: { ...params, context: "question" }, suggestion: null });
      }
    }
    return out;
  },
};
