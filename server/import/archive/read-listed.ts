/**
 * The folder layout, wherever its files come from (a folder on disk, or inside a ZIP): a listing
 * of JSON lines `{"id","date","title"}` (plus an optional `"file"` and `"url"`), and for each line
 * the article's file: the one named by `"file"`, else the first of `<id>.txt`, `<id>.html`,
 * `<id>.htm`, `<id>.docx` there is. A bad line or file is one error; the rest is read.
 */
import { ArchiveCollector, MAX_ARTICLE_BYTES } from "./archive-article.js";
import { jsonLines } from "./read-jsonl.js";

/** The first of the names that exists, with its bytes; or the error for the article when none does. */
export type FileFound = { name: string; bytes: Uint8Array } | { name: string; code: string; params: Record<string, string | number> };
export type FileLookup = (names: string[]) => Promise<FileFound>;

/** Ids that are file names in the folder: letters, digits, `.`, `_`, `-`, never a path. */
export const SAFE_FILE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/u;
const EXTENSIONS = [".txt", ".html", ".htm", ".docx"];

/** A relative file name inside the folder, or null when it could leave it or hide a character. */
export function safeRelativeName(value: unknown): string | null {
  if (typeof value !== "string" || value === "" || value.length > 1024) return null;
  if (/[\u0000-\u001f\u007f\\]/u.test(value) || value.startsWith("/") || /^[a-zA-Z]:/u.test(value)) return null;
  return value.split("/").some((s) => s === "" || s === "." || s === "..") ? null : value;
}

export async function readListed(collector: ArchiveCollector, listing: Uint8Array, listingName: string, lookup: FileLookup): Promise<void> {
  for (const entry of jsonLines(listing, MAX_ARTICLE_BYTES)) {
    const where = `${listingName}:${entry.line}`;
    if ("problem" in entry) {
      collector.fail(where, entry.problem, entry.problem === "too-large" ? { limit: MAX_ARTICLE_BYTES } : {});
      continue;
    }
    const record = (typeof entry.value === "object" && entry.value !== null ? entry.value : {}) as Record<string, unknown>;
    const meta = collector.checkMeta(record, where, (id) => SAFE_FILE_ID.test(id));
    if (!meta) continue;
    let names = EXTENSIONS.map((ext) => `${meta.id}${ext}`);
    if (record.file !== undefined) {
      const file = safeRelativeName(record.file);
      if (file === null) {
        collector.fail(where, "bad-file", { id: meta.id });
        continue;
      }
      names = [file];
    }
    const found = await lookup(names);
    if ("code" in found) collector.fail(found.name, found.code, found.params);
    else await collector.add(meta, { name: found.name, bytes: found.bytes, headlineFirst: found.name.toLowerCase().endsWith(".txt") });
  }
}
