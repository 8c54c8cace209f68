/**
 * DOCX to paragraphs: mammoth (a well-kept converter) turns the document into simple HTML, which
 * read-html.ts then reads like any other page. Archives whose unpacked size is out of proportion
 * (zip bombs) are refused before anything is unpacked.
 */
import mammoth from "mammoth";
import { ImportError } from "./import-error.js";
import { readHtml } from "./read-html.js";
import { checkZipSizes } from "./check-zip.js";

export async function readDocx(bytes: Uint8Array, side: "en" | "ar", name: string): Promise<string[]> {
  checkZipSizes(bytes, side, name);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch {
    throw new ImportError("malformed-docx", { side, name });
  }
  return readHtml(html, side, name);
}
