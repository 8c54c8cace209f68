/**
 * A bilingual English→Arabic lexicon for the aligner: each English word maps to the ids of the
 * Arabic stems its translations may take (see arabic-stems.ts). Built from a dictd dictionary such
 * as Debian's dict-freedict-eng-ara when it is installed, and from the corpus glossary. The aligner
 * works without it (numbers, dates, names and lengths still count); with it, it also knows words.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { arabicStems } from "./arabic-stems.js";
import { englishForms } from "./english-forms.js";
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS } from "../segment/tokenise.js";

/** Where Debian's dict-freedict-eng-ara puts its data. */
export const FREEDICT_ENG_ARA = "/usr/share/dictd/freedict-eng-ara.dict.dz";

const MAX_STEMS_PER_WORD = 20;
const ARABIC_RUN = /[\u0621-\u065F\u0670-\u06D3]+/gu;

export class Lexicon {
  private readonly stemIds = new Map<string, number>();
  private readonly entries = new Map<string, number[] | Int32Array>();
  private readonly lookupCache = new Map<string, Int32Array>();
  private readonly stemCache = new Map<string, Int32Array>();

  get size(): number {
    return this.entries.size;
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
      const list = Array.from(this.entries.get(word) ?? []);
      for (const id of ids) if (list.length < MAX_STEMS_PER_WORD && !list.includes(id)) list.push(id);
      this.entries.set(word, list);
    }
    this.lookupCache.clear();
  }

  private idOf(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) this.stemIds.set(stem, (id = this.stemIds.size));
    return id;
  }

  /** Arabic stem ids that may translate an English word (any of its dictionary forms). */
  translationsOf(englishWord: string): Int32Array {
    const cached = this.lookupCache.get(englishWord);
    if (cached) return cached;
    const ids = new Set<number>();
    for (const form of englishForms(englishWord)) for (const id of this.entries.get(form) ?? []) ids.add(id);
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
      const id = this.stemIds.get(stem);
      if (id !== undefined) ids.push(id);
    }
    const result = Int32Array.from(ids);
    this.stemCache.set(arabicWord, result);
    return result;
  }

  /** Packed form for the cache: newline-joined strings and one flat id array with offsets. */
  toData(): LexiconData {
    const words = [...this.entries.keys()];
    const offsets = new Int32Array(words.length + 1);
    const flat: number[] = [];
    words.forEach((word, k) => {
      flat.push(...(this.entries.get(word) ?? []));
      offsets[k + 1] = flat.length;
    });
    return {
      stems: [...this.stemIds.keys()].join("\n"),
      words: words.join("\n"),
      offsets: Buffer.from(offsets.buffer).toString("base64"),
      ids: Buffer.from(Int32Array.from(flat).buffer).toString("base64"),
    };
  }

  static fromData(data: LexiconData): Lexicon {
    const lexicon = new Lexicon();
    data.stems.split("\n").forEach((stem, id) => lexicon.stemIds.set(stem, id));
    const int32 = (base64: string) => {
      const bytes = Buffer.from(base64, "base64");
      return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    };
    const offsets = int32(data.offsets);
    const ids = int32(data.ids);
    data.words.split("\n").forEach((word, k) => lexicon.entries.set(word, ids.subarray(offsets[k] ?? 0, offsets[k + 1] ?? 0)));
    return lexicon;
  }

  /** A copy with extra entries (a corpus glossary) on top. */
  withEntries(pairs: Iterable<{ en: string; ar: string }>): Lexicon {
    const copy = new Lexicon();
    for (const [stem, id] of this.stemIds) copy.stemIds.set(stem, id);
    for (const [word, ids] of this.entries) copy.entries.set(word, ids);
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

let freedictCache: Lexicon | null | undefined;

/** Where the compiled dictionary is cached between runs (parsing the dictd text takes ~0.5 s). */
export function lexiconCachePath(): string {
  return process.env.MIZAN_CACHE_DIR ?? join(process.cwd(), "data", "cache");
}

const CACHE_FORMAT = 3;

function readCached(path: string, stamp: string): Lexicon | null {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as LexiconData & { format: number; stamp: string };
    return data.format === CACHE_FORMAT && data.stamp === stamp ? Lexicon.fromData(data) : null;
  } catch {
    return null;
  }
}

function writeCached(path: string, stamp: string, lexicon: Lexicon): void {
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, stamp, ...lexicon.toData() }));
    renameSync(temporary, path); // atomic: a reader sees the old file or the new one, never half
  } catch {
    // A read-only install still works; it just parses the dictionary on every start.
  }
}

/**
 * Debian's English–Arabic FreeDict, or null when it is not installed. Loaded once per process,
 * from the compiled cache when it matches the installed dictionary's size and date.
 */
export function loadFreedict(path = FREEDICT_ENG_ARA): Lexicon | null {
  if (freedictCache !== undefined && path === FREEDICT_ENG_ARA) return freedictCache;
  let lexicon: Lexicon | null = null;
  if (existsSync(path)) {
    const info = statSync(path);
    const stamp = `${path}:${info.size}:${info.mtimeMs}`;
    const cachePath = join(lexiconCachePath(), "freedict-eng-ara.json");
    lexicon = readCached(cachePath, stamp);
    if (!lexicon) {
      const raw = readFileSync(path);
      lexicon = parseDictd((path.endsWith(".dz") || path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8"));
      writeCached(cachePath, stamp, lexicon);
    }
  }
  if (path === FREEDICT_ENG_ARA) freedictCache = lexicon;
  return lexicon;
}
