/**
 * A WordPress export (WXR, the RSS file "Tools → Export" writes, namespace
 * `http://wordpress.org/export/1.2/`, or 1.1 / 1.0): each published post (`wp:post_type` post,
 * `wp:status` publish; attachments, pages, drafts and the rest are left out) is an article: id
 * `wp:post_id`, date from `wp:post_date_gmt` or else `pubDate`, `title`, `link`, and
 * `content:encoded` read by the HTML reader. Parsed by saxes as a stream, a megabyte at a time,
 * never as a tree of the whole file; saxes knows only XML's five entities, and a DOCTYPE that
 * declares more (billion laughs, XXE) refuses the file. A broken XML file is refused whole (its
 * articles would be half read), with the line and column.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { dayOfMetadataDate } from "../../domain/publication-date.js";
import { ArchiveCollector, MAX_ARCHIVE_BYTES, MAX_ARTICLE_BYTES, type ArchiveRead, type Side } from "./archive-article.js";
import { ArchiveError } from "./archive-error.js";

export const WXR_NAMESPACE = /^http:\/\/wordpress\.org\/export\/1\.[012]\/$/u;
const CHUNK_BYTES = 1024 * 1024;
/** Fields of an item other than its body are short; longer text is not kept. */
const MAX_FIELD_CHARS = 10_000;
const FIELDS = new Set(["title", "link", "pubDate", "content:encoded", "wp:post_id", "wp:post_date", "wp:post_date_gmt", "wp:status", "wp:post_type"]);
/** Blocks WordPress leaves alone when it turns blank lines into paragraphs (wpautop). */
const BLOCK_START = /^<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|section|article|!--)[\s>/-]/iu;

type Item = { line: number; fields: Map<string, string>; tooLarge: boolean };

/**
 * Post bodies as WordPress stores them: paragraphs are blank-line separated text, not `<p>`
 * elements (wpautop adds those when the page is shown), so the same is done before the HTML
 * reader sees it; a line break inside a paragraph is a `<br>`, as WordPress shows it.
 */
export function wordpressParagraphs(content: string): string {
  return content.replace(/\r\n?/gu, "\n").split(/\n[ \t]*\n/u).map((chunk) => chunk.trim()).filter((chunk) => chunk !== "")
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/gu, "<br>\n")}</p>`)).join("\n");
}

/** The post's day (YYYY-MM-DD): `wp:post_date_gmt` unless WordPress left it zero (drafts, some imports), else `pubDate`. */
function dayOf(fields: Map<string, string>, today: Date): string {
  const gmt = (fields.get("wp:post_date_gmt") ?? "").trim();
  if (/^\d{4}-\d{2}-\d{2}/u.test(gmt) && !gmt.startsWith("0000")) return gmt.slice(0, 10);
  return dayOfMetadataDate(fields.get("pubDate") ?? "", today) ?? (fields.get("wp:post_date") ?? "").trim().slice(0, 10);
}

export async function readWxr(bytes: Uint8Array, name: string, side: Side, today = new Date()): Promise<ArchiveRead> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name, limit: MAX_ARCHIVE_BYTES });
  const collector = new ArchiveCollector(side, name, today);
  const parser = new SaxesParser({ xmlns: false, position: true });
  const finished: Item[] = [];
  let depth = 0;
  let item: Item | null = null;
  let itemDepth = 0;
  let field: string | null = null;
  let wordpress = false;
  const fail = (reason: string): never => {
    throw new ArchiveError("malformed-xml", { name, line: parser.line, column: parser.column + 1, reason });
  };
  parser.on("error", (error) => fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /u, "")));
  parser.on("doctype", (doctype) => {
    if (doctype.includes("[") || /<!ENTITY/iu.test(doctype)) throw new ArchiveError("entities", { name });
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth++;
    if (depth === 1) wordpress = Object.entries(tag.attributes).some(([key, value]) => key.startsWith("xmlns:") && WXR_NAMESPACE.test(value));
    if (!wordpress) throw new ArchiveError("unknown-format", { name });
    if (tag.name === "item" && item === null) {
      item = { line: parser.line, fields: new Map(), tooLarge: false };
      itemDepth = depth;
    } else if (item !== null && depth === itemDepth + 1 && FIELDS.has(tag.name)) field = tag.name;
  });
  parser.on("closetag", () => {
    if (item !== null && depth === itemDepth) {
      finished.push(item);
      item = null;
    }
    if (item !== null && depth === itemDepth + 1) field = null;
    depth--;
  });
  const text = (t: string) => {
    if (item === null || field === null) return;
    const before = item.fields.get(field) ?? "";
    const limit = field === "content:encoded" ? MAX_ARTICLE_BYTES : MAX_FIELD_CHARS;
    if (before.length + t.length > limit) {
      if (field === "content:encoded") item.tooLarge = true;
      return;
    }
    item.fields.set(field, before + t);
  };
  parser.on("text", text);
  parser.on("cdata", text);

  const decoder = new TextDecoder("utf-8", { fatal: true });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let at = start; at < bytes.length || at === start; at += CHUNK_BYTES) {
    const last = at + CHUNK_BYTES >= bytes.length;
    let chunk: string;
    try {
      chunk = decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: !last });
    } catch {
      throw new ArchiveError("archive-not-utf8", { name });
    }
    parser.write(chunk);
    if (last) parser.close();
    for (const done of finished.splice(0)) await addItem(collector, done, name, today);
    if (last) break;
  }
  if (!wordpress) throw new ArchiveError("unknown-format", { name });
  return collector.result("wxr");
}

async function addItem(collector: ArchiveCollector, item: Item, name: string, today: Date): Promise<void> {
  const get = (key: string) => (item.fields.get(key) ?? "").trim();
  // Only what the site published: attachments, pages, menu items, revisions and drafts are not articles.
  if (get("wp:post_type") !== "post" || get("wp:status") !== "publish") return;
  const where = `${name}:${item.line}`;
  const meta = collector.checkMeta({ id: get("wp:post_id"), date: dayOf(item.fields, today), title: get("title"), url: get("link") }, where);
  if (!meta) return;
  if (item.tooLarge) return collector.fail(where, "too-large", { limit: MAX_ARTICLE_BYTES });
  const html = wordpressParagraphs(item.fields.get("content:encoded") ?? "");
  await collector.add(meta, { name: `${meta.id}.html`, bytes: Buffer.from(html, "utf8"), headlineFirst: false, label: where });
}
