/**
 * One made-up archive (test/helpers/made-up-archive.ts) written in each format the archive readers
 * take: the folder layout on disk, a ZIP of it, JSON lines, a WordPress export. Real files and
 * bytes for the readers and for `mizan archive pair`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../server/domain/archive/articles.js";
import { writeStoredZip } from "../../server/import/write-stored-zip.js";
import type { ZipEntry } from "../../server/import/read-zip.js";

export function articleText(a: Article): string {
  return [a.title, ...a.paragraphs].join("\n") + "\n";
}

export function listingLines(articles: Article[]): string[] {
  return articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title }));
}

/** `<dir>/<side>/<id>.txt` and `<dir>/<side>.jsonl`; returns the folder. */
export function writeFolder(dir: string, side: string, articles: Article[], extraLines: string[] = []): string {
  const folder = join(dir, side);
  mkdirSync(folder, { recursive: true });
  for (const a of articles) writeFileSync(join(folder, `${a.id}.txt`), articleText(a));
  writeFileSync(join(dir, `${side}.jsonl`), [...listingLines(articles), ...extraLines].join("\n") + "\n");
  return folder;
}

/** A ZIP holding `<side>.jsonl` beside `<side>/<id>.txt`, as zipping the folder layout gives. */
export function folderZip(side: string, articles: Article[], extra: ZipEntry[] = []): Buffer {
  const entries: ZipEntry[] = [
    { name: `${side}.jsonl`, bytes: Buffer.from(listingLines(articles).join("\n") + "\n") },
    ...articles.map((a) => ({ name: `${side}/${a.id}.txt`, bytes: Buffer.from(articleText(a)) })),
    ...extra,
  ];
  return writeStoredZip(entries);
}

/** One JSON line per article, its body as "html" (`<p>` per paragraph) or "text" (a line per paragraph). */
export function jsonLinesOf(articles: Article[], body: "html" | "text" = "text"): string {
  return articles.map((a) => JSON.stringify({
    id: a.id, date: a.date, title: a.title, url: `https://example.org/${a.id}`,
    ...(body === "html" ? { html: a.paragraphs.map((p) => `<p>${p}</p>`).join("") } : { text: a.paragraphs.join("\n") }),
  })).join("\n") + "\n";
}

const escapeXml = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/** A WXR item as WordPress writes one: a CDATA body with blank-line paragraphs. */
export function wxrItem(a: Article, postId: number, options: { type?: string; status?: string; gmt?: string } = {}): string {
  return `
    <item>
      <title>${escapeXml(a.title)}</title>
      <link>https://example.org/?p=${postId}</link>
      <pubDate>Mon, 04 Mar 2019 09:00:00 +0000</pubDate>
      <dc:creator><![CDATA[desk]]></dc:creator>
      <content:encoded><![CDATA[${a.paragraphs.join("\n\n")}]]></content:encoded>
      <wp:post_id>${postId}</wp:post_id>
      <wp:post_date><![CDATA[${a.date} 12:00:00]]></wp:post_date>
      <wp:post_date_gmt><![CDATA[${options.gmt ?? `${a.date} 09:00:00`}]]></wp:post_date_gmt>
      <wp:status><![CDATA[${options.status ?? "publish"}]]></wp:status>
      <wp:post_type><![CDATA[${options.type ?? "post"}]]></wp:post_type>
      <wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
    </item>`;
}

export function wxrDocument(items: string[], version = "1.2"): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/${version}/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/${version}/">
  <channel>
    <title>Example</title>
    <wp:wxr_version>${version}</wp:wxr_version>
    ${items.join("\n")}
  </channel>
</rss>
`;
}
