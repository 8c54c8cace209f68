#!/usr/bin/env node
/**
 * The `mizan` command line: parses arguments and calls the commands in server/cli/. No logic here.
 */
import { Command } from "commander";
import { alignCases, alignPair } from "../server/cli/align-command.js";
import { createProgress } from "../server/cli/progress.js";
import { reportError } from "../server/cli/report-error.js";

const program = new Command();
program.name("mizan").description("Pair, check, fix and export the English and Arabic editions of news articles.");

program
  .command("align")
  .description("align the paragraphs of an English and an Arabic edition, or every case of an evaluation folder")
  .argument("[en]", "English edition (text, HTML or DOCX)")
  .argument("[ar]", "Arabic edition (text, HTML or DOCX)")
  .option("--cases <dir>", "align every <dir>/<case>/en.txt + ar.txt")
  .option("--out <dir>", "with --cases: write <dir>/<case>.json")
  .option("--no-lexicon", "do not use the bilingual dictionary even when it is installed")
  .action(async (en: string | undefined, ar: string | undefined, opts: { cases?: string; out?: string; lexicon: boolean }) => {
    if (opts.cases) {
      if (!opts.out) program.error("align --cases needs --out <dir>");
      await alignCases(opts.cases, opts.out as string, { lexicon: opts.lexicon, progress: createProgress("align") });
      return;
    }
    if (!en || !ar) program.error("align needs an English and an Arabic file, or --cases <dir> --out <dir>");
    process.stdout.write((await alignPair(en as string, ar as string, { lexicon: opts.lexicon })) + "\n");
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportError(error);
});
