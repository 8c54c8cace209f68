/**
 * The real validators the export tests use: xmllint against the schemas in ../shared/schemas
 * (TMX 1.4b DTD, XLIFF 1.2 strict XSD; a missing schema is an explained error, and tests call
 * `sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"])` first, see helpers/shared.ts), and Translate Toolkit through Debian's python3 (never a
 * pyenv python: the Debian package installs its module for /usr/bin/python3 only). Both are
 * installed by scripts/ensure-test-tools.sh.
 */
import { spawnSync } from "node:child_process";
import { sharedOrThrow } from "../../helpers/shared.js";

/** What a test that validates exports needs from the shared folder (helpers/shared.ts). */
export const SCHEMA_PURPOSE = "the TMX 1.4b DTD and the XLIFF 1.2 strict schema that exports are validated against";
export const PYTHON = "/usr/bin/python3";

export type Validation = { ok: boolean; output: string };

export function validateTmx(path: string): Validation {
  const r = spawnSync("xmllint", ["--noout", "--dtdvalid", sharedOrThrow(SCHEMA_PURPOSE, ["schemas", "tmx14.dtd"]), path], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function validateXliff(path: string): Validation {
  const r = spawnSync("xmllint", ["--noout", "--schema", sharedOrThrow(SCHEMA_PURPOSE, ["schemas", "xliff-core-1.2-strict.xsd"]), path], { encoding: "utf8" });
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
