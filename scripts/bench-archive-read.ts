/**
 * How fast the archive readers (server/import/archive) read a large edition, format by format:
 * the English side of the pairing development set (../shared/eval-pairing/archive) copied until
 * it has --articles articles (default 10,000), written to a temporary folder as the folder layout,
 * a ZIP of it, a JSON-lines file (html bodies) and a WordPress export, then read back. Prints the
 * size, seconds, articles per second and the process's peak resident memory so far.
 *
 *   node dist/scripts/bench-archive-read.js [--articles 10000] [--set DIR]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../server/paths.js";
import { parseArticleText, type Article } from "../server/domain/archive/articles.js";
import { readArchiveBytes, readArchiveFolder, type ArchiveRead } from "../server/import/archive/read-archive.js";
import { writeStoredZip } from "../server/import/write-stored-zip.js";
import { countOption } from "./count-option.js";

const k = process.argv.indexOf("--set");
const setDir = k >= 0 && process.argv[k + 1] ? (process.argv[k + 1] as string) : join(ROOT, "..", "shared", "eval-pairing");
const wanted = countOption("articles", 10_000);

const base: Article[] = readFileSync(join(setDir, "archive", "en.jsonl"), "utf8").split("\n").filter((l) => l.trim() !== "").map((line) => {
  const { id, date } = JSON.parse(line) as { id: string; date: string };
  const parsed = parseArticleText(readFileSync(join(setDir, "archive", "en", `${id}.txt`), "utf8"));
  return { id, date, title: parsed?.title ?? "", paragraphs: parsed?.paragraphs ?? [] };
});
const articles = Array.from({ length: wanted }, (_, n) => {
  const a = base[n % base.length] as Article;
  return { ...a, id: `${a.id}-${n}` };
});

const escapeXml = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const listing = articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title })).join("\n") + "\n";
const text = (a: Article) => [a.title, ...a.paragraphs].join("\n") + "\n";

const dir = mkdtempSync(join(tmpdir(), "bench-archive-read-"));
try {
  mkdirSync(join(dir, "en"));
  for (const a of articles) writeFileSync(join(dir, "en", `${a.id}.txt`), text(a));
  writeFileSync(join(dir, "en.jsonl"), listing);
  const zip = writeStoredZip([{ name: "en.jsonl", bytes: Buffer.from(listing) }, ...articles.map((a) => ({ name: `en/${a.id}.txt`, bytes: Buffer.from(text(a)) }))]);
  const jsonl = Buffer.from(articles.map((a) => JSON.stringify({ id: a.id, date: a.date, title: a.title, url: null, html: a.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n") })).join("\n") + "\n");
  const wxr = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n` +
    articles.map((a, n) => `<item><title>${escapeXml(a.title)}</title><link>https://example.org/?p=${n}</link><content:encoded><![CDATA[${a.paragraphs.join("\n\n")}]]></content:encoded>` +
      `<wp:post_id>${n + 1}</wp:post_id><wp:post_date_gmt>${a.date} 09:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`).join("\n") +
    "\n</channel></rss>\n");

  const runs: [string, number, () => Promise<ArchiveRead>][] = [
    ["zip (warm-up)", zip.length, () => readArchiveBytes({ name: "en.zip", bytes: zip }, "en")],
    ["folder", Buffer.byteLength(listing) + articles.reduce((sum, a) => sum + Buffer.byteLength(text(a)), 0), () => readArchiveFolder(join(dir, "en"), "en")],
    ["zip", zip.length, () => readArchiveBytes({ name: "en.zip", bytes: zip }, "en")],
    ["jsonl", jsonl.length, () => readArchiveBytes({ name: "en.jsonl", bytes: jsonl }, "en")],
    ["wxr", wxr.length, () => readArchiveBytes({ name: "en.xml", bytes: wxr }, "en")],
  ];
  for (const [format, bytes, read] of runs) {
    const started = process.hrtime.bigint();
    const result = await read();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peak = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`${format}: ${(bytes / 1e6).toFixed(1)} MB, ${result.articles.length} articles, ${result.errors.length} errors, ` +
      `${seconds.toFixed(2)} s, ${Math.round(result.articles.length / seconds)} articles/s, peak RSS so far ${peak.toFixed(0)} MB\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
