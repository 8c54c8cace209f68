/**
 * A refusal the command line explains in one sentence (a damaged backup, a missing user): printed
 * as it is, without a stack trace, with exit code 2. Anything else reaching the top is a bug.
 */
export class CliError extends Error {
  override readonly name = "CliError";
}
