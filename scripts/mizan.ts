#!/usr/bin/env node
/**
 * The `mizan` command line: parses arguments and calls the commands in server/cli/. No logic here.
 */
import { Command } from "commander";
import { userInfo } from "node:os";
import { createProgress } from "../server/cli/progress.js";
import { reportError } from "../server/cli/report-error.js";
import { databasePath, DEFAULT_DB } from "../server/config.js";
import type { Store } from "../server/store/types.js";
import type { TFunction } from "i18next";

// Each command loads its modules when it runs, so `mizan align` does not start by loading the
// spelling dictionary, the exporters or the password hasher.
const alignCommands = () => import("../server/cli/align-command.js");
const checkCommands = () => import("../server/cli/check-command.js");
const exportCommands = () => import("../server/cli/export-command.js");
const userCommands = () => import("../server/cli/user-command.js");
const backupCommands = () => import("../server/cli/backup-command.js");
const openStore = async (path: string) => (await import("../server/store/open-store.js")).openStore(path);

/** Runs a command on the store at `path` (or $MIZAN_DB), always closing it. */
async function withStore<T>(path: string | undefined, run: (store: Store) => T | Promise<T>): Promise<T> {
  const store = await openStore(databasePath(path));
  try {
    return await run(store);
  } finally {
    store.close();
  }
}

/**
 * Runs an export or exchange import, turning its refusals into a clear message in the user's
 * language and exit code 2; anything else is a bug and goes to reportError.
 */
async function withExchangeErrors(run: (t: TFunction) => Promise<void> | void): Promise<void> {
  const { cliLanguage, exchangeErrorMessage } = await exportCommands();
  const { translatorFor } = await import("../server/i18n/translate.js");
  const t = translatorFor(cliLanguage());
  try {
    await run(t);
  } catch (error) {
    const message = exchangeErrorMessage(t, error);
    if (message === null) throw error;
    process.stderr.write(`mizan: ${message}\n`);
    process.exitCode = 2;
  }
}

const program = new Command();
program
  .name("mizan")
  .description("Pair, check, fix and export the English and Arabic editions of news articles.")
  .showHelpAfterError();

const DB_HELP = `SQLite database file (default: $MIZAN_DB or ${DEFAULT_DB})`;

program
  .command("align")
  .description("align the paragraphs of an English and an Arabic edition and print the beads as JSON, or every case of an evaluation folder")
  .argument("[en]", "English edition (text, HTML or DOCX)")
  .argument("[ar]", "Arabic edition (text, HTML or DOCX)")
  .option("--cases <dir>", "align every <dir>/<case>/en.txt + ar.txt in one process")
  .option("--out <dir>", "with --cases: write <dir>/<case>.json in the evaluation format")
  .option("--sentences", "also align the sentences inside each paragraph pair")
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed")
  .action(async (en: string | undefined, ar: string | undefined, opts: { cases?: string; out?: string; lexicon: boolean; sentences?: boolean }) => {
    const { alignCases, alignPair } = await alignCommands();
    if (opts.cases) {
      if (!opts.out) program.error("error: align --cases needs --out <dir>");
      await alignCases(opts.cases, opts.out as string, { lexicon: opts.lexicon, progress: createProgress("align") });
      return;
    }
    if (!en || !ar) program.error("error: align needs an English and an Arabic file, or --cases <dir> --out <dir>");
    process.stdout.write((await alignPair(en as string, ar as string, { lexicon: opts.lexicon, sentences: opts.sentences ?? false })) + "\n");
  });

