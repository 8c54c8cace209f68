/**
 * Who made an export: mizan and its version (from package.json), written into the headers of
 * TMX and XLIFF files by the command line and the web alike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.js";

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version?: string }).version ?? "0";
  } catch {
    return "0";
  }
}

export const TOOL = { name: "mizan", version: readVersion() };
