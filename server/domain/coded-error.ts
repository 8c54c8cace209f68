/**
 * The shape every refusal of mizan's readers and writers shares: a stable code and parameters,
 * never a finished sentence. The interface turns the code into a message in the user's language
 * (errors.import.<code>, exports.import.<code>, exports.errors.<code>), on the command line and in
 * the browser alike.
 */
export class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly params: Record<string, string | number>;

  constructor(code: Code, params: Record<string, string | number> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.code = code;
    this.params = params;
  }
}
