/**
 * DOCX to paragraphs: mammoth (a well-kept converter) turns the document into simple HTML, which
 * read-html.ts then reads like any other page. The upload itself never reaches mammoth: read-zip.ts
 * inflates and checks every part first (zip bombs and archives that lie about their sizes are
 * refused there, having inflated no more than they declared), and mammoth reads a fresh archive
 * written from those checked parts. Images are never read: the paragraphs are all we keep.
 */
import mammoth from "mammoth";
import { ImportError } from "./import-error.js";
import { readHtml } from "./read-html.js";
import { readZip } from "./read-zip.js";
import { writeStoredZip } from "./write-stored-zip.js";

const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

export async function readDocx(bytes: Uint8Array, side: "en" | "ar", name: string): Promise<string[]> {
  let honest: Buffer;
  try {
    honest = writeStoredZip(readZip(bytes, { side, name }));
  } catch (error) {
    // For a DOCX, "not a readable archive" reads better as "not a readable Word document".
    if (error instanceof ImportError && error.code === "malformed-archive") throw new ImportError("malformed-docx", { side, name });
    throw error;
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: honest }, { convertImage: NO_IMAGES });
    html = result.value;
  } catch {
    throw new ImportError("malformed-docx", { side, name });
  }
  return readHtml(html, side, name);
}
