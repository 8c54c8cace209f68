/**
 * What every archive reader gives (the reader contract's types) and the one place that turns what
 * a reader found for an article (its listing data and its file, HTML or text) into a checked
 * ArchiveArticle: the id kept as given but bounded and unique, the date a real calendar day, the
 * title, the url or null, the paragraphs read by the edition importer (read-edition.ts: format,
 * encoding, long paragraphs cut, the language checked). Whatever is wrong with one article becomes
 * one ArchiveFileError and the reader goes on; only the bounds on the whole archive stop it.
 */
import { readEdition } from "../read-edition.js";
import { ImportError } from "../import-error.js";
import { checkPublicationDate } from "../../domain/publication-date.js";
import { dayNumber } from "../../domain/archive/articles.js";
import { ArchiveError } from "./archive-error.js";

export type ArchiveArticle = { id: string; date: string; title: string; url: string | null; paragraphs: string[] };
export type ArchiveFileError = { name: string; code: string; params: Record<string, string | number> };
export type ArchiveFormat = "folder" | "zip" | "wxr" | "jsonl";
export type ArchiveRead = { format: ArchiveFormat; articles: ArchiveArticle[]; errors: ArchiveFileError[] };
export type Side = "en" | "ar";

/** Articles in one archive: ten years of a daily news site is some 40,000; more is not an edition. */
export const MAX_ARTICLES = 100_000;
/** One article's file or body: a story is tens of kilobytes, so a larger one is a stray file, not news. */
export const MAX_ARTICLE_BYTES = 2_000_000;
/**
 * One archive file, or a folder's files together: a WordPress export of years of a news site is a
 * few hundred megabytes; this stays under SQLite's 1 GB limit on a value, where the job keeps it.
 */
export const MAX_ARCHIVE_BYTES = 768 * 1024 * 1024;
/**
 * Bad entries reported before the archive is refused whole: past this many the archive is not an
 * edition with a few bad files but the wrong file (and the list of errors must not grow unbounded).
 */
export const MAX_FILE_ERRORS = 10_000;
/** Ids are kept as the archive gives them; longer than any slug or number a site uses is refused. */
export const MAX_ID_LENGTH = 200;
/** A headline longer than this is cut (a listing that puts the body in "title"). */
export const MAX_TITLE_LENGTH = 1000;
export const MAX_URL_LENGTH = 2048;

const CONTROL = /[\u0000-\u001f\u007f]/u;

/** The codes of read-edition's refusals kept as they are for one article's file (import.archive.<code>). */
const EDITION_CODES = new Set(["empty", "too-large", "binary", "encoding", "wrong-language", "no-paragraphs", "too-many-paragraphs", "malformed-html", "malformed-docx", "word-too-long"]);

/** An article's data as its listing (or its WXR item, or its JSON line) gives it, not yet checked. */
export type ArticleMeta = { id?: unknown; date?: unknown; title?: unknown; url?: unknown };
export type CheckedMeta = { id: string; date: string; title: string | null; url: string | null };
/**
 * The article's body: bytes read by their name's format (`.txt`, `.html`, `.docx`); `<id>.txt`
 * files have their headline on line 1. Errors name `label` (a JSON line, a WXR item) or the file.
 */
export type ArticleFile = { name: string; bytes: Uint8Array; headlineFirst: boolean; label?: string };

/** Collects one archive's articles and its bad files, one by one, within the archive's bounds. */
export class ArchiveCollector {
  readonly articles: ArchiveArticle[] = [];
  readonly errors: ArchiveFileError[] = [];
  private readonly seen = new Set<string>();
  private entries = 0;
  private bytes = 0;

  constructor(
    readonly side: Side,
    /** The archive's own name, for the refusals of the whole. */
    readonly archiveName: string,
    private readonly today = new Date(),
    private readonly limits = { articles: MAX_ARTICLES, errors: MAX_FILE_ERRORS },
  ) {}

  fail(name: string, code: string, params: Record<string, string | number> = {}): void {
    if (this.errors.length >= this.limits.errors) throw new ArchiveError("too-many-errors", { name: this.archiveName, limit: this.limits.errors });
    this.errors.push({ name, code, params });
  }

  /** The entry's id, date, title and url once checked; null (and the error recorded) when unusable. */
  checkMeta(meta: ArticleMeta, where: string, idRule: (id: string) => boolean = () => true): CheckedMeta | null {
    if (++this.entries > this.limits.articles) throw new ArchiveError("too-many-articles", { name: this.archiveName, limit: this.limits.articles });
    const id = typeof meta.id === "number" && Number.isSafeInteger(meta.id) ? String(meta.id) : meta.id;
    if (typeof id !== "string" || id.trim() !== id || id === "" || id.length > MAX_ID_LENGTH || CONTROL.test(id) || !idRule(id)) {
      this.fail(where, "bad-id", { limit: MAX_ID_LENGTH });
      return null;
    }
    if (this.seen.has(id)) {
      this.fail(where, "twice", { id });
      return null;
    }
    this.seen.add(id);
    const date = typeof meta.date === "string" ? meta.date.trim() : "";
    if (dayNumber(date) === null || !checkPublicationDate(date, this.today).ok) {
      this.fail(where, "bad-date", { id });
      return null;
    }
    const title = typeof meta.title === "string" ? meta.title.replace(/\s+/gu, " ").trim().slice(0, MAX_TITLE_LENGTH) : "";
    const url = typeof meta.url === "string" && meta.url.trim() !== "" && meta.url.length <= MAX_URL_LENGTH && !CONTROL.test(meta.url) ? meta.url.trim() : null;
    return { id, date, title: title === "" ? null : title, url };
  }

  /** Counts bytes read towards the archive's bound (a folder's files are read one at a time). */
  countBytes(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name: this.archiveName, limit: MAX_ARCHIVE_BYTES });
  }

  /** Reads the article's file through the edition importer and keeps it, or records why not. */
  async add(meta: CheckedMeta, file: ArticleFile): Promise<void> {
    const where = file.label ?? file.name;
    if (file.bytes.length > MAX_ARTICLE_BYTES) return this.fail(where, "too-large", { limit: MAX_ARTICLE_BYTES });
    let paragraphs: string[];
    try {
      paragraphs = (await readEdition(file.bytes, file.name, this.side)).paragraphs;
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const limit = error.params.limit;
      if (EDITION_CODES.has(error.code)) return this.fail(where, error.code, limit === undefined ? {} : { limit });
      // A DOCX whose ZIP read-zip.ts refuses, or anything else the importer cannot use.
      return this.fail(where, "unreadable", { detail: error.code });
    }
    const headline = file.headlineFirst || meta.title === null ? paragraphs.shift() : undefined;
    if (paragraphs.length === 0) return this.fail(where, "no-paragraphs");
    const title = (headline ?? meta.title ?? "").slice(0, MAX_TITLE_LENGTH);
    this.articles.push({ id: meta.id, date: meta.date, title, url: meta.url, paragraphs });
  }

  result(format: ArchiveFormat): ArchiveRead {
    return { format, articles: this.articles, errors: this.errors };
  }
}
