/**
 * Where the project's own files are, whether the code runs from TypeScript sources or from the
 * compiled dist/ folder: the root is the nearest folder above this module holding package.json.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + start);
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const LOCALES_DIR = join(ROOT, "server", "i18n", "locales");
export const VIEWS_DIR = join(ROOT, "views");
export const CORPUS_DIR = join(ROOT, "corpus");