const archive = program.command("archive").description("work on whole archives of English and Arabic articles");
archive
  .command("pair")
  .description("pair the articles of an English and an Arabic archive (a folder <folder>/<id>.txt|.html|.docx listed in <folder>.jsonl, a ZIP of one, a WordPress WXR export or a JSON-lines file) and write {\"pairs\": [[en, ar, score], …]}")
  .argument("<en>", "English archive (folder, ZIP, WXR or JSON-lines)")
  .argument("<ar>", "Arabic archive (folder, ZIP, WXR or JSON-lines)")
  .requiredOption("--out <path>", "pairs file to write (JSON)")
  .option("--window <days>", "Arabic articles within this many days of the English date are candidates (default 7)")
  .option("--threshold <x>", "pairs scoring below x stay unpaired (default 0.57)")
  .option("--second-window <days>", "then the articles left unpaired on both sides meet within this many days (default 30; no wider than --window: no second pass)")
  .option("--second-threshold <x>", "the second pass keeps pairs scoring at least x, and never less than --threshold (default 0.62)")
  .option("--top-k <k>", "cheap candidates per English article re-scored with the aligner (default 5)")
  .option("--glossary <tsv>", "glossary TSV (as the glossary export writes it): an entry written in both articles is shared evidence")
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed")
  .action(async (en: string, ar: string, opts: { out: string; glossary?: string; window?: string; threshold?: string; secondWindow?: string; secondThreshold?: string; topK?: string; lexicon: boolean }) => {
    const number = (text: string | undefined, name: string, ok: (x: number) => boolean) => {
      if (text === undefined) return undefined;
      const x = Number(text);
      if (text.trim() === "" || !Number.isFinite(x) || !ok(x)) program.error(`error: archive pair ${name} "${text}" is out of range`);
      return x;
    };
    const windowDays = number(opts.window, "--window", (x) => Number.isInteger(x) && x >= 0 && x <= 366);
    const threshold = number(opts.threshold, "--threshold", (x) => x >= 0 && x <= 1);
    const secondWindowDays = number(opts.secondWindow, "--second-window", (x) => Number.isInteger(x) && x >= 0 && x <= 366);
    const secondThreshold = number(opts.secondThreshold, "--second-threshold", (x) => x >= 0 && x <= 1);
    const topK = number(opts.topK, "--top-k", (x) => Number.isInteger(x) && x >= 1 && x <= 100);
    const { archivePairCommand } = await import("../server/cli/archive-pair-command.js");
    const progress = createProgress("pair");
    let started = false;
    const done = await archivePairCommand(en, ar, {
      out: opts.out, glossary: opts.glossary, windowDays, threshold, secondWindowDays, secondThreshold, topK, lexicon: opts.lexicon,
      onProblem: (line) => process.stderr.write(`mizan: ${line}\n`),
      onArticle: (done, total) => {
        if (!started) progress.start(total);
        started = true;
        progress.tick();
        if (done === total) progress.stop();
      },
    });
    process.stderr.write(`mizan: ${done}\n`);
  });

archive
  .command("import")
  .description("store an English and an Arabic archive in the database, pair their articles and make documents of the pairs confirmed at once (resumes an unfinished run of the same inputs)")
  .argument("<en>", "English archive: a folder (with <folder>.jsonl beside it), a ZIP, a WordPress WXR or a JSON-lines file")
  .argument("<ar>", "Arabic archive, the same")
  .option("--db <path>", DB_HELP)
  .option("--name <name>", "the archive's name (default: the English archive's file name)")
  .option("--window <days>", "Arabic articles within this many days of the English date are candidates (default 7)")
  .option("--threshold <x>", "pairs scoring below x stay unpaired (default 0.56)")
  .option("--confirm-above <x>", "confirm pairs scoring at least x and make them documents (default: none; all wait for review)")
  .option("--user <name>", "who the archive, its confirmed pairs and documents are recorded as (default: the system user)")
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed (the glossary still counts)")
  .action(async (en: string, ar: string, opts: { db?: string; name?: string; window?: string; threshold?: string; confirmAbove?: string; user?: string; lexicon: boolean }) => {
    const number = (text: string | undefined, name: string, ok: (x: number) => boolean) => {
      if (text === undefined) return undefined;
      const x = Number(text);
      if (text.trim() === "" || !Number.isFinite(x) || !ok(x)) program.error(`error: archive import ${name} "${text}" is out of range`);
      return x;
    };
    const { archiveImportCommand } = await import("../server/cli/archive-import-command.js");
    const { ARCHIVE_DEFAULTS } = await import("../server/services/archive-start.js");
    const { basename } = await import("node:path");
    const outcome = await archiveImportCommand(databasePath(opts.db), en, ar, {
      name: opts.name ?? basename(en.replace(/[\\/]+$/u, "")),
      windowDays: number(opts.window, "--window", (x) => Number.isInteger(x) && x >= 0 && x <= 366) ?? ARCHIVE_DEFAULTS.windowDays,
      threshold: number(opts.threshold, "--threshold", (x) => x >= 0 && x <= 1) ?? ARCHIVE_DEFAULTS.threshold,
      confirmAbove: number(opts.confirmAbove, "--confirm-above", (x) => x >= 0 && x <= 1) ?? null,
      user: opts.user ?? userInfo().username,
      lexicon: opts.lexicon,
    });
    for (const line of outcome.lines) process.stderr.write(`mizan: ${line}\n`);
    process.stdout.write(JSON.stringify({ job: outcome.jobId, resumed: outcome.resumed, ...outcome.summary }) + "\n");
  });

