/**
 * The English language model for the checks: the compact trigram file that
 * scripts/build-language-model.ts makes at install time from Debian's pocketsphinx-en-us (CMU's
 * US-English model), read once per process and handed to the checks through their context. When
 * the file is absent or unreadable the checks run without it (the real-word check then keeps to
 * its grammar rules), and `languageModelStatus()` says why, for a one-line notice.
 *
 * Where: MIZAN_LANGUAGE_MODEL when set; else the data folder beside the database (data/ by
 * default); else the project's own data/ folder (where the install step writes it).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { databasePath } from "../config.js";
import { ROOT } from "../paths.js";
import { NgramModel } from "../domain/checks/language-model/ngram-model.js";

export const MODEL_FILE = "en-us-trigram.mzlm";
/** Where Debian's pocketsphinx-en-us puts CMU's US-English trigram model. */
export const SPHINX_EN_US = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin";

/** Where the build step writes the model by default: the project's data folder. */
export function defaultModelPath(): string {
  return join(ROOT, "data", MODEL_FILE);
}

/** The candidate paths, in the order they are tried. */
export function modelPaths(): string[] {
  const explicit = process.env.MIZAN_LANGUAGE_MODEL;
  if (explicit) return [explicit];
  return [...new Set([resolve(dirname(databasePath()), MODEL_FILE), defaultModelPath()])];
}

type Loaded = { model: NgramModel | null; path: string | null; problem: string | null };
let loaded: Loaded | undefined;

function load(): Loaded {
  const paths = modelPaths();
  const path = paths.find((p) => existsSync(p));
  if (!path) return { model: null, path: null, problem: `no language model at ${paths.join(" or ")}` };
  try {
    return { model: NgramModel.fromBytes(readFileSync(path)), path, problem: null };
  } catch (error) {
    return { model: null, path, problem: `${path}: ${(error as Error).message}` };
  }
}

/** The model, loaded on first use; null when there is none (the checks then do without). */
export function languageModel(): NgramModel | null {
  loaded ??= load();
  return loaded.model;
}

/** Where the model came from, or why there is none (after the first `languageModel()` call). */
export function languageModelStatus(): { path: string | null; problem: string | null } {
  loaded ??= load();
  return { path: loaded.path, problem: loaded.problem };
}
