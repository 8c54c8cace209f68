/**
 * The refusal of a whole archive (not one of its files): not a format the readers know, larger
 * than the bounds, a broken ZIP or XML, a folder without its listing. One coded error, never a
 * sentence: `import.archive.<code>` in the locale files says it in English and Arabic. A bad file
 * inside a readable archive is not an ArchiveError but an ArchiveFileError in the read's `errors`.
 */
import { CodedError } from "../../domain/coded-error.js";

export const ARCHIVE_ERROR_CODES = [
  "unknown-format",
  "archive-file-too-large",
  "too-many-articles",
  "too-many-errors",
  "no-listing",
  "malformed-xml",
  "entities",
  "archive-not-utf8",
  // A ZIP that read-zip.ts refuses: broken, lying about its contents, a bomb, hostile names.
  "malformed-archive",
  "archive-lies",
  "archive-too-large",
  "archive-ratio",
  "archive-entries",
  "archive-entry-name",
] as const;

export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export class ArchiveError extends CodedError<ArchiveErrorCode> {
  override readonly name = "ArchiveError";
}
