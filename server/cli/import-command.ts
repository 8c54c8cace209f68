/**
 * `mizan import EN_FILE AR_FILE [--title T]`: imports an article pair into the store and prints
 * what was stored. The database is untouched when either file is refused.
 */
import { readLocalFile } from "../import/read-edition-file.js";
import { importArticle, type ImportResult } from "../services/import-article.js";
import type { Store } from "../store/types.js";

export async function importCommand(store: Store, enPath: string, arPath: string, options: { title?: string; user: string; lexicon: boolean }): Promise<ImportResult> {
  return importArticle(
    store,
    { en: readLocalFile(enPath, "en"), ar: readLocalFile(arPath, "ar") },
    { title: options.title },
    options.user,
    { dictionary: options.lexicon },
  );
}
