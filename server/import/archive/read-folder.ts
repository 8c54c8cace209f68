/**
 * An archive folder on disk: `<folder>/` with `<folder>.jsonl` beside it (the layout of the
 * pairing development set: `en/` + `en.jsonl`). Files are read one at a time, each refused by
 * its size before it is read, and all of them together bounded like one archive file.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ArchiveCollector, MAX_ARCHIVE_BYTES, MAX_ARTICLE_BYTES, type ArchiveRead, type Side } from "./archive-article.js";
import { ArchiveError } from "./archive-error.js";
import { readListed, type FileFound } from "./read-listed.js";

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

export async function readArchiveFolder(folder: string, side: Side, today = new Date()): Promise<ArchiveRead> {
  const trimmed = folder.replace(/[\\/]+$/u, "");
  const listingPath = join(dirname(trimmed), `${basename(trimmed)}.jsonl`);
  let listing: Uint8Array;
  try {
    if ((await stat(listingPath)).size > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name: listingPath, limit: MAX_ARCHIVE_BYTES });
    listing = await readFile(listingPath);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError("no-listing", { name: listingPath, detail: errnoOf(error) });
  }
  const collector = new ArchiveCollector(side, folder, today);
  collector.countBytes(listing.length);
  await readListed(collector, listing, listingPath, async (names): Promise<FileFound> => {
    let firstError = "";
    for (const name of names) {
      const path = join(trimmed, name);
      try {
        const size = (await stat(path)).size;
        if (size > MAX_ARTICLE_BYTES) return { name: path, code: "too-large", params: { limit: MAX_ARTICLE_BYTES } };
        collector.countBytes(size);
        return { name: path, bytes: await readFile(path) };
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        firstError ||= errnoOf(error);
      }
    }
    // Named by the first file looked for (`<id>.txt`), with the system's reason it could not be read.
    return { name: join(trimmed, names[0] ?? ""), code: "unreadable", params: { detail: firstError } };
  });
  return collector.result("folder");
}