program
  .command("import")
  .description("import an article pair (text, HTML or DOCX) into the database, aligned")
  .argument("<en>", "English edition")
  .argument("<ar>", "Arabic edition")
  .option("--title <title>", "document title (default: the first English paragraph)")
  .option("--en-date <yyyy-mm-dd>", "publication date of the English edition (default: from the HTML's metadata, if any)")
  .option("--ar-date <yyyy-mm-dd>", "publication date of the Arabic edition (default: from the HTML's metadata, if any)")
  .option("--db <path>", DB_HELP)
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed")
  .action(async (en: string, ar: string, opts: { title?: string; enDate?: string; arDate?: string; db?: string; lexicon: boolean }) => {
    const { importCommand } = await import("../server/cli/import-command.js");
    const result = await withStore(opts.db, (store) =>
      importCommand(store, en, ar, { title: opts.title, enDate: opts.enDate, arDate: opts.arDate, user: userInfo().username, lexicon: opts.lexicon }));
    process.stdout.write(JSON.stringify(result) + "\n");
  });

program
  .command("export")
  .description("export the aligned corpus (TMX, XLIFF, TSV, CSV, JSON Lines or Moses text) to a file; a report of what was left out goes to stderr")
  .requiredOption("--format <format>", "tmx | xliff | xliff2 | tsv | csv | jsonl | moses")
  .requiredOption("--out <path>", "output file, - for standard output, or a directory (file named <corpus>-en-ar-<date>.<ext>); for moses a directory or a prefix (<prefix>.en, <prefix>.ar); never the database or a device")
  .option("--status <status>", "confirmed (default) | all (every pair but rejected ones)")
  .option("--with-rejected", "rejected pairs too (never exported otherwise; their status says rejected)")
  .option("--min-score <x>", "only pairs scoring at least x (0-1)")
  .option("--documents <ids>", "only these documents (comma-separated ids)")
  .option("--since <date>", "only documents published on or after YYYY-MM-DD")
  .option("--until <date>", "only documents published on or before YYYY-MM-DD")
  .option("--without-findings", "leave out pairs with open findings (counted in the report)")
  .option("--granularity <unit>", "paragraph (default) | sentence")
  .option("--one-sided <policy>", "skip (default: left out, counted) | empty (exported with an empty side where the format allows)")
  .option("--keep-boilerplate", "export boilerplate pairs too (appeals, \"read also\" lines, captions: left out and counted by default)")
  .option("--bom", "start TSV/CSV with a UTF-8 byte order mark (for Excel)")
  .option("--name <name>", "corpus name in file names and headers (default: the database file name)")
  .option("--db <path>", DB_HELP)
  .action(async (opts: { format: string; out: string; status?: string; minScore?: string; documents?: string; since?: string; until?: string; withoutFindings?: boolean; withRejected?: boolean; granularity?: string; oneSided?: string; keepBoilerplate?: boolean; bom?: boolean; name?: string; db?: string }) => {
    const dbPath = databasePath(opts.db);
    const { exportCommand, reportLines } = await exportCommands();
    await withExchangeErrors((t) =>
      withStore(dbPath, async (store) => {
        const result = await exportCommand(store, { ...opts, findings: opts.withoutFindings ? "without" : "with", rejected: opts.withRejected ? "include" : "exclude", boilerplate: opts.keepBoilerplate ? "keep" : "skip", dbPath, progress: createProgress("export") });
        for (const line of reportLines(t, result)) process.stderr.write(`mizan: ${line}\n`);
      }),
    );
  });

