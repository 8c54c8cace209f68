/**
 * `mizan archive pair EN AR --out PAIRS.json`: reads two archive folders (each `<id>.txt` file a
 * headline then a paragraph per line, listed with its id, date and title in `<folder>.jsonl`
 * beside the folder), pairs them (domain/archive/pair-archive.ts) and writes
 * {"pairs": [[en, ar, score], …], "evidence": […]}. No database. A bad listing line or file is
 * reported on stderr and skipped; the rest is paired.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { dayNumber, parseArticleText, type Article } from "../domain/archive/articles.js";
import { pairArchive, type PairingOptions } from "../domain/archive/pair-archive.js";
import { loadFreedict } from "../services/freedict.js";
import { CliError } from "./cli-error.js";

/** Larger article files are refused (one story is tens of kilobytes; this keeps a stray file from exhausting memory). */
const MAX_ARTICLE_BYTES = 2_000_000;
const MAX_LISTING_BYTES = 200_000_000;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/u;

export type ArchiveRead = { articles: Article[]; problems: string[] };

/** The articles of one archive folder, with one sentence per line or file that could not be used. */
export function readArchiveFolder(folder: string): ArchiveRead {
  const trimmed = folder.replace(/[\\/]+$/u, "");
  const listing = join(dirname(trimmed), `${basename(trimmed)}.jsonl`);
  let text: string;
  try {
    if (statSync(listing).size > MAX_LISTING_BYTES) throw new CliError(`${listing} is larger than ${MAX_LISTING_BYTES} bytes`);
    text = readFileSync(listing, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read the listing ${listing} (the archive folder's .jsonl beside it): ${(error as Error).message}`);
  }
  const articles: Article[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((line, k) => {
    if (line.trim() === "") return;
    const where = `${listing}:${k + 1}`;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      problems.push(`${where}: not a JSON line`);
      return;
    }
    const { id, date } = (entry ?? {}) as { id?: unknown; date?: unknown };
    if (typeof id !== "string" || !SAFE_ID.test(id)) return void problems.push(`${where}: no usable "id" (letters, digits, . _ -)`);
    if (seen.has(id)) return void problems.push(`${where}: "${id}" is listed twice`);
    if (typeof date !== "string" || dayNumber(date) === null) return void problems.push(`${where}: "${id}" has no "date" as YYYY-MM-DD`);
    const file = join(trimmed, `${id}.txt`);
    try {
      if (statSync(file).size > MAX_ARTICLE_BYTES) return void problems.push(`${file}: larger than ${MAX_ARTICLE_BYTES} bytes, skipped`);
      const parsed = parseArticleText(readFileSync(file, "utf8"));
      if (!parsed) return void problems.push(`${file}: empty, skipped`);
      seen.add(id);
      articles.push({ id, date, ...parsed });
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), skipped`);
    }
  });
  return { articles, problems };
}

export type ArchivePairOptions = { out: string; windowDays?: number; threshold?: number; topK?: number; lexicon: boolean; onProblem: (line: string) => void; onArticle?: PairingOptions["onArticle"] };

/** Reads both archives, pairs them and writes the pairs file; returns how many pairs it wrote. */
export function archivePairCommand(enFolder: string, arFolder: string, options: ArchivePairOptions): { pairs: number; en: number; ar: number } {
  const started = Date.now();
  const en = readArchiveFolder(enFolder);
  const ar = readArchiveFolder(arFolder);
  for (const p of [...en.problems, ...ar.problems]) options.onProblem(p);
  const pairs = pairArchive(en.articles, ar.articles, {
    lexicon: options.lexicon ? loadFreedict() : null,
    windowDays: options.windowDays,
    threshold: options.threshold,
    topK: options.topK,
    onArticle: options.onArticle,
  });
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const body = {
    system: "mizan archive pair",
    wall_s: (Date.now() - started) / 1000,
    pairs: pairs.map((p) => [p.en, p.ar, round(p.score)]),
    evidence: pairs.map((p) => ({ en: p.en, ar: p.ar, ...p.evidence, cheap: round(p.evidence.cheap), coverageEn: round(p.evidence.coverageEn), coverageAr: round(p.evidence.coverageAr) })),
  };
  writeFileSync(options.out, JSON.stringify(body) + "\n");
  return { pairs: pairs.length, en: en.articles.length, ar: ar.articles.length };
}
