#!/usr/bin/env node
/**
 * The `mizan` command line: parses arguments and calls the commands in server/cli/. No logic here.
 */
import { Command } from "commander";
import { userInfo } from "node:os";
import { alignCases, alignPair } from "../server/cli/align-command.js";
import { importCommand } from "../server/cli/import-command.js";
import { createProgress } from "../server/cli/progress.js";
import { reportError } from "../server/cli/report-error.js";
import { databasePath, DEFAULT_DB } from "../server/config.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";

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
    if (opts.cases) {
      if (!opts.out) program.error("error: align --cases needs --out <dir>");
      await alignCases(opts.cases, opts.out as string, { lexicon: opts.lexicon, progress: createProgress("align") });
      return;
    }
    if (!en || !ar) program.error("error: align needs an English and an Arabic file, or --cases <dir> --out <dir>");
    process.stdout.write((await alignPair(en as string, ar as string, { lexicon: opts.lexicon, sentences: opts.sentences ?? false })) + "\n");
  });

program
  .command("import")
  .description("import an article pair (text, HTML or DOCX) into the database, aligned")
  .argument("<en>", "English edition")
  .argument("<ar>", "Arabic edition")
  .option("--title <title>", "document title (default: the first English paragraph)")
  .option("--db <path>", DB_HELP)
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed")
  .action(async (en: string, ar: string, opts: { title?: string; db?: string; lexicon: boolean }) => {
    const store = openSqliteStore(databasePath(opts.db));
    try {
      const result = await importCommand(store, en, ar, { title: opts.title, user: userInfo().username, lexicon: opts.lexicon });
      process.stdout.write(JSON.stringify(result) + "\n");
    } finally {
      store.close();
    }
  });

program.addHelpText("after", () => {
  const lines = ["", "Commands and their options:"];
  for (const command of program.commands) {
    lines.push("", `  mizan ${command.name()} ${command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(" ")}`);
    for (const option of command.options) lines.push(`      ${option.flags.padEnd(22)} ${option.description}`);
  }
  return lines.join("\n");
});

program.parseAsync(process.argv).catch(async (error: unknown) => {
  process.exitCode = await reportError(error);
});
