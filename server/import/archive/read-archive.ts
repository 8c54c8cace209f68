/**
 * The archive readers' one entrance (the reader contract of issue 14): an archive file's bytes are
 * told by their content, not their name — a ZIP by its magic number, a WordPress export by the
 * WXR namespace near its start, JSON lines by an opening `{` — and read by the module for that
 * format; a folder on disk is read with its listing beside it. Anything else, or a file over the
 * archive bound, is refused whole with one ArchiveError; bad articles inside are the read's errors.
 */
import { MAX_ARCHIVE_BYTES, type ArchiveFormat, type ArchiveRead, type Side } from "./archive-article.js";
import { ArchiveError } from "./archive-error.js";
import { readJsonLines } from "./read-jsonl.js";
import { readWxr } from "./read-wxr.js";
import { readZipArchive } from "./read-zip-archive.js";

export type { ArchiveArticle, ArchiveFileError, ArchiveRead } from "./archive-article.js";
export { readArchiveFolder } from "./read-folder.js";

/** How far into the file the WXR namespace is looked for: the `<rss>` element opens the file. */
const SNIFF_BYTES = 64 * 1024;

/** The format of an archive file from its first bytes, or null when it is none of them. */
export function sniffArchiveFormat(bytes: Uint8Array): Exclude<ArchiveFormat, "folder"> | null {
  // "PK\3\4" opens a ZIP with entries, "PK\5\6" an empty one.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))) return "zip";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/u, "").trimStart();
  if (head.startsWith("<")) return /xmlns:[A-Za-z_][\w.-]*\s*=\s*["']http:\/\/wordpress\.org\/export\/1\.[012]\/["']/u.test(head) ? "wxr" : null;
  return head.startsWith("{") ? "jsonl" : null;
}

/** One archive file's bytes (ZIP, WXR or JSON-lines, told by content, not by name). */
export async function readArchiveBytes(file: { name: string; bytes: Uint8Array }, lang: Side): Promise<ArchiveRead> {
  if (file.bytes.length > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name: file.name, limit: MAX_ARCHIVE_BYTES });
  const format = sniffArchiveFormat(file.bytes);
  if (format === "zip") return readZipArchive(file.bytes, file.name, lang);
  if (format === "wxr") return readWxr(file.bytes, file.name, lang);
  if (format === "jsonl") return readJsonLines(file.bytes, file.name, lang);
  throw new ArchiveError("unknown-format", { name: file.name });
}
