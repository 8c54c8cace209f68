/**
 * One edition of an article (the English or the Arabic side) from an uploaded or local file:
 * detects the format (plain text, HTML, DOCX), extracts the paragraphs, and refuses with an
 * ImportError whatever cannot be an edition in that language: too large, empty, binary, not UTF-8,
 * no paragraphs, or written in the other language. A paragraph longer than an editor may type
 * (MAX_PARAGRAPH_LENGTH) is cut at sentence ends into several, so nothing of the file is lost; the
 * pieces are named (`cut`) for the import's preview. An HTML page also gives the publication date
 * its metadata carries, if any.
 */
import { ImportError } from "./import-error.js";
import { decodeText } from "./decode-text.js";
import { splitParagraphs } from "../domain/segment/split-paragraphs.js";
import { countScripts } from "../domain/segment/script-of.js";
import { capParagraphLength } from "../domain/segment/cap-paragraph-length.js";
import { MAX_PARAGRAPH_LENGTH } from "../domain/segment/limits.js";
import type { FoundDate } from "../domain/publication-date.js";

export type EditionFormat = "text" | "html" | "docx";
export type Edition = {
  paragraphs: string[];
  format: EditionFormat;
  /** Positions (0-based, in `paragraphs`) of the pieces of a paragraph that was too long and was cut. */
  cut: number[];
  /** The publication date the file's own metadata gives (HTML only), or null. */
  published: FoundDate | null;
};

/** Largest file accepted for one edition: a long article is well under 1 MB of text. */
export const MAX_EDITION_BYTES = 10 * 1024 * 1024;
export const MAX_PARAGRAPHS = 2000;

export function detectFormat(bytes: Uint8Array, name: string): EditionFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return "html";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "docx";
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("utf8").trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(?:p|div|article|body|h[1-6])[\s>]/u.test(head)) return "html";
  return "text";
}

/** Letters of the expected script must be the majority: an English file that is mostly Arabic is refused. */
export function checkLanguage(paragraphs: string[], side: "en" | "ar", name: string): void {
  // The opening of every paragraph is enough to tell the language, and cheap for long files.
  const counts = countScripts(paragraphs.map((p) => (p.length > 300 ? p.slice(0, 300) : p)).join(" "));
  const letters = counts.latin + counts.arabic + counts.other;
  if (letters === 0) throw new ImportError("no-paragraphs", { side, name });
  const expected = side === "en" ? counts.latin : counts.arabic;
  if (expected / letters < 0.5) throw new ImportError("wrong-language", { side, name });
}

export async function readEdition(bytes: Uint8Array, name: string, side: "en" | "ar"): Promise<Edition> {
  if (bytes.length > MAX_EDITION_BYTES) throw new ImportError("too-large", { side, name, limit: MAX_EDITION_BYTES });
  if (bytes.length === 0) throw new ImportError("empty", { side, name });
  const format = detectFormat(bytes, name);
  // The HTML and DOCX readers (and their parsers) load only when such a file arrives.
  const page =
    format === "docx" ? { paragraphs: await (await import("./read-docx.js")).readDocx(bytes, side, name), published: null }
    : format === "html" ? (await import("./read-html.js")).readHtmlPage(decodeText(bytes, side, name), side, name)
    : { paragraphs: splitParagraphs(decodeText(bytes, side, name)), published: null };
  const { paragraphs, cut } = capAndMark(page.paragraphs, side, name);
  if (paragraphs.length === 0) throw new ImportError("no-paragraphs", { side, name });
  if (paragraphs.length > MAX_PARAGRAPHS) throw new ImportError("too-many-paragraphs", { side, name, limit: MAX_PARAGRAPHS });
  checkLanguage(paragraphs, side, name);
  return { paragraphs, format, cut, published: page.published };
}

/** Paragraphs within MAX_PARAGRAPH_LENGTH, and the positions of the pieces of those that had to be cut. */
function capAndMark(extracted: string[], side: "en" | "ar", name: string): { paragraphs: string[]; cut: number[] } {
  const paragraphs: string[] = [];
  const cut: number[] = [];
  for (const paragraph of extracted) {
    if (paragraph.length <= MAX_PARAGRAPH_LENGTH) {
      paragraphs.push(paragraph);
      continue;
    }
    const capped = capParagraphLength([paragraph], MAX_PARAGRAPH_LENGTH);
    if (!capped.ok) throw new ImportError("word-too-long", { side, name, limit: MAX_PARAGRAPH_LENGTH });
    for (const piece of capped.paragraphs) {
      cut.push(paragraphs.length);
      paragraphs.push(piece);
    }
  }
  return { paragraphs, cut };
}

/** Both editions; names the swap when the English is Arabic and the Arabic is English. */
export async function readEditionPair(
  en: { bytes: Uint8Array; name: string },
  ar: { bytes: Uint8Array; name: string },
): Promise<{ en: Edition; ar: Edition }> {
  const results = await Promise.allSettled([readEdition(en.bytes, en.name, "en"), readEdition(ar.bytes, ar.name, "ar")]);
  const [enResult, arResult] = results;
  if (enResult?.status === "fulfilled" && arResult?.status === "fulfilled") return { en: enResult.value, ar: arResult.value };
  const enError = enResult?.status === "rejected" ? enResult.reason : null;
  const arError = arResult?.status === "rejected" ? arResult.reason : null;
  if (enError instanceof ImportError && arError instanceof ImportError && enError.code === "wrong-language" && arError.code === "wrong-language") {
    throw new ImportError("swapped-languages", { en: en.name, ar: ar.name });
  }
  throw enError ?? arError;
}
