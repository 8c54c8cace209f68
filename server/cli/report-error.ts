/**
 * Turns an error into a clear message on stderr and an exit code. Import errors are translated
 * from the locale files (in the language of MIZAN_LANG or LANG, English by default); anything else
 * is a bug and prints its stack.
 */
import { ImportError } from "../import/import-error.js";
import { CliError } from "./cli-error.js";
import { BadRequestError } from "../services/errors.js";

/** The language of messages on the command line: Arabic when MIZAN_LANG or LANG says so. */
function cliLanguageOf(): "en" | "ar" {
  return (process.env.MIZAN_LANG ?? process.env.LANG ?? "en").startsWith("ar") ? "ar" : "en";
}

export async function reportError(error: unknown): Promise<number> {
  if (error instanceof ImportError) {
    const lang = cliLanguageOf();
    const { translatorFor } = await import("../i18n/translate.js"); // loaded only when there is something to say
    const t = translatorFor(lang);
    process.stderr.write(`mizan: ${t(`errors.import.${error.code}`, { ...error.params, side: t(`sides.${error.params.side ?? "en"}`) })}\n`);
    return 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`mizan: ${error.message}\n`);
    return 2;
  }
  if (error instanceof BadRequestError) {
    const { translatorFor } = await import("../i18n/translate.js");
    process.stderr.write(`mizan: ${translatorFor(cliLanguageOf())(`errors.operation.${error.reason}`)}\n`);
    return 2;
  }
  process.stderr.write(`mizan: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return 1;
}
