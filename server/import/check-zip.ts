/**
 * Reads a ZIP archive's central directory (without unpacking anything) and refuses archives that
 * would unpack to more than MAX_UNPACKED bytes or with a compression ratio no document has: the
 * defence against zip bombs in DOCX uploads.
 */
import { ImportError } from "./import-error.js";

export const MAX_UNPACKED = 100 * 1024 * 1024;
const MAX_RATIO = 200;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export function checkZipSizes(bytes: Uint8Array, side: "en" | "ar", name: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 65535); k--) {
    if (view.getUint32(k, true) === EOCD_SIGNATURE) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) throw new ImportError("malformed-docx", { side, name });
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let unpacked = 0;
  for (let e = 0; e < entries; e++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ImportError("malformed-docx", { side, name });
    }
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportError("too-large", { side, name, limit: MAX_UNPACKED });
    unpacked += size;
    if (unpacked > MAX_UNPACKED || (compressed > 0 && size / compressed > MAX_RATIO && size > 1024 * 1024)) {
      throw new ImportError("too-large", { side, name, limit: MAX_UNPACKED });
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