program
  .command("import-exchange")
  .description("import a TMX or XLIFF file of English-Arabic pairs as documents with confirmed pairs (all or nothing)")
  .argument("<file>", "TMX (.tmx) or XLIFF 1.2/2.0 (.xlf, .xliff) file")
  .option("--title <title>", "title of documents the file does not name (default: the file name)")
  .option("--db <path>", DB_HELP)
  .action(async (file: string, opts: { title?: string; db?: string }) => {
    const { importExchangeCommand } = await exportCommands();
    await withExchangeErrors((t) =>
      withStore(opts.db, (store) => {
        const result = importExchangeCommand(store, file, { user: userInfo().username, title: opts.title });
        process.stdout.write(JSON.stringify(result) + "\n");
        process.stderr.write(`mizan: ${t("exports.import.done", { pairs: t("counted.pairs", { count: result.pairs }), oneSided: result.oneSided, documents: t("counted.documents", { count: result.documents.length }) })}\n`);
      }),
    );
  });

program
  .command("check")
  .description("check an English edition (and its Arabic edition) and print one JSON finding per line, or check JSON lines from stdin with --jsonl")
  .argument("[en]", "English edition (text, HTML or DOCX)")
  .argument("[ar]", "Arabic edition (text, HTML or DOCX)")
  .option("--glossary <file>", "glossary TSV (ar, en, kind, note)")
  .option("--jsonl", "read {\"id\",\"doc\",\"text\"} lines on stdin (English only) and print {\"id\",\"start\",\"end\",\"check\",\"severity\",\"suggestion\"} lines")
  .option("--no-lexicon", "align without the bilingual dictionary even when it is installed")
  .action(async (en: string | undefined, ar: string | undefined, opts: { glossary?: string; jsonl?: boolean; lexicon: boolean }) => {
    const { CheckInputError, checkFiles, checkJsonl, readStdin } = await checkCommands();
    try {
      if (!opts.jsonl && !en) throw new CheckInputError("check needs an English file, or --jsonl with JSON lines on stdin");
      const lines = opts.jsonl ? checkJsonl(await readStdin()) : await checkFiles(en as string, ar, { glossary: opts.glossary, lexicon: opts.lexicon });
      if (lines.length > 0) process.stdout.write(lines.join("\n") + "\n");
    } catch (error) {
      if (!(error instanceof CheckInputError)) throw error;
      process.stderr.write(`mizan: ${error.message}\n`);
      process.exitCode = 2;
    }
  });

const user = program.command("user").description("manage user accounts (passwords from $MIZAN_PASSWORD or standard input)");
user
  .command("add")
  .description("add a user with a role: admin, translator, copy-editor or viewer")
  .argument("<name>")
  .argument("<role>")
  .option("--db <path>", DB_HELP)
  .action(async (name: string, role: string, opts: { db?: string }) => {
    const { addUserCommand } = await userCommands();
    process.stdout.write((await withStore(opts.db, (store) => addUserCommand(store, name, role))) + "\n");
  });
user
  .command("list")
  .description("list users and their roles")
  .option("--db <path>", DB_HELP)
  .action(async (opts: { db?: string }) => {
    const { listUsersText } = await userCommands();
    process.stdout.write((await withStore(opts.db, listUsersText)) + "\n");
  });
user
  .command("passwd")
  .description("set a user's password")
  .argument("<name>")
  .option("--db <path>", DB_HELP)
  .action(async (name: string, opts: { db?: string }) => {
    const { passwdCommand } = await userCommands();
    process.stdout.write((await withStore(opts.db, (store) => passwdCommand(store, name))) + "\n");
  });
user
  .command("remove")
  .description("remove a user")
  .argument("<name>")
  .option("--db <path>", DB_HELP)
  .action(async (name: string, opts: { db?: string }) => {
    const { removeUserCommand } = await userCommands();
    process.stdout.write((await withStore(opts.db, (store) => removeUserCommand(store, name))) + "\n");
  });

