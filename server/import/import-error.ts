/**
 * The one error type of the importers. It carries a stable code and parameters, never a finished
 * sentence: the interface turns `errors.import.<code>` into a message in the user's language, so
 * the same failure reads right in English and in Arabic, on the command line and in the browser.
 */
import { CodedError } from "../domain/coded-error.js";

export type ImportErrorCode =
  | "missing"
  | "empty"
  | "too-large"
  | "binary"
  | "encoding"
  | "wrong-language"
  | "swapped-languages"
  | "no-paragraphs"
  | "too-many-paragraphs"
  | "malformed-html"
  | "malformed-docx"
  | "unsupported-format"
  // Archives (read-zip.ts): broken, lying about their contents, too large unpacked, bombs, hostile names.
  | "malformed-archive"
  | "archive-lies"
  | "archive-too-large"
  | "archive-ratio"
  | "archive-entries"
  | "archive-entry-name"
  // A paragraph longer than the limit with no space to cut it at.
  | "word-too-long"
  // A publication date typed on the form that is no calendar day, or more than a year ahead.
  | "bad-date"
  | "future-date"
  // An import's preview (services/import-preview.ts) that does not exist, has expired, or is someone else's.
  | "preview-missing"
  | "preview-expired"
  | "preview-not-yours";

export class ImportError extends CodedError<ImportErrorCode> {
  override readonly name = "ImportError";
}
