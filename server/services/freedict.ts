/**
 * Debian's English–Arabic FreeDict for the aligner: read from where dict-freedict-eng-ara installs
 * it, parsed by the domain (align/lexicon.ts), and compiled into a cache file so the next process
 * loads it in milliseconds instead of parsing it again. The cache lives in the installation's cache
 * folder (config.ts: MIZAN_CACHE_DIR, default the project's data/cache), never in the current
 * folder of whoever runs `mizan`. Loaded once per process.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Lexicon, parseDictd, type LexiconData } from "../domain/align/lexicon.js";
import { cacheDirectory } from "../config.js";

/** Where Debian's dict-freedict-eng-ara puts its data. */
export const FREEDICT_ENG_ARA = "/usr/share/dictd/freedict-eng-ara.dict.dz";

const CACHE_FORMAT = 4;

let freedictCache: Lexicon | null | undefined;

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
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, stamp, ...lexicon.toData() }));
    renameSync(temporary, path); // atomic: a reader sees the old file or the new one, never half
  } catch {
    // A read-only install still works; it just parses the dictionary on every start.
  }
}

/** The text of a dictd file: plain, or .dz/.gz compressed (dictzip is gzip). */
export function readDictdText(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith(".dz") || path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
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
    const cachePath = join(cacheDirectory(), "freedict-eng-ara.json");
    lexicon = readCached(cachePath, stamp);
    if (!lexicon) {
      lexicon = parseDictd(readDictdText(path));
      writeCached(cachePath, stamp, lexicon);
    }
  }
  if (path === FREEDICT_ENG_ARA) freedictCache = lexicon;
  return lexicon;
}
