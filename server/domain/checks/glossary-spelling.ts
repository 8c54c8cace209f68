/**
 * Names and terms spelt against the glossary ("Ahrar al-Cham" where the glossary says Ahrar
 * al-Sham). A run of English words that matches a glossary entry word for word by the
 * transliteration-aware similarity, but not letter for letter, is flagged with the glossary's
 * spelling as the fix. When the paragraph has an Arabic counterpart, an entry counts only if its
 * Arabic form is in that counterpart, which decides between entries that look alike; without one,
 * only an entry with no look-alike competitor counts (a variant and its approved spelling are
 * one). Case-only differences are left to naming-consistency. A known variant of the glossary (an entry with `variantOf`) is a slip
 * even when met letter for letter: it is flagged with the approved spelling as the fix.
 *
 * Entries are indexed by their first word's blocking keys (two words are one name only when they
 * share one, see name-key.ts), so each word of the text is
 * compared with the few entries that could start there, not with the whole glossary.
 */
import { normaliseArabic } from "../segment/normalise-arabic.js";
import { tokeniseEnglish, type Token } from "../segment/tokenise.js";
import { blockingKeys, MAX_NAME_LENGTH, sameName } from "./name-key.js";
import type { GlossaryEntry } from "../glossary/glossary-entry.js";
import type { Check, PreparedDocument, RawFinding } from "./types.js";

type Entry = { entry: GlossaryEntry; tokens: Token[]; arabic: string; approved: string };

const fold = (s: string) => s.toLowerCase().replace(/’/gu, "'");

function compile(glossary: readonly GlossaryEntry[]): Entry[] {
  return glossary
    .map((entry) => ({ entry, tokens: tokeniseEnglish(entry.en), arabic: normaliseArabic(entry.ar), approved: entry.variantOf ?? entry.en }))
    .filter((e) => e.tokens.length > 0 && e.tokens.some((t) => /\p{Lu}/u.test(t.text)));
}

/** The keys under which a first word is indexed: its blocking keys (name-key.ts; none for an overlong word). */
function keysOf(word: string): string[] {
  if (word.length > MAX_NAME_LENGTH) return [];
  return blockingKeys(word);
}

/** Entry positions (in glossary order) by the keys of their first word. */
function indexEntries(entries: readonly Entry[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((e, position) => {
    for (const key of new Set(keysOf(e.tokens[0]?.text ?? ""))) {
      const list = index.get(key);
      if (list) list.push(position);
      else index.set(key, [position]);
    }
  });
  return index;
}

/** Whether text tokens from `k` match the entry's tokens as one name, and differ in spelling (for a known variant: match at all). */
function matchAt(tokens: readonly Token[], k: number, e: Entry, text: string): boolean {
  let differs = false;
  for (let n = 0; n < e.tokens.length; n++) {
    const a = tokens[k + n];
    const b = e.tokens[n];
    if (!a || !b) return false;
    if (n > 0 && !/^[\s]+$/u.test(text.slice(tokens[k + n - 1]?.end ?? 0, a.start))) return false;
    if (fold(a.text) === fold(b.text)) continue;
    const aWord = a.text.replace(/^(?:Al|El)-/u, (m) => m.toLowerCase());
    if (!sameName(aWord, b.text)) return false;
    if (fold(aWord) !== fold(b.text)) differs = true;
  }
  return differs || Boolean(e.entry.variantOf);
}

function pairedArabic(doc: PreparedDocument, paragraph: number): string | null {
  const js = doc.enToAr[paragraph] ?? [];
  if (js.length === 0) return null;
  return normaliseArabic(js.map((j) => doc.ar.texts[j] ?? "").join(" "));
}

export const glossarySpelling: Check = {
  id: "glossary-spelling", severity: "error", side: "pair",
  run: (doc) => {
    const entries = compile(doc.glossary);
    if (entries.length === 0) return [];
    const index = indexEntries(entries);
    const startingAt = (word: string): Entry[] => {
      const positions = new Set(keysOf(word).flatMap((key) => index.get(key) ?? []));
      return [...positions].sort((a, b) => a - b).flatMap((p) => entries[p] ?? []);
    };
    const out: RawFinding[] = [];
    doc.en.tokens.forEach((tokens, paragraph) => {
      const text = doc.en.texts[paragraph] ?? "";
      const arabic = pairedArabic(doc, paragraph);
      for (let k = 0; k < tokens.length; k++) {
        const candidates = startingAt(tokens[k]?.text ?? "").filter((e) => matchAt(tokens, k, e, text));
        if (candidates.length === 0) continue;
        const sure = arabic !== null ? candidates.filter((e) => arabic.includes(e.arabic)) : new Set(candidates.map((e) => e.approved)).size === 1 ? candidates : [];
        // A variant that looks like the text, where the text already has the approved spelling, is no slip.
        const chosen = sure.filter((e) => fold(text.slice(tokens[k]?.start ?? 0, tokens[k + e.tokens.length - 1]?.end ?? 0)) !== fold(e.approved));
        const best = chosen.sort((a, b) => b.tokens.length - a.tokens.length)[0];
        if (!best) continue;
        const first = tokens[k];
        const last = tokens[k + best.tokens.length - 1];
        if (!first || !last) continue;
        out.push({
          lang: "en", paragraph, paired: doc.enToAr[paragraph]?.slice(), start: first.start, end: last.end,
          params: { word: text.slice(first.start, last.end), glossary: best.approved, arabic: best.entry.ar },
          suggestion: best.approved,
        });
        k += best.tokens.length - 1;
      }
    });
    return out;
  },
};
