/**
 * A ZIP of an archive folder: the listing `<stem>.jsonl` at the top of the ZIP (or in its one
 * top folder), the article files in the folder `<stem>/` beside it or, when there is none, next to
 * the listing. Unpacked by read-zip.ts, which refuses lying archives and bounds inflation; here
 * its bounds are an archive's (all entries together at most MAX_ARCHIVE_BYTES unpacked).
 */
import { readZip, DEFAULT_ZIP_LIMITS, type ZipEntry } from "../read-zip.js";
import { ImportError } from "../import-error.js";
import { ArchiveCollector, MAX_ARCHIVE_BYTES, MAX_ARTICLE_BYTES, type ArchiveRead, type Side } from "./archive-article.js";
import { ArchiveError, ARCHIVE_ERROR_CODES, type ArchiveErrorCode } from "./archive-error.js";
import { readListed, type FileFound } from "./read-listed.js";

/** A ZIP holds at most 65,535 entries without ZIP64, which read-zip.ts refuses anyway. */
const ZIP_LIMITS = { ...DEFAULT_ZIP_LIMITS, maxUnpacked: MAX_ARCHIVE_BYTES, maxEntries: 65_535 };

function unpack(bytes: Uint8Array, name: string, side: Side): ZipEntry[] {
  try {
    return readZip(bytes, { side, name }, ZIP_LIMITS);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const code = (ARCHIVE_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as ArchiveErrorCode) : "malformed-archive";
    throw new ArchiveError(code, { name, ...(error.params.limit === undefined ? {} : { limit: error.params.limit }) });
  }
}

/** The listing and the folder its files are in: `en.jsonl` + `en/`, at the top or one folder down. */
function findListing(entries: ZipEntry[]): { listing: ZipEntry; folder: string } | null {
  const listings = entries.filter((e) => e.name.endsWith(".jsonl") && e.name.split("/").length <= 2 && !e.name.split("/").some((s) => s.startsWith(".")));
  const withFolder = listings.map((listing) => ({ listing, folder: `${listing.name.slice(0, -".jsonl".length)}/` }))
    .filter(({ folder }) => entries.some((e) => e.name.startsWith(folder)));
  const [best] = withFolder.length > 0 ? withFolder : listings.map((listing) => ({ listing, folder: listing.name.slice(0, listing.name.lastIndexOf("/") + 1) }));
  return best ?? null;
}

export async function readZipArchive(bytes: Uint8Array, name: string, side: Side, today = new Date()): Promise<ArchiveRead> {
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new ArchiveError("archive-file-too-large", { name, limit: MAX_ARCHIVE_BYTES });
  const entries = unpack(bytes, name, side);
  const found = findListing(entries);
  if (!found) throw new ArchiveError("no-listing", { name, detail: "*.jsonl" });
  const byName = new Map(entries.map((e) => [e.name, e.bytes]));
  const collector = new ArchiveCollector(side, name, today);
  await readListed(collector, found.listing.bytes, `${name}/${found.listing.name}`, async (names): Promise<FileFound> => {
    for (const file of names) {
      const data = byName.get(`${found.folder}${file}`);
      if (data === undefined) continue;
      if (data.length > MAX_ARTICLE_BYTES) return { name: `${name}/${found.folder}${file}`, code: "too-large", params: { limit: MAX_ARTICLE_BYTES } };
      return { name: `${name}/${found.folder}${file}`, bytes: data };
    }
    return { name: `${name}/${found.folder}${names[0] ?? ""}`, code: "missing", params: {} };
  });
  return collector.result("zip");
}
