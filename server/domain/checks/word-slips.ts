/**
 * What tells a slip from a word an article keeps using: a document's own word counts, its words
 * one edit away (a letter deleted, inserted, replaced, or two neighbours swapped), and the marks
 * of a typing slip (a letter three times over). A repeated unknown word is taken as vocabulary,
 * unless it is one edit from a word the document uses more often: then it is that word misspelt.
 * A plural ending is no edit here when the shorter form may take one (clade/clades are one word,
 * "wass" is a slip of "was").
 */
import type { PreparedDocument } from "./types.js";

/** Letters tried for inserted and replaced letters: English letters and the apostrophe. */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const usesCache = new WeakMap<PreparedDocument, ReadonlyMap<string, number>>();

/** The form a word is counted by: lower case, possessive ending off, curly apostrophe straight. */
export function countedForm(word: string): string {
  return word.replace(/’/gu, "'").replace(/'s?$/u, "").toLowerCase();
}

/** How often the document's English uses each word (counted form; hyphenated tokens also by part). */
export function documentWordUses(doc: PreparedDocument): ReadonlyMap<string, number> {
  const cached = usesCache.get(doc);
  if (cached) return cached;
  const uses = new Map<string, number>();
  for (const tokens of doc.en.tokens) {
    for (const t of tokens) {
      const forms = t.text.includes("-") ? [t.text, ...t.text.split("-")] : [t.text];
      for (const form of forms) {
        const word = countedForm(form);
        if (word.length > 1) uses.set(word, (uses.get(word) ?? 0) + 1);
      }
    }
  }
  usesCache.set(doc, uses);
  return uses;
}

/** A letter typed three times over (committtee, thhhe). */
export function hasTripledLetter(word: string): boolean {
  return /(\p{L})\1\1/iu.test(word);
}

/** Whether two forms differ only by a plural ending (clade/clades, box/boxes, city/cities). */
export function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short + "s" || long === short + "es" || (short.endsWith("y") && long === short.slice(0, -1) + "ies");
}

/**
 * Every string one edit from `word` (lower case): about 54 per letter, so the caller bounds the
 * word's length. Index convention: k is the position before which a letter is inserted, or the
 * position of the letter deleted or replaced, or the first of the two swapped.
 */
export function oneEditForms(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k <= word.length; k++) {
    const before = word.slice(0, k);
    if (k < word.length) out.push(before + word.slice(k + 1));
    if (k + 1 < word.length) out.push(before + (word[k + 1] ?? "") + (word[k] ?? "") + word.slice(k + 2));
    for (const c of LETTERS) {
      out.push(before + c + word.slice(k));
      if (k < word.length && c !== word[k]) out.push(before + c + word.slice(k + 1));
    }
  }
  return out;
}

/** Whether b is a with two neighbouring letters swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k + 1 < a.length && a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
}

/**
 * The word of `counts` one edit from `word` (counted form) used more than `floor` times (by
 * default: more often than `word`) that passes `accept`, the most used first; null when there is
 * none. Plural pairs do not count when `takesPlural` says the shorter form may have a plural.
 */
export function moreUsedNeighbour(
  word: string, counts: ReadonlyMap<string, number>, accept: (neighbour: string, uses: number) => boolean,
  options: { edits?: (w: string) => string[]; floor?: number; takesPlural?: (w: string) => boolean } = {},
): string | null {
  const takesPlural = options.takesPlural ?? (() => true);
  let best: string | null = null;
  let bestUses = options.floor ?? counts.get(word) ?? 0;
  for (const form of (options.edits ?? oneEditForms)(word)) {
    const uses = counts.get(form) ?? 0;
    const inflection = isInflection(word, form) && takesPlural(form.length < word.length ? form : word);
    if (uses > bestUses && !inflection && accept(form, uses)) {
      best = form;
      bestUses = uses;
    }
  }
  return best;
}
