/**
 * `mizan archive pair EN AR --out PAIRS.json`: reads two archives (each a folder of article files
 * with `<folder>.jsonl` beside it, a ZIP of such a folder, a WordPress export or a JSON-lines file:
 * import/archive/read-archive.ts), pairs them (domain/archive/pair-archive.ts; with a glossary TSV
 * when given) and writes {"pairs": [[en, ar, score], …], "evidence": […]}. No database. A bad listing line or file is
 * reported on stderr and skipped; the rest is paired. An archive that cannot be read at all stops
 * the command with one translated sentence.
 */
import { readFile, stat } from "node:fs/promises";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { pairArchive, type PairingOptions } from "../domain/archive/pair-archive.js";
import { loadFreedict } from "../services/freedict.js";
import { GlossaryFormatError, parseGlossary } from "../domain/glossary/parse-glossary.js";
import type { GlossaryEntry } from "../domain/glossary/glossary-entry.js";
import { translatorFor } from "../i18n/translate.js";
import { readArchiveBytes, readArchiveFolder, type ArchiveRead } from "../import/archive/read-archive.js";
import { MAX_ARCHIVE_BYTES } from "../import/archive/archive-article.js";
import { ArchiveError } from "../import/archive/archive-error.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";

/** One archive from a path: a folder (or a path that is no file, which then lacks its listing) or an archive file. */
export async function readArchivePath(path: string, side: "en" | "ar"): Promise<ArchiveRead> {
  const info = await stat(path).catch(() => null);
  if (info === null || info.isDirectory()) return readArchiveFolder(path, side);
  if (info.size > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name: path, limit: MAX_ARCHIVE_BYTES });
  return readArchiveBytes({ name: path, bytes: await readFile(path) }, side);
}

const MAX_GLOSSARY_BYTES = 50_000_000;

/** The archive, or a CliError saying in the user's language why it cannot be read at all. */
async function readOrExplain(path: string, side: "en" | "ar"): Promise<ArchiveRead> {
  try {
    return await readArchivePath(path, side);
  } catch (error) {
    if (error instanceof ArchiveError) throw new CliError(translatorFor(cliLanguage())(`import.archive.${error.code}`, error.params));
    throw error;
  }
}

/** A glossary TSV (ar, en, kind, note columns, as the glossary export writes it): its entries become shared evidence and lexicon words. */
export function readArchiveGlossary(path: string): GlossaryEntry[] {
  const t = translatorFor(cliLanguage());
  let text: string;
  try {
    if (statSync(path).size > MAX_GLOSSARY_BYTES) throw new CliError(t("cli.archive.glossary-too-large", { path, bytes: MAX_GLOSSARY_BYTES }));
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(t("cli.archive.no-glossary", { path, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  try {
    return parseGlossary(text);
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new CliError(t("cli.archive.bad-glossary", { path, lines: error.lines.slice(0, 10).join(", ") }));
    throw error;
  }
}

export type ArchivePairOptions = {
  out: string; glossary?: string; windowDays?: number; threshold?: number; secondWindowDays?: number; secondThreshold?: number; topK?: number; lexicon: boolean; onProblem: (line: string) => void; onArticle?: PairingOptions["onArticle"];
};

/** Reads both archives, pairs them and writes the pairs file; returns the closing line, in the user's language. */
export async function archivePairCommand(enPath: string, arPath: string, options: ArchivePairOptions): Promise<string> {
  const t = translatorFor(cliLanguage());
  const started = Date.now();
  const en = await readOrExplain(enPath, "en");
  const ar = await readOrExplain(arPath, "ar");
  for (const e of [...en.errors, ...ar.errors]) options.onProblem(t("cli.archive.skipped", { name: e.name, problem: t(`import.archive.${e.code}`, e.params) }));
  const glossary = options.glossary ? readArchiveGlossary(options.glossary) : [];
  const dictionary = options.lexicon ? loadFreedict() : null;
  const pairs = pairArchive(en.articles, ar.articles, {
    lexicon: dictionary && glossary.length > 0 ? dictionary.withEntries(glossary) : dictionary,
    glossary,
    windowDays: options.windowDays,
    threshold: options.threshold,
    secondWindowDays: options.secondWindowDays,
    secondThreshold: options.secondThreshold,
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