program
  .command("worker")
  .description("run mizan's jobs (archive imports, their pairing and documents) from a PostgreSQL database, beside any number of other workers on any machine; stops on SIGTERM after the step under way")
  .option("--db <url>", "PostgreSQL database (postgres://…; default: $MIZAN_DB)")
  .option("--concurrency <n>", "steps and batches run at once in this process (default 1)")
  .option("--step-timeout <seconds>", "a step or batch unanswered for this long is taken as lost and run again elsewhere (default 600)")
  .action(async (opts: { db?: string; concurrency?: string; stepTimeout?: string }) => {
    const { workerCommand, workerOptions } = await import("../server/cli/worker-command.js");
    const worker = await workerCommand(databasePath(opts.db), workerOptions(opts));
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      worker.close().then(() => process.exit(0), async (error: unknown) => process.exit(await reportError(error)));
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });

program
  .command("backup")
  .description("copy the database to PATH with SQLite's online backup (safe while the server runs)")
  .argument("<path>")
  .option("--db <path>", DB_HELP)
  .action(async (path: string, opts: { db?: string }) => {
    const { backupCommand } = await backupCommands();
    process.stdout.write((await backupCommand(databasePath(opts.db), path)) + "\n");
  });

program
  .command("restore")
  .description("replace the database with a checked and migrated copy of a backup (refused while a server runs)")
  .argument("<path>")
  .option("--db <path>", DB_HELP)
  .action(async (path: string, opts: { db?: string }) => {
    const { restoreCommand } = await backupCommands();
    process.stdout.write(restoreCommand(databasePath(opts.db), path) + "\n");
  });

const database = program.command("db").description("move a mizan database between engines (a SQLite file, a postgres:// URL) and check the copy");
/** Prints a copy's or a check's report (a table, or JSON with --json); exit code 3 when a table differs. */
const printDbReport = async (report: import("../server/cli/db-command.js").DbReport, json: boolean | undefined) => {
  const { reportText } = await import("../server/cli/db-command.js");
  process.stdout.write((json ? JSON.stringify(report, null, 2) : reportText(report)) + "\n");
  if (!report.ok) process.exitCode = 3;
};
database
  .command("copy")
  .description("copy every table of one database into another, empty one (SQLite to PostgreSQL or back; ids kept), then compare a count and a checksum per table; the source is only read")
  .requiredOption("--from <location>", "source: a SQLite file or a postgres:// URL")
  .requiredOption("--to <location>", "target, empty: a SQLite file (created when missing) or a postgres:// URL")
  .option("--json", "print the report as JSON")
  .action(async (opts: { from: string; to: string; json?: boolean }) => {
    const { dbCopyCommand } = await import("../server/cli/db-command.js");
    await printDbReport(dbCopyCommand(opts.from, opts.to, (line) => process.stderr.write(`mizan: ${line}\n`)), opts.json);
  });
database
  .command("check")
  .description("compare two databases table by table (a count and a checksum each) without changing either")
  .requiredOption("--from <location>", "one database: a SQLite file or a postgres:// URL")
  .requiredOption("--to <location>", "the other")
  .option("--json", "print the report as JSON")
  .action(async (opts: { from: string; to: string; json?: boolean }) => {
    const { dbCheckCommand } = await import("../server/cli/db-command.js");
    await printDbReport(dbCheckCommand(opts.from, opts.to), opts.json);
  });

program.addHelpText("after", () => {
  const lines = ["", "Commands and their options:"];
  const describe = (command: Command, prefix: string) => {
    const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(" ");
    if (command.commands.length === 0) lines.push("", `  ${prefix}${command.name()} ${args}`.trimEnd());
    for (const option of command.options) lines.push(`      ${option.flags.padEnd(22)} ${option.description}`);
    for (const sub of command.commands) describe(sub, `${prefix}${command.name()} `);
  };
  for (const command of program.commands) describe(command, "mizan ");
  return lines.join("\n");
});

program.parseAsync(process.argv).catch(async (error: unknown) => {
  process.exitCode = await reportError(error);
});
