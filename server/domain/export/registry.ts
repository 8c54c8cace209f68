/**
 * Every export format, by its permanent id (the value of `--format` and of the download form).
 * Adding a format touches: its module, one line here, its strings in the exports locale files,
 * and its tests. A retired id is never reused.
 */
import { csv, tsv } from "./tsv.js";
import { jsonl } from "./jsonl.js";
import { moses } from "./moses.js";
import { tmx } from "./tmx.js";
import { xliff } from "./xliff.js";
import { xliff2 } from "./xliff2.js";
import type { Exporter } from "./types.js";

export const EXPORTERS: readonly Exporter[] = [tmx, xliff, xliff2, tsv, csv, jsonl, moses];

export const EXPORT_FORMAT_IDS = EXPORTERS.map((e) => e.id);

export function exporterFor(id: string): Exporter | null {
  return EXPORTERS.find((e) => e.id === id) ?? null;
}
