/**
 * Real words one slip apart: for a word, the words of a list that one deleted, inserted or
 * replaced letter, or two swapped neighbouring letters, turn it into (dose/does, hole/whole,
 * sings/signs, mush/much, tow/two). Found through a deletion index (every word and every form of
 * it with one letter deleted), so a look-up costs one probe per letter instead of a scan of the list.
 */

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
}

/** One insertion, deletion or substitution, or one swap of adjacent letters, apart (never equal). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

export class EditNeighbours {
  private readonly index = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      for (const key of new Set([w, ...deletions(w)])) {
        const list = this.index.get(key);
        if (list) list.push(w);
        else this.index.set(key, [w]);
      }
    }
  }

  /** The listed words one slip from `word` (the word itself excluded). */
  of(word: string): string[] {
    const found = new Set<string>();
    for (const key of new Set([word, ...deletions(word)])) {
      for (const w of this.index.get(key) ?? []) if (oneSlipApart(word, w)) found.add(w);
    }
    return [...found];
  }
}
