/**
 * Builds DOCX files and ZIP archives for the importer tests. makeDocx writes a minimal but genuine
 * DOCX (a zip of WordprocessingML parts, through JSZip) so the DOCX importer is tested on a real
 * file rather than a stub. makeZip writes an archive byte by byte from entries whose every header
 * field can be set to a lie (sizes, CRC-32, names, offsets, local header against central
 * directory), and deflatedZeros a deflate stream of any length of zeros in about a thousandth of
 * that length: the material of zip bombs and lying archives, built at test time.
 */
import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** The parts of a minimal DOCX holding `paragraphs`, by part name. */
export function docxParts(paragraphs: string[], extra: Record<string, string> = {}): Record<string, string> {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  return {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": RELS,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ...extra,
  };
}

export async function makeDocx(paragraphs: string[], extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(docxParts(paragraphs, extra))) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** One archive entry as written: `data` is stored as is (already deflated when method is 8). */
export type RawEntry = {
  name: string;
  data: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  /** Declared uncompressed and compressed sizes. */
  size: number;
  compressed: number;
  /** Fields of the local header that differ from the central directory's (the lies between them). */
  local?: Partial<{ name: string; method: number; flags: number; crc: number; size: number; compressed: number }>;
  /** Central directory offset of the local header, instead of where it was written. */
  offset?: number;
  /** Write no local header and data for this entry (its offset points into another's). */
  centralOnly?: boolean;
};

/** An honest entry of `content`, deflated (method 8) or stored (method 0). */
export function rawEntry(name: string, content: Uint8Array | string, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const data = method === 8 ? deflateRawSync(bytes) : bytes;
  return { name, data, method, flags: 0, crc: crc32(bytes), size: bytes.length, compressed: data.length };
}

/** The honest entries of a minimal DOCX. */
export function docxEntries(paragraphs: string[], extra: Record<string, string> = {}): RawEntry[] {
  return Object.entries(docxParts(paragraphs, extra)).map(([name, content]) => rawEntry(name, content));
}

/** The 30-byte local header of `entry` and its name. */
export function localHeader(entry: RawEntry): Buffer {
  const name = Buffer.from(entry.local?.name ?? entry.name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.local?.flags ?? entry.flags, 6);
  header.writeUInt16LE(entry.local?.method ?? entry.method, 8);
  header.writeUInt32LE((entry.local?.crc ?? entry.crc) >>> 0, 14);
  header.writeUInt32LE((entry.local?.compressed ?? entry.compressed) >>> 0, 18);
  header.writeUInt32LE((entry.local?.size ?? entry.size) >>> 0, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

/** A ZIP archive of `entries`, every field as the entries say. `count` overrides the entry count declared at the end. */
export function makeZip(entries: RawEntry[], options: { count?: number } = {}): Buffer {
  const parts: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed >>> 0, 20);
    central.writeUInt32LE(entry.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((entry.offset ?? offset) >>> 0, 42);
    directory.push(central, name);
    if (entry.centralOnly) continue;
    const local = localHeader(entry);
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.count ?? entries.length, 8);
  end.writeUInt16LE(options.count ?? entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

const MB = 1024 * 1024;
let zeroBlock: Buffer | undefined;

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros, about 1 KB per MB: one megabyte
 * of zeros deflated with a full flush (byte-aligned, no shared dictionary) repeated, then an empty
 * final block. `crc` is the CRC-32 of the zeros when asked for (slow for gigabytes).
 */
export function deflatedZeros(megabytes: number, withCrc = false): { data: Buffer; size: number; crc: number } {
  zeroBlock ??= deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([...Array<Buffer>(megabytes).fill(zeroBlock), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  if (withCrc) {
    const zeros = Buffer.alloc(MB);
    for (let k = 0; k < megabytes; k++) crc = crc32(zeros, crc);
  }
  return { data, size: megabytes * MB, crc };
}
