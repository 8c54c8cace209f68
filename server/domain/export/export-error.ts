/**
 * The error of export choices that cannot be honoured (an unknown format, a date that is not a
 * date, a score outside 0–1 …). Like ImportError it carries a code and parameters, never a
 * sentence: the command line and the download page turn `exports.errors.<code>` into a message in
 * the user's language.
 */
import { CodedError } from "../coded-error.js";

export type ExportErrorCode = "unknown-format" | "bad-date" | "bad-score" | "bad-documents" | "bad-choice" | "bad-out"
  | "out-is-database" | "out-not-file" | "stdout-two-files";

export class ExportError extends CodedError<ExportErrorCode> {
  override readonly name = "ExportError";
}
