/**
 * The one error of the TMX/XLIFF importer, in the style of import/import-error.ts: a stable code
 * and parameters, never a sentence. The interface turns `exports.import.<code>` into a message in
 * the user's language. Every refusal happens while reading, before anything is written.
 */
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

export class ExchangeImportError extends Error {
  readonly code: ExchangeImportErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ExchangeImportErrorCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "ExchangeImportError";
    this.code = code;
    this.params = params;
  }
}
