/**
 * `mizan export --format F --out PATH [choices]` and `mizan import-exchange FILE`: the command-line
 * side of the exchange formats. Export resolves the output (a directory gets the default name
 * `<corpus>-en-ar-<date>.<ext>`; for Moses PATH is a directory or a file prefix, giving
 * `<prefix>.en` and `<prefix>.ar`; `-` is standard output, for the one-file formats), refuses an
 * output that is the database itself or one of its -wal/-shm/-journal/.lock files (by real path)
 * or that exists and is not a regular file (a device, a FIFO, a socket), writes through a
 * temporary file renamed at the end (a failed export leaves no partial file), and reports what
 * was exported and what was left out on stderr, in the user's language. Import reads the whole
 * file before writing, in one transaction.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { basename, dirname, extname, join, resolve, sep } from "node:path";
import { exportStem, parseChoices, type RawChoices } from "../domain/export/choices.js";
import { ExportError } from "../domain/export/export-error.js";
import { ExchangeImportError } from "../domain/exchange-import/exchange-import-error.js";
import { DEFAULT_LIMITS } from "../domain/exchange-import/types.js";
import { exportCorpus, type ExportReport } from "../services/export-corpus.js";
import { importExchange, type ExchangeImportResult } from "../services/import-exchange.js";
import type { Lexicon } from "../domain/align/lexicon.js";
import type { Progress } from "./progress.js";
import type { Store } from "../store/types.js";
import { TOOL } from "../services/tool-info.js";

export { TOOL };

export type ExportCommandOptions = RawChoices & {
  out: string;
  /** Corpus name for file names and headers (default: the database file's name). */
  name?: string;
  dbPath: string;
  now?: Date;
  progress?: Progress;
  lexicon?: Lexicon;
};

export type ExportCommandResult = { report: ExportReport; files: string[] };

function isDirectoryTarget(out: string): boolean {
  return out.endsWith("/") || out.endsWith(sep) || (existsSync(out) && statSync(out).isDirectory());
}

/** `--out -`: the export goes to standard output. */
export const STDOUT = "-";

