/**
 * The user's export choices, parsed and checked once from strings (command-line options or the
 * download form's query), so both interfaces accept and refuse exactly the same things.
 */
import { ExportError } from "./export-error.js";
import { exporterFor } from "./registry.js";
import type { Exporter, Granularity } from "./types.js";
import { EXPORT_MIN_SCORE } from "../align/score-bands.js";

export type OneSidedPolicy = "skip" | "empty";

export type ExportChoices = {
  exporter: Exporter;
  status: "confirmed" | "all";
  /** Rejected pairs too (they are never exported unless asked; their status says "rejected"). */
  includeRejected: boolean;
  minScore?: number;
  documentIds?: number[];
  since?: string;
  until?: string;
  /** Leave out pairs with open findings (counted in the report). */
  withoutOpenFindings: boolean;
  granularity: Granularity;
  oneSided: OneSidedPolicy;
  /** Pairs whose paragraphs are all boilerplate (appeals, "read also", bylines) too; left out (counted) by default. */
  includeBoilerplate: boolean;
  bom: boolean;
};

export type RawChoices = {
  format?: string; status?: string; rejected?: string; minScore?: string; documents?: string; since?: string; until?: string;
  findings?: string; granularity?: string; oneSided?: string; boilerplate?: string; bom?: boolean | string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function parseDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined || value === "") return undefined;
  const valid = ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new ExportError("bad-date", { option, value });
  return value;
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined || value === "") return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new ExportError("bad-choice", { option, value, allowed: allowed.join(", ") });
  return value as T;
}

export function parseChoices(raw: RawChoices): ExportChoices {
  const exporter = exporterFor(raw.format ?? "");
  if (!exporter) throw new ExportError("unknown-format", { value: raw.format ?? "" });
  let minScore: number | undefined;
  if (raw.minScore !== undefined && raw.minScore !== "") {
    minScore = Number(raw.minScore);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new ExportError("bad-score", { value: raw.minScore });
  }
  let documentIds: number[] | undefined;
  if (raw.documents !== undefined && raw.documents !== "") {
    const parts = raw.documents.split(",").map((s) => s.trim()).filter((s) => s !== "");
    if (parts.some((p) => !/^\d+$/u.test(p))) throw new ExportError("bad-documents", { value: raw.documents });
    documentIds = parts.map(Number);
  }
  const since = parseDate(raw.since, "since");
  const until = parseDate(raw.until, "until");
  const status = pick(raw.status, ["confirmed", "all"] as const, "confirmed", "status");
  return {
    exporter,
    status,
    includeRejected: pick(raw.rejected, ["exclude", "include"] as const, "exclude", "rejected") === "include",
    // Every pair (not only confirmed ones) is taken only when more likely right than wrong, unless asked.
    minScore: minScore ?? (status === "all" ? EXPORT_MIN_SCORE : undefined),
    documentIds,
    since,
    until,
    withoutOpenFindings: pick(raw.findings, ["with", "without"] as const, "with", "findings") === "without",
    granularity: pick(raw.granularity, ["paragraph", "sentence"] as const, "paragraph", "granularity"),
    oneSided: pick(raw.oneSided, ["skip", "empty"] as const, "skip", "one-sided"),
    includeBoilerplate: pick(raw.boilerplate, ["skip", "keep"] as const, "skip", "boilerplate") === "keep",
    bom: raw.bom === true || raw.bom === "1" || raw.bom === "on" || raw.bom === "true",
  };
}

/** A file-name-safe corpus name. */
export function corpusSlug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/gu, "-").replace(/^-+|-+$/gu, "") || "mizan";
}

/** `<corpus>-en-ar-<yyyy-mm-dd>`: what a file holds, said by its name (extension added by the caller). */
export function exportStem(name: string, date: Date): string {
  return `${corpusSlug(name)}-en-ar-${date.toISOString().slice(0, 10)}`;
}
