/**
 * A ZIP reader that believes nothing the archive says until it has checked it: the defence against
 * zip bombs and lying archives in DOCX uploads (and in any archive an importer reads later).
 *
 * A ZIP declares each entry's sizes and checksum twice, in its local header and in the central
 * directory; a converter that trusts them (JSZip, inside mammoth) inflates whatever the deflate
 * stream really holds: a 1.5 MB entry that says "1 KB" inflates to 1.5 GB. Here every entry is
 * inflated by node:zlib at its local-header offset with `maxOutputLength` set to the size it
 * declares, so no entry can produce one byte more than was declared, and the declared sizes are
 * capped before anything is inflated. An archive is refused when:
 * - the declared sizes add up to more than `maxUnpacked`, or an entry's declared ratio is absurd;
 * - it has more than `maxEntries` entries, or an entry name is unsafe (absolute, `..`, backslash,
 *   control characters, too long) or repeated;
 * - its central directory and local headers disagree, entries overlap, or an entry's real size or
 *   CRC-32 differs from the declared ones (a lying archive);
 * - it is encrypted, multi-disk, ZIP64, uses a method other than stored or deflate, or is broken.
 * Only then are the entries' bytes returned. Refusals are ImportErrors whose parameters are the
 * caller's (`side`, `name`), so the message names the file.
 */
import { crc32, inflateRawSync } from "node:zlib";
import { ImportError, type ImportErrorCode } from "./import-error.js";

