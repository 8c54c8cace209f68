/**
 * The real validators the export tests use: xmllint against the schemas in ../shared/schemas
 * (TMX 1.4b DTD, XLIFF 1.2 strict XSD), and Translate Toolkit through Debian's python3 (never a
 * pyenv python: the Debian package installs its module for /usr/bin/python3 only). Both are
 * installed by scripts/ensure-test-tools.sh.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../../../server/paths.js";

export const SCHEMAS = join(ROOT, "..", "shared", "schemas");
export const PYTHON = "/usr/bin/python3";

export type Validation = { ok: boolean; output: string };

export function validateTmx(path: string): Validation {
  const r = spawnSync("xmllint", ["--noout", "--dtdvalid", join(SCHEMAS, "tmx14.dtd"), path], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function validateXliff(path: string): Validation {
  const r = spawnSync("xmllint", ["--noout", "--schema", join(SCHEMAS, "xliff-core-1.2-strict.xsd"), path], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const READ_UNITS = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    store = (tmx.tmxfile if kind == "tmx" else xliff.xlifffile).parsefile(f)
units = [u for u in store.units if not u.isheader()]
print(json.dumps([{"source": u.source or "", "target": u.target or "", "notes": u.getnotes() or ""} for u in units], ensure_ascii=False))
`;

export type ToolkitUnit = { source: string; target: string; notes: string };

/** The units Translate Toolkit reads from a TMX or XLIFF file. */
export function readWithTranslateToolkit(kind: "tmx" | "xliff", path: string): ToolkitUnit[] {
  const r = spawnSync(PYTHON, ["-c", READ_UNITS, kind, path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`Translate Toolkit failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ToolkitUnit[];
}
