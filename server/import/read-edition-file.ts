/**
 * Reads an edition from a local path for the command line, with the same checks as an upload.
 */
import { readFileSync, statSync, existsSync } from "node:fs";
import { basename } from "node:path";
import { ImportError } from "./import-error.js";
import { MAX_EDITION_BYTES } from "./read-edition.js";

export function readLocalFile(path: string, side: "en" | "ar"): { bytes: Uint8Array; name: string } {
  const name = basename(path);
  if (!existsSync(path) || !statSync(path).isFile()) throw new ImportError("missing", { side, name: path });
  if (statSync(path).size > MAX_EDITION_BYTES) throw new ImportError("too-large", { side, name, limit: MAX_EDITION_BYTES });
  return { bytes: readFileSync(path), name };
}
