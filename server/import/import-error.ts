/**
 * The one error type of the importers. It carries a stable code and parameters, never a finished
 * sentence: the interface turns `errors.import.<code>` into a message in the user's language, so
 * the same failure reads right in English and in Arabic, on the command line and in the browser.
 */
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
  | "unsupported-format";

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ImportErrorCode, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "ImportError";
    this.code = code;
    this.params = params;
  }
}