/** A path with its folder's symbolic links resolved, and its own when it exists. */
function realPathOf(path: string): string {
  try {
    return existsSync(path) ? realpathSync(path) : join(realpathSync(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

/** The files of the database that an export must never replace, by real path. */
function databaseFiles(dbPath: string): Set<string> {
  const suffixes = ["", "-wal", "-shm", "-journal", ".lock"];
  return new Set([realPathOf(dbPath), resolve(dbPath)].flatMap((base) => suffixes.map((suffix) => `${base}${suffix}`)));
}

/** Refuses an output that is the database or one of its files, or that exists and is not a regular file. */
function checkTarget(path: string, database: Set<string>): void {
  if (database.has(realPathOf(path)) || database.has(resolve(path))) throw new ExportError("out-is-database", { path });
  if (existsSync(path) && !statSync(path).isFile()) throw new ExportError("out-not-file", { path });
}

function openTemp(path: string): { stream: Writable; temp: string; path: string } {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.part-${process.pid}`;
  return { stream: createWriteStream(temp), temp, path };
}

export async function exportCommand(store: Store, options: ExportCommandOptions): Promise<ExportCommandResult> {
  const choices = parseChoices(options);
  const now = options.now ?? new Date();
  const name = options.name ?? basename(options.dbPath, extname(options.dbPath));
  const stem = exportStem(name, now);
  const exporter = choices.exporter;
  const meta = { name, granularity: choices.granularity, createdAt: now, tool: TOOL };
  if (options.out === STDOUT) {
    if (exporter.kind !== "single") throw new ExportError("stdout-two-files", { format: exporter.id });
    return { report: await exportToStdout(store, choices, { meta, progress: options.progress, lexicon: options.lexicon }), files: [STDOUT] };
  }
  const database = databaseFiles(options.dbPath);
  if (existsSync(options.out) && !statSync(options.out).isFile() && !statSync(options.out).isDirectory()) {
    throw new ExportError("out-not-file", { path: options.out });
  }
  const targets = exporter.kind === "single"
    ? [isDirectoryTarget(options.out) ? join(options.out, `${stem}.${exporter.extension}`) : options.out]
    : (() => {
      const prefix = isDirectoryTarget(options.out) ? join(options.out, stem) : options.out;
      return [`${prefix}.${exporter.extension.en}`, `${prefix}.${exporter.extension.ar}`];
    })();
  for (const target of targets) checkTarget(target, database);
  let files: ReturnType<typeof openTemp>[] = [];
  try {
    files = targets.map(openTemp);
  } catch {
    throw new ExportError("bad-out", { path: options.out });
  }
  try {
    const [first, second] = files;
    if (!first) throw new ExportError("bad-out", { path: options.out });
    const target = second ? { en: first.stream, ar: second.stream } : first.stream;
    const report = await exportCorpus(store, choices, target, { meta, progress: options.progress, lexicon: options.lexicon });
    for (const f of files) {
      f.stream.end();
      await finished(f.stream);
      renameSync(f.temp, f.path);
    }
    return { report, files: files.map((f) => f.path) };
  } catch (error) {
    for (const f of files) {
      f.stream.destroy();
      rmSync(f.temp, { force: true });
    }
    throw error;
  }
}

/** Writes a one-file export to standard output; a reader that goes away ends it as a bad output. */
async function exportToStdout(store: Store, choices: ReturnType<typeof parseChoices>, run: Parameters<typeof exportCorpus>[3]): Promise<ExportReport> {
  let failed: unknown = null;
  const onError = (error: unknown) => {
    failed = error;
  };
  process.stdout.on("error", onError);
  try {
    const report = await exportCorpus(store, choices, process.stdout, run);
    await new Promise<void>((resolve, reject) => process.stdout.write("", (error) => (error ? reject(error) : resolve())));
    if (failed) throw failed;
    return report;
  } catch (error) {
    if (failed !== null) throw new ExportError("bad-out", { path: STDOUT });
    throw error;
  } finally {
    process.stdout.off("error", onError);
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The report's lines, in the user's language: what was written, and everything left out. */
export function reportLines(t: Translate, result: ExportCommandResult): string[] {
  const { report } = result;
  const path = result.files.map((f) => (f === STDOUT ? t("exports.report.standardOutput") : f)).join(", ");
  const lines = [t("exports.report.written", { units: t("counted.units", { count: report.units }), documents: t("counted.documents", { count: report.documents }), pairs: t("counted.pairs", { count: report.pairs }), path })];
  if (report.units === 0) lines.push(t("exports.report.nothing"));
  if (report.oneSidedNotAllowed > 0) lines.push(t("exports.report.oneSidedNotAllowed", { format: report.format, count: report.oneSidedNotAllowed }));
  const plainSkipped = report.oneSidedSkipped - report.oneSidedNotAllowed;
  if (plainSkipped > 0) lines.push(t("exports.report.oneSidedSkipped", { count: plainSkipped }));
  if (report.oneSidedExported > 0) lines.push(t("exports.report.oneSidedExported", { count: report.oneSidedExported }));
  if (report.boilerplateSkipped > 0) lines.push(t("exports.report.boilerplateSkipped", { count: report.boilerplateSkipped }));
  if (report.findingsSkipped > 0) lines.push(t("exports.report.findingsSkipped", { count: report.findingsSkipped }));
  return lines;
}

export function importExchangeCommand(store: Store, path: string, options: { user: string; title?: string }): ExchangeImportResult {
  if (!existsSync(path) || !statSync(path).isFile()) throw new ExchangeImportError("missing", { name: path });
  if (statSync(path).size > DEFAULT_LIMITS.maxBytes) throw new ExchangeImportError("too-large", { name: path, limit: DEFAULT_LIMITS.maxBytes });
  return importExchange(store, { bytes: readFileSync(path), name: basename(path) }, {
    user: options.user, title: options.title, atomically: (fn) => store.atomically(fn),
  });
}

/** The user's language on the command line: MIZAN_LANG, then LANG; English by default. */
export function cliLanguage(): "en" | "ar" {
  return (process.env.MIZAN_LANG ?? process.env.LANG ?? "en").startsWith("ar") ? "ar" : "en";
}

/** A clear message for the errors of export choices and exchange imports (exit code 2), or null. */
export function exchangeErrorMessage(t: Translate, error: unknown): string | null {
  if (error instanceof ExportError) return t(`exports.errors.${error.code}`, error.params);
  if (error instanceof ExchangeImportError) return t(`exports.import.${error.code}`, error.params);
  return null;
}
