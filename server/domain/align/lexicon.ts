/**
 * A bilingual English→Arabic lexicon for the aligner: each English word maps to the ids of the
 * Arabic stems its translations may take (see arabic-stems.ts). Built from a dictd dictionary such
 * as Debian's dict-freedict-eng-ara when it is installed, and from the corpus glossary. The aligner
 * works without it (numbers, dates, names and lengths still count); with it, it also knows words.
 * Pure: parsing text and packing data; reading the dictionary file and its compiled cache is
 * services/freedict.ts.
 */
import { arabicStems } from "./arabic-stems.js";
import { englishForms } from "./english-forms.js";
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS } from "../segment/tokenise.js";

const MAX_STEMS_PER_WORD = 20;
const ARABIC_RUN = /[\u0621-\u065F\u0670-\u06D3]+/gu;

/**
 * The compiled dictionary as loaded from the cache: words and stems sorted, looked up by binary
 * search, so loading is splitting two strings rather than filling maps with 130,000 keys.
 * A stem's id is its index in `stems`; the ids of `words[k]` are ids[offsets[k]..offsets[k+1]).
 */
type Packed = { words: string[]; offsets: Int32Array; ids: Int32Array; stems: string[] };

function search(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = sorted[mid] as string;
    if (value === key) return mid;
    if (value < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export class Lexicon {
  /** Entries added in this process (the dictionary while it is parsed, a glossary on top). */
  private readonly stemIds = new Map<string, number>();
  private readonly entries = new Map<string, number[]>();
  private readonly lookupCache = new Map<string, Int32Array>();
  private readonly stemCache = new Map<string, Int32Array>();

  constructor(private readonly packed: Packed | null = null) {}

  get size(): number {
    return (this.packed?.words.length ?? 0) + this.entries.size;
  }

  /** Adds one translation: an English word or phrase and an Arabic word or phrase. */
  add(english: string, arabic: string): void {
    const words = english.toLowerCase().split(/[\s\-]+/u).filter((w) => /\p{L}/u.test(w) && !ENGLISH_STOPWORDS.has(w));
    if (words.length === 0) return;
    const ids: number[] = [];
    for (const m of arabic.matchAll(ARABIC_RUN)) {
      const stems = arabicStems(m[0]);
      if (stems.some((s) => ARABIC_STOPWORDS.has(s))) continue;
      for (const stem of stems) ids.push(this.idOf(stem));
    }
    if (ids.length === 0) return;
    for (const word of words) {
      const list = this.entries.get(word) ?? [];
      for (const id of ids) if (list.length < MAX_STEMS_PER_WORD && !list.includes(id)) list.push(id);
      this.entries.set(word, list);
    }
    this.lookupCache.clear();
    this.stemCache.clear();
  }

  private stemId(stem: string): number | undefined {
    const packedId = this.packed ? search(this.packed.stems, stem) : -1;
    return packedId >= 0 ? packedId : this.stemIds.get(stem);
  }

  private idOf(stem: string): number {
    let id = this.stemId(stem);
    if (id === undefined) this.stemIds.set(stem, (id = (this.packed?.stems.length ?? 0) + this.stemIds.size));
    return id;
  }

  private idsOfWord(word: string): ArrayLike<number> {
    const own = this.entries.get(word);
    const k = this.packed ? search(this.packed.words, word) : -1;
    if (k < 0 || !this.packed) return own ?? [];
    const base = this.packed.ids.subarray(this.packed.offsets[k] ?? 0, this.packed.offsets[k + 1] ?? 0);
    return own ? [...base, ...own] : base;
  }

  /** Arabic stem ids that may translate an English word (any of its dictionary forms). */
  translationsOf(englishWord: string): Int32Array {
    const cached = this.lookupCache.get(englishWord);
    if (cached) return cached;
    const ids = new Set<number>();
    for (const form of englishForms(englishWord)) for (const id of Array.from(this.idsOfWord(form))) ids.add(id);
    const result = Int32Array.from(ids);
    this.lookupCache.set(englishWord, result);
    return result;
  }

  /** Ids of the stems an Arabic word may have that occur in some translation (empty: unknown word). */
  stemIdsOf(arabicWord: string): Int32Array {
    const cached = this.stemCache.get(arabicWord);
    if (cached) return cached;
    const ids: number[] = [];
    for (const stem of arabicStems(arabicWord)) {
      const id = this.stemId(stem);
      if (id !== undefined) ids.push(id);
    }
    const result = Int32Array.from(ids);
    this.stemCache.set(arabicWord, result);
    return result;
  }

  /** Packed form for the cache: words and stems sorted, stem ids renumbered to sorted order. */
  toData(): LexiconData {
    if (this.packed) throw new Error("toData: a packed lexicon is written by the one that built it");
    const stems = [...this.stemIds.keys()].sort();
    const renumber = new Int32Array(this.stemIds.size);
    stems.forEach((stem, k) => (renumber[this.stemIds.get(stem) ?? 0] = k));
    const words = [...this.entries.keys()].sort();
    const offsets = new Int32Array(words.length + 1);
    const flat: number[] = [];
    words.forEach((word, k) => {
      for (const id of this.entries.get(word) ?? []) flat.push(renumber[id] ?? 0);
      offsets[k + 1] = flat.length;
    });
    return {
      stems: stems.join("\n"),
      words: words.join("\n"),
      offsets: Buffer.from(offsets.buffer).toString("base64"),
      ids: Buffer.from(Int32Array.from(flat).buffer).toString("base64"),
    };
  }

  static fromData(data: LexiconData): Lexicon {
    const int32 = (base64: string) => {
      const bytes = Buffer.from(base64, "base64");
      return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    };
    return new Lexicon({ words: data.words.split("\n"), offsets: int32(data.offsets), ids: int32(data.ids), stems: data.stems.split("\n") });
  }

  /** A copy with extra entries (a corpus glossary) on top; the packed dictionary is shared. */
  withEntries(pairs: Iterable<{ en: string; ar: string }>): Lexicon {
    const copy = new Lexicon(this.packed);
    for (const [stem, id] of this.stemIds) copy.stemIds.set(stem, id);
    for (const [word, ids] of this.entries) copy.entries.set(word, [...ids]);
    for (const { en, ar } of pairs) copy.add(en, ar);
    return copy;
  }
}

/** A compiled lexicon as plain data, for the cache file. */
export type LexiconData = { stems: string; words: string; offsets: string; ids: string };

/**
 * Parses a dictd text database (headword line, then its translations, one per line, optionally
 * numbered "1. …"). The header block (00-database-…) is skipped.
 */
export function parseDictd(text: string): Lexicon {
  const lexicon = new Lexicon();
  let headword: string | null = null;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (/[\u0600-\u06FF]/u.test(line)) {
      if (headword) lexicon.add(headword, line.replace(/^\d+\.\s*/u, ""));
      continue;
    }
    // A headword line: "Accede /ɐksˈiːd/" — keep single words and short phrases only.
    const word = line.replace(/\s*\/.*$/u, "").trim();
    headword = /^[A-Za-z][A-Za-z' -]{0,30}$/u.test(word) && !word.startsWith("00") ? word : null;
  }
  return lexicon;
}
