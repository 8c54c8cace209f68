/**
 * The findings grid as a report: a CSV file (every finding the grid's filter matches, streamed in
 * chunks of CSV_CHUNK rows so a large corpus never sits in memory, RFC 4180 quoting, cells that
 * would start a spreadsheet formula defused with a leading apostrophe: domain/export/escape.ts)
 * and the lines of a printable page (the first PRINT_LIMIT, in the grid's order).
 */
import type { Writable } from "node:stream";
import { once } from "node:events";
import type { Store } from "../store/types.js";
import { delimitedField } from "../domain/export/escape.js";
import { gridLines, storeQuery, type GridFilter, type GridLine } from "./findings-view.js";

export const CSV_CHUNK = 500;
export const PRINT_LIMIT = 1000;

type Translate = (key: string, params?: Record<string, unknown>) => string;

const COLUMNS = ["document", "documentId", "row", "side", "check", "severity", "status", "text", "suggestion", "message", "sentence", "english", "arabic", "by", "at", "link"] as const;

function sentenceOf(line: GridLine): string {
  if (!line.context) return line.excerpt;
  const c = line.context;
  return `${c.cutBefore ? "…" : ""}${c.before}${c.span}${c.after}${c.cutAfter ? "…" : ""}`;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => delimitedField(c, ",")).join(",")}\r\n`;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** Writes the CSV report of `filter` (every page of it) to `out`, header in the reader's language; resolves with the number of findings. */
export async function writeFindingsCsv(store: Store, filter: GridFilter, t: Translate, lang: string, out: Writable, origin = ""): Promise<number> {
  await write(out, csvLine(COLUMNS.map((c) => t(`grid.csv.${c}`))));
  let written = 0;
  for (let offset = 0; ; offset += CSV_CHUNK) {
    const rows = store.listGridFindings(storeQuery(filter, CSV_CHUNK, offset));
    if (rows.length === 0) break;
    let chunk = "";
    for (const line of gridLines(store, rows, t, lang)) {
      chunk += csvLine([
        line.documentTitle, String(line.documentId), line.row === null ? "" : String(line.row), line.side, line.checkName, line.severityLabel, line.statusLabel,
        line.excerpt, line.suggestion ?? "", line.message, sentenceOf(line), line.en, line.ar, line.user ?? "", line.at ?? "", `${origin}${line.href}`,
      ]);
    }
    written += rows.length;
    await write(out, chunk);
    if (rows.length < CSV_CHUNK) break;
  }
  return written;
}

/** The printable report: the first PRINT_LIMIT lines of `filter` and how many match in all. */
export function printableReport(store: Store, filter: GridFilter, t: Translate, lang: string): { lines: GridLine[]; total: number; shown: number; more: boolean } {
  const total = store.countGridFindings(storeQuery(filter, 0, 0));
  const lines: GridLine[] = [];
  for (let offset = 0; offset < Math.min(total, PRINT_LIMIT); offset += CSV_CHUNK) {
    lines.push(...gridLines(store, store.listGridFindings(storeQuery(filter, Math.min(CSV_CHUNK, PRINT_LIMIT - offset), offset)), t, lang));
  }
  return { lines, total, shown: lines.length, more: total > lines.length };
}