export type ZipLimits = {
  /** Most bytes all entries together may inflate to. */
  maxUnpacked: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio allowed for an entry larger than `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
  /** Longest entry name, in bytes. */
  maxNameBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUnpacked: 100 * 1024 * 1024,
  maxEntries: 2000,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
  maxNameBytes: 1024,
};

export type ZipEntry = { name: string; bytes: Uint8Array };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;

/** What the central directory declares about one entry. */
type Declared = {
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
};

/** Entries of the archive, each inflated and checked against what it declares; directories left out. */
export function readZip(bytes: Uint8Array, params: Record<string, string | number>, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const refuse = (code: ImportErrorCode, extra: Record<string, string | number> = {}): never => {
    throw new ImportError(code, { ...params, ...extra });
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { declared, directoryOffset } = readCentralDirectory(bytes, view, limits, refuse);
  const spans = declared.map((entry) => checkLocalHeader(bytes, view, entry, directoryOffset, refuse));
  checkNoOverlap(spans, refuse);
  const entries: ZipEntry[] = [];
  declared.forEach((entry, k) => {
    const span = spans[k] ?? { header: 0, data: 0, end: 0 };
    const data = inflateEntry(bytes.subarray(span.data, span.end), entry, refuse);
    if (!entry.name.endsWith("/")) entries.push({ name: entry.name, bytes: data });
  });
  return entries;
}

/** Where an entry sits: its local header, its data, and the end of its data. */
type Span = { header: number; data: number; end: number };

type Refuse = (code: ImportErrorCode, extra?: Record<string, string | number>) => never;

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView, refuse: Refuse): number {
  // The record is the last thing in the file, followed only by its own comment (at most 65,535 bytes).
  for (let k = bytes.length - EOCD_LENGTH; k >= Math.max(0, bytes.length - EOCD_LENGTH - 0xffff); k--) {
    if (view.getUint32(k, true) === EOCD_SIGNATURE && k + EOCD_LENGTH + view.getUint16(k + 20, true) === bytes.length) return k;
  }
  return refuse("malformed-archive");
}

function readCentralDirectory(bytes: Uint8Array, view: DataView, limits: ZipLimits, refuse: Refuse): { declared: Declared[]; directoryOffset: number } {
  const eocd = findEndOfCentralDirectory(bytes, view, refuse);
  const count = view.getUint16(eocd + 10, true);
  if (count > limits.maxEntries) refuse("archive-entries", { limit: limits.maxEntries });
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // One disk, the same count on it as in all, and the directory right before this record (no ZIP64).
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || view.getUint16(eocd + 8, true) !== count) refuse("malformed-archive");
  if (directoryOffset + directorySize !== eocd) refuse("malformed-archive");

  const entries: Declared[] = [];
  const seen = new Set<string>();
  let unpacked = 0;
  let at = directoryOffset;
  for (let e = 0; e < count; e++) {
    if (at + CENTRAL_LENGTH > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) refuse("malformed-archive");
    const nameLength = view.getUint16(at + 28, true);
    const end = at + CENTRAL_LENGTH + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (end > eocd || view.getUint16(at + 34, true) !== 0) refuse("malformed-archive");
    const nameBytes = bytes.subarray(at + CENTRAL_LENGTH, at + CENTRAL_LENGTH + nameLength);
    const entry: Declared = {
      name: checkName(nameBytes, limits, seen, refuse),
      nameBytes,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.flags & FLAG_ENCRYPTED || (entry.method !== STORED && entry.method !== DEFLATED)) refuse("malformed-archive");
    // Declared sizes first: what is refused here is never inflated (0xFFFFFFFF, ZIP64's marker, is too large too).
    unpacked += entry.size;
    if (unpacked > limits.maxUnpacked) refuse("archive-too-large", { limit: limits.maxUnpacked });
    if (entry.size > limits.ratioFloor && entry.size > entry.compressed * limits.maxRatio) refuse("archive-ratio", { limit: limits.maxRatio });
    entries.push(entry);
    at = end;
  }
  if (at !== eocd) refuse("malformed-archive");
  return { declared: entries, directoryOffset };
}

/** The name as text, refused when it could escape a folder, hide a character or repeat another. */
function checkName(nameBytes: Uint8Array, limits: ZipLimits, seen: Set<string>, refuse: Refuse): string {
  if (nameBytes.length === 0 || nameBytes.length > limits.maxNameBytes) refuse("archive-entry-name");
  let name = "";
  try {
    // Names without the UTF-8 flag are meant as CP437, but every tool that matters writes ASCII or
    // UTF-8 there; anything else is refused rather than guessed.
    name = new TextDecoder("utf-8", { fatal: true }).decode(nameBytes);
  } catch {
    refuse("archive-entry-name");
  }
  const segments = name.replace(/\/$/u, "").split("/");
  const unsafe =
    /[\u0000-\u001f\u007f\\]/u.test(name) || name.startsWith("/") || /^[a-zA-Z]:/u.test(name) ||
    segments.some((s) => s === "" || s === "." || s === "..");
  // Part names in a DOCX (OPC) are compared without regard to case: two that differ only in case are one part twice.
  const key = name.normalize("NFC").toLowerCase();
  if (unsafe || seen.has(key)) refuse("archive-entry-name");
  seen.add(key);
  return name;
}

/** Where the entry sits, once its local header agrees with the central directory. */
function checkLocalHeader(bytes: Uint8Array, view: DataView, entry: Declared, directoryOffset: number, refuse: Refuse): Span {
  const at = entry.localOffset;
  if (at + LOCAL_LENGTH > directoryOffset || view.getUint32(at, true) !== LOCAL_SIGNATURE) refuse("archive-lies");
  const flags = view.getUint16(at + 6, true);
  const nameLength = view.getUint16(at + 26, true);
  const start = at + LOCAL_LENGTH + nameLength + view.getUint16(at + 28, true);
  const end = start + entry.compressed;
  if (end > directoryOffset) refuse("archive-lies");
  const localName = bytes.subarray(at + LOCAL_LENGTH, at + LOCAL_LENGTH + nameLength);
  const sameName = localName.length === entry.nameBytes.length && localName.every((b, k) => b === entry.nameBytes[k]);
  // With a data descriptor (flag bit 3) the local header may leave CRC and sizes at zero.
  const agrees = (offset: number, value: number) => {
    const local = view.getUint32(at + offset, true);
    return local === value || ((flags & FLAG_DATA_DESCRIPTOR) !== 0 && local === 0);
  };
  const same =
    sameName && (flags & ~FLAG_UTF8) === (entry.flags & ~FLAG_UTF8) && view.getUint16(at + 8, true) === entry.method &&
    agrees(14, entry.crc) && agrees(18, entry.compressed) && agrees(22, entry.size);
  if (!same) refuse("archive-lies");
  return { header: at, data: start, end };
}

/** Two entries sharing bytes (the overlapping-files zip bomb) are refused. */
function checkNoOverlap(spans: Span[], refuse: Refuse): void {
  const sorted = [...spans].sort((a, b) => a.header - b.header);
  for (let k = 1; k < sorted.length; k++) {
    if ((sorted[k]?.header ?? 0) < (sorted[k - 1]?.end ?? 0)) refuse("archive-lies");
  }
}

/** Inflates at most the declared size; more, less or another CRC-32 means the archive lies. */
function inflateEntry(data: Uint8Array, entry: Declared, refuse: Refuse): Uint8Array {
  let out: Uint8Array;
  if (entry.method === STORED) {
    if (entry.compressed !== entry.size) refuse("archive-lies");
    out = Uint8Array.from(data);
  } else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      // RangeError: the stream holds more than it declares. Anything else: a broken deflate stream.
      return refuse(error instanceof RangeError ? "archive-lies" : "malformed-archive");
    }
  }
  if (out.length !== entry.size || crc32(out) !== entry.crc) refuse("archive-lies");
  return out;
}
