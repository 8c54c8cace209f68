/**
 * One name spelt two ways in a document (al-Dar al-Kabira / al-Dar al-Kabirah, Bin Ladin / Bin
 * Laden, Qaeda / Qaida). Capitalised words are grouped by their consonant skeleton and compared
 * with a transliteration-aware similarity (name-key.ts); the spelling used first is canonical and
 * every later occurrence of another spelling is flagged, with the canonical spelling as the fix.
 * Two ordinary dictionary words are never taken for one name, nor a word and its derivation.
 *
 * Bounded work: a skeleton keeps at most MAX_SPELLINGS spellings to compare a new one with (a real
 * document has a handful per skeleton; text with thousands of spellings of one skeleton, "Ban Baan
 * Baaan …", would otherwise make the comparisons quadratic).
 */
import { isKnownWord } from "./english-words.js";
import { nameSkeleton, sameName } from "./name-key.js";
import type { Check, RawFinding } from "./types.js";

export const MAX_SPELLINGS = 64;

/** The word as a name: without a leading article's case (Al-Dar = al-Dar) and a possessive. */
function nameForm(text: string): string {
  return text.replace(/^(?:Al|El)-/u, (m) => m.toLowerCase()).replace(/[’']s?$/u, "");
}

export const transliterationConsistency: Check = {
  id: "transliteration-consistency", severity: "warning", side: "document",
  run: (doc) => {
    const out: RawFinding[] = [];
    // A spelling the document uses more often than its look-alike is a name of its own (Khalid and
    // Khallad are two men): only a spelling used less often than the canonical one, or once, is a slip.
    const uses = new Map<string, number>();
    for (const tokens of doc.en.tokens) for (const t of tokens) if (/\p{Lu}/u.test(t.text)) uses.set(nameForm(t.text), (uses.get(nameForm(t.text)) ?? 0) + 1);
    const seen = new Map<string, string[]>(); // skeleton -> spellings in order of first use
    const known = new Set<string>(); // every spelling in `seen`
    doc.en.tokens.forEach((tokens, paragraph) => {
      if (doc.en.boilerplate[paragraph]) return;
      for (const token of tokens) {
        if (!/\p{Lu}/u.test(token.text) || /^\p{Lu}+$/u.test(token.text)) continue;
        const form = nameForm(token.text);
        if (form.replace(/^(?:al|el)-/u, "").length < 4) continue;
        const skeleton = nameSkeleton(form);
        if (skeleton.length < 2) continue;
        const spellings = seen.get(skeleton) ?? [];
        if (!known.has(form)) {
          const own = uses.get(form) ?? 0;
          const canonical = spellings.find((s) => sameName(s, form) && !(isKnownWord(s) && isKnownWord(form)) && (own === 1 || own < (uses.get(s) ?? 0)));
          if (canonical) {
            const end = token.start + form.length;
            out.push({ lang: "en", paragraph, start: token.start, end, params: { word: form, canonical }, suggestion: token.text.startsWith("Al-") ? canonical.replace(/^al/u, "Al") : canonical });
            continue; // a variant never becomes canonical itself
          }
          if (spellings.length >= MAX_SPELLINGS) continue;
          spellings.push(form);
          known.add(form);
          seen.set(skeleton, spellings);
        }
      }
    });
    return out;
  },
};
