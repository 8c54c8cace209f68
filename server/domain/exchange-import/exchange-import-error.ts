/**
 * The one error of the TMX/XLIFF importer, in the style of import/import-error.ts: a stable code
 * and parameters, never a sentence. The interface turns `exports.import.<code>` into a message in
 * the user's language. Every refusal happens while reading, before anything is written.
 */
import { CodedError } from "../coded-error.js";

export type ExchangeImportErrorCode =
  | "missing"
  | "empty"
  | "too-large"
  | "encoding"
  | "malformed-xml"
  | "entities"
  | "unsupported-format"
  | "wrong-language-pair"
  | "too-many-units"
  | "no-pairs";

export class ExchangeImportError extends CodedError<ExchangeImportErrorCode> {
  override readonly name = "ExchangeImportError";
}
