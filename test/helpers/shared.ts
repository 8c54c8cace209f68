/**
 * The folder beside the clone that tests read but the repository does not hold: `../shared`, with
 * the development sets (eval/cases: article pairs with gold alignments) and the TMX/XLIFF schemas
 * (schemas/). CI always has it; a developer's clone may not. Every test that reads it goes through
 * `sharedOrSkip`, so its absence is never silent: under CI (CI=true) the test fails with a sentence
 * that says what is missing and why the test needs it; elsewhere the test is skipped with the same
 * sentence printed loudly. MIZAN_SHARED_DIR points the tests at another folder (the helper's own
 * test points it at one that does not exist).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";

/** The shared folder: MIZAN_SHARED_DIR, else `shared` beside the repository. */
export function sharedRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.MIZAN_SHARED_DIR || join(ROOT, "..", "shared");
}

/** Under CI a missing shared folder is a failure, not a skip. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
}

/** A path inside the shared folder (whether or not it exists). */
export function sharedPath(...parts: string[]): string {
  return join(sharedRoot(), ...parts);
}

export class SharedMissing extends Error {}

/** The sentence that says what is missing and what for; null when it is there. */
export function explainMissing(path: string, purpose: string): string | null {
  if (existsSync(path)) return null;
  return `${path} is missing: this test needs ${purpose}. It lives in the shared folder beside the clone ` +
    `(../shared, or the folder MIZAN_SHARED_DIR names), which CI always has; put it there to run this test.`;
}

type Skippable = { skip(): void };

/**
 * The path of `parts` inside the shared folder, for a test or hook (`this`) that needs it for
 * `purpose`. Missing: throws SharedMissing under CI; otherwise prints the reason and skips.
 */
export function sharedOrSkip(context: Skippable, purpose: string, parts: string[], env: NodeJS.ProcessEnv = process.env): string {
  const path = join(sharedRoot(env), ...parts);
  const reason = explainMissing(path, purpose);
  if (reason === null) return path;
  if (inCi(env)) throw new SharedMissing(`${reason} (CI is set, so this is a failure, not a skip)`);
  console.warn(`\n  !!! SKIPPED: ${reason}\n`);
  context.skip();
  throw new SharedMissing(reason); // not reached: skip() ends the test
}

/** For code that has no test context (validators): a missing shared file is always an explained error. */
export function sharedOrThrow(purpose: string, parts: string[]): string {
  const path = sharedPath(...parts);
  const reason = explainMissing(path, purpose);
  if (reason !== null) throw new SharedMissing(reason);
  return path;
}
