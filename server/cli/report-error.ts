/**
 * Turns an error into a clear message on stderr and an exit code. Import errors are translated
 * from the locale files (in the language of MIZAN_LANG or LANG, English by default); anything else
 * is a bug and prints its stack.
 */
import { ImportError } from "../import/import-error.js";

export async function reportError(error: unknown): Promise<number> {
  if (error instanceof ImportError) {
    const lang = (process.env.MIZAN_LANG ?? process.env.LANG ?? "en").startsWith("ar") ? "ar" : "en";
    const { translatorFor } = await import("../i18n/translate.js"); // loaded only when there is something to say
    const t = translatorFor(lang);
    process.stderr.write(`mizan: ${t(`errors.import.${error.code}`, { ...error.params, side: t(`sides.${error.params.side ?? "en"}`) })}\n`);
    return 2;
  }
  process.stderr.write(`mizan: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return 1;
}
