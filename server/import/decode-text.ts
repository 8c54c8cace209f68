/**
 * Bytes to text, refusing what is not text: binary files (NUL bytes, many control characters),
 * invalid UTF-8 (a Latin-1 or Windows-1256 file, say) and empty input. UTF-16 with a byte-order
 * mark is decoded, since word processors on Windows save "Unicode text" that way.
 */
import { ImportError } from "./import-error.js";

const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

export function decodeText(bytes: Uint8Array, side: "en" | "ar", name: string): string {
  if (bytes.length === 0) throw new ImportError("empty", { side, name });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0)) throw new ImportError("binary", { side, name });
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError("encoding", { side, name });
    }
  }
  const controls = (text.slice(0, 65536).match(CONTROL) ?? []).length;
  if (controls > 0 && controls / Math.min(text.length, 65536) > 0.01) throw new ImportError("binary", { side, name });
  text = text.replace(/^\uFEFF/u, "").replace(CONTROL, "");
  if (text.trim().length === 0) throw new ImportError("empty", { side, name });
  return text;
}
