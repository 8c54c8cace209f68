/**
 * `mizan import EN_FILE AR_FILE [--title T] [--en-date D] [--ar-date D]`: imports an article pair
 * into the store and prints what was stored, with each edition's publication date and where it
 * came from (the option, else the HTML's metadata). The database is untouched when either file or
 * date is refused.
 */
import { readLocalFile } from "../import/read-edition-file.js";
import { checkImportDates, importArticle, type ImportResult } from "../services/import-article.js";
import type { Store } from "../store/types.js";

export async function importCommand(store: Store, enPath: string, arPath: string, options: { title?: string; enDate?: string; arDate?: string; user: string; lexicon: boolean }): Promise<ImportResult> {
  const dates = checkImportDates({ enDate: options.enDate, arDate: options.arDate }, new Date());
  return importArticle(
    store,
    { en: readLocalFile(enPath, "en"), ar: readLocalFile(arPath, "ar") },
    { title: options.title, ...dates },
    options.user,
    { dictionary: options.lexicon },
  );
}
