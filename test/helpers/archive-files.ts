/**
 * The made-up archive (made-up-archive.ts) as the files an archive import takes: a folder of
 * `<id>.txt` files with `<folder>.jsonl` beside it, or the same packed as a stored ZIP (the
 * listing at the top, the files under `<folder>/`), with extra listing lines for bad entries.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../server/domain/archive/articles.js";
import { writeStoredZip } from "../../server/import/write-stored-zip.js";

const articleText = (a: Article) => [a.title, ...a.paragraphs].join("\n") + "\n";
const listingOf = (articles: readonly Article[], extraLines: readonly string[]) =>
  [...articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title })), ...extraLines].join("\n") + "\n";

/** Writes `<dir>/<side>/` and `<dir>/<side>.jsonl`; answers the folder. */
export function writeArchiveFolder(dir: string, side: string, articles: readonly Article[], extraLines: readonly string[] = []): string {
  const folder = join(dir, side);
  mkdirSync(folder, { recursive: true });
  for (const a of articles) writeFileSync(join(folder, `${a.id}.txt`), articleText(a));
  writeFileSync(join(dir, `${side}.jsonl`), listingOf(articles, extraLines));
  return folder;
}

/** The same archive as a stored ZIP's bytes, named `<side>.zip`. */
export function archiveZip(side: string, articles: readonly Article[], extraLines: readonly string[] = []): { name: string; bytes: Uint8Array } {
  const entries = [
    { name: `${side}.jsonl`, bytes: new Uint8Array(Buffer.from(listingOf(articles, extraLines), "utf8")) },
    ...articles.map((a) => ({ name: `${side}/${a.id}.txt`, bytes: new Uint8Array(Buffer.from(articleText(a), "utf8")) })),
  ];
  return { name: `${side}.zip`, bytes: new Uint8Array(writeStoredZip(entries)) };
}
