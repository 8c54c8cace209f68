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
import { translatorFor } from "../i18n/translate.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";

/** Larger article files are refused (one story is tens of kilobytes; this keeps a stray file from exhausting memory). */
const MAX_ARTICLE_BYTES = 2_000_000;
const MAX_LISTING_BYTES = 200_000_000;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/u;

/** A listing line or article file that could not be used: its code (cli.archive.<code> in the locales) and where. */
export type ArchiveProblem = { code: "not-json" | "bad-id" | "twice" | "bad-date" | "too-large" | "empty" | "unreadable"; where: string; id?: string; detail?: string };

export type ArchiveRead = { articles: Article[]; problems: ArchiveProblem[] };

/** The articles of one archive folder, with one sentence per line or file that could not be used. */
export function readArchiveFolder(folder: string): ArchiveRead {
  const trimmed = folder.replace(/[\\/]+$/u, "");
  const listing = join(dirname(trimmed), `${basename(trimmed)}.jsonl`);
  let text: string;
  try {
    if (statSync(listing).size > MAX_LISTING_BYTES) throw new CliError(translatorFor(cliLanguage())("cli.archive.listing-too-large", { path: listing, bytes: MAX_LISTING_BYTES }));
    text = readFileSync(listing, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(translatorFor(cliLanguage())("cli.archive.no-listing", { path: listing, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  const articles: Article[] = [];
  const problems: ArchiveProblem[] = [];
  const seen = new Set<string>();
  text.split("\n").forEach((line, k) => {
    if (line.trim() === "") return;
    const where = `${listing}:${k + 1}`;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      problems.push({ code: "not-json", where });
      return;
    }
    const { id, date } = (entry ?? {}) as { id?: unknown; date?: unknown };
    if (typeof id !== "string" || !SAFE_ID.test(id)) return void problems.push({ code: "bad-id", where });
    if (seen.has(id)) return void problems.push({ code: "twice", where, id });
    if (typeof date !== "string" || dayNumber(date) === null) return void problems.push({ code: "bad-date", where, id });
    const file = join(trimmed, `${id}.txt`);
    try {
      if (statSync(file).size > MAX_ARTICLE_BYTES) return void problems.push({ code: "too-large", where: file, detail: String(MAX_ARTICLE_BYTES) });
      const parsed = parseArticleText(readFileSync(file, "utf8"));
      if (!parsed) return void problems.push({ code: "empty", where: file });
      seen.add(id);
      articles.push({ id, date, ...parsed });
    } catch (error) {
      problems.push({ code: "unreadable", where: file, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
  });
  return { articles, problems };
}

export type ArchivePairOptions = { out: string; windowDays?: number; threshold?: number; topK?: number; lexicon: boolean; onProblem: (line: string) => void; onArticle?: PairingOptions["onArticle"] };

/** Reads both archives, pairs them and writes the pairs file; returns the closing line, in the user's language. */
export function archivePairCommand(enFolder: string, arFolder: string, options: ArchivePairOptions): string {
  const t = translatorFor(cliLanguage());
  const started = Date.now();
  const en = readArchiveFolder(enFolder);
  const ar = readArchiveFolder(arFolder);
  for (const p of [...en.problems, ...ar.problems]) options.onProblem(t(`cli.archive.${p.code}`, { where: p.where, id: p.id ?? "", detail: p.detail ?? "" }));
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
  return t("cli.archive.done", {
    pairs: t("counted.pairs", { count: pairs.length }), en: t("counted.articles", { count: en.articles.length }), ar: t("counted.articles", { count: ar.articles.length }), path: options.out,
  });
}
