/**
 * `mizan db copy --from A --to B` and `mizan db check --from A --to B`: moving a mizan database
 * between engines (a SQLite file and a PostgreSQL URL, either way round) and proving the copy.
 * Both ends are opened with openStore, so both have the current schema; the copy itself is
 * store/copy-database.ts, the proof store/table-checksums.ts (a count and a SHA-256 per table,
 * read back from both sides). Refusals (the same database twice, a target that holds data,
 * schemas that differ, a database that cannot be opened) are sentences in the user's language.
 * Passwords in PostgreSQL URLs never reach the output.
 */
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { TFunction } from "i18next";
import { isPostgresLocation, openStore } from "../store/open-store.js";
import type { SqlDatabase } from "../store/sql-database.js";
import { copyDatabase } from "../store/copy-database.js";
import { compareDatabases, DatabaseCopyError } from "../store/table-checksums.js";
import { translatorFor } from "../i18n/translate.js";
import { CliError } from "./cli-error.js";
import { cliLanguage } from "./export-command.js";

/** A progress line on a big table every this many rows (and one when each table is done). */
const PROGRESS_EVERY = 50_000;

export type DbTableReport = { table: string; rows: number; checksum: string; targetRows: number; targetChecksum: string; ok: boolean };

export type DbReport = {
  from: string;
  to: string;
  /** What the copy did (absent for `db check`). */
  copied?: { rows: number; seconds: number; rowsPerSecond: number };
  tables: DbTableReport[];
  ok: boolean;
};

/** The location as it may be shown: a URL without its password. */
export function shownLocation(location: string): string {
  if (!isPostgresLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return location.replace(/\/\/([^:/@]*):[^@]*@/u, "//$1:***@");
  }
}

/** What names one database: the SQLite file's real path, or the PostgreSQL server and database. */
function identityOf(location: string): string {
  if (isPostgresLocation(location)) {
    try {
      const url = new URL(location);
      return `pg:${url.hostname}:${url.port || "5432"}${decodeURIComponent(url.pathname)}`;
    } catch {
      return location;
    }
  }
  const path = resolve(location);
  return `sqlite:${existsSync(path) ? realpathSync(path) : path}`;
}

function opened(location: string, t: TFunction): { db: SqlDatabase; close(): void } {
  try {
    return openStore(location);
  } catch (error) {
    throw new CliError(t("cli.db.cannot-open", { location: shownLocation(location), detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Opens both ends (the same database twice, or a missing file in `mustExist`, is refused), runs `work`, always closes both. */
function withBoth<T>(from: string, to: string, t: TFunction, mustExist: readonly string[], work: (source: SqlDatabase, target: SqlDatabase) => T): T {
  if (identityOf(from) === identityOf(to)) throw new CliError(t("cli.db.same-database", { from: shownLocation(from), to: shownLocation(to) }));
  // openStore would create a missing SQLite file: a source that is not there is a typing slip.
  for (const location of mustExist) if (!isPostgresLocation(location) && !existsSync(location)) throw new CliError(t("cli.db.no-file", { path: location }));
  const source = opened(from, t);
  try {
    const target = opened(to, t);
    try {
      return work(source.db, target.db);
    } catch (error) {
      if (error instanceof DatabaseCopyError) throw new CliError(refusal(t, error, from, to));
      throw error;
    } finally {
      target.close();
    }
  } finally {
    source.close();
  }
}

function refusal(t: TFunction, error: DatabaseCopyError, from: string, to: string): string {
  const where = { from: shownLocation(from), to: shownLocation(to) };
  if (error.code === "target-not-empty") return t("cli.db.target-not-empty", { ...where, tables: (error.details.tables ?? []).join(", ") });
  if (error.code === "schema-differs") {
    const differences = (error.details.differences ?? []).map((d) => t(`cli.db.difference.${d.kind}`, { table: d.table, column: d.column ?? "" }));
    return t("cli.db.schema-differs", { ...where, differences: differences.join("; ") });
  }
  return t("cli.db.same-database", where);
}

function compared(source: SqlDatabase, target: SqlDatabase): Pick<DbReport, "tables" | "ok"> {
  const result = compareDatabases(source, target);
  return {
    tables: result.tables.map((c) => ({ table: c.table, rows: c.source.rows, checksum: c.source.checksum, targetRows: c.target.rows, targetChecksum: c.target.checksum, ok: c.ok })),
    ok: result.ok,
  };
}

/** Copies `from` into the empty `to`, then compares every table; progress lines go to `onLine`. */
export function dbCopyCommand(from: string, to: string, onLine: (line: string) => void = () => {}): DbReport {
  const t = translatorFor(cliLanguage());
  return withBoth(from, to, t, [from], (source, target) => {
    const started = process.hrtime.bigint();
    const tables = copyDatabase(source, target, (table, copied, total) => {
      // A line when a table with rows is done, and now and then on a big one; empty tables say nothing.
      if (copied > 0 && (copied === total || copied % PROGRESS_EVERY === 0)) onLine(t("cli.db.progress", { table, copied, total }));
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = tables.reduce((sum, c) => sum + c.rows, 0);
    const copied = { rows, seconds: Math.round(seconds * 1000) / 1000, rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : rows };
    onLine(t("cli.db.copied", { rows, tables: tables.length, from: shownLocation(from), to: shownLocation(to), seconds: copied.seconds, rate: copied.rowsPerSecond }));
    return { from: shownLocation(from), to: shownLocation(to), copied, ...compared(source, target) };
  });
}

/** Only compares: every table's count and checksum in `from` against `to`. */
export function dbCheckCommand(from: string, to: string): DbReport {
  const t = translatorFor(cliLanguage());
  return withBoth(from, to, t, [from, to], (source, target) => ({ from: shownLocation(from), to: shownLocation(to), ...compared(source, target) }));
}

/** The report as a table (table, rows, checksum, ok), then one line that sums it up. */
export function reportText(report: DbReport): string {
  const t = translatorFor(cliLanguage());
  const short = (checksum: string) => checksum.slice(0, 16);
  const lines = report.tables.map((r) => [
    r.table,
    r.rows === r.targetRows ? String(r.rows) : `${r.rows} ≠ ${r.targetRows}`,
    r.checksum === r.targetChecksum ? short(r.checksum) : `${short(r.checksum)} ≠ ${short(r.targetChecksum)}`,
    r.ok ? t("cli.db.ok") : t("cli.db.mismatch"),
  ]);
  const heading = [t("cli.db.heading.table"), t("cli.db.heading.rows"), t("cli.db.heading.checksum"), t("cli.db.heading.ok")];
  const widths = heading.map((h, k) => Math.max(h.length, ...lines.map((l) => (l[k] ?? "").length)));
  const format = (cells: string[]) => cells.map((c, k) => (k === 1 ? c.padStart(widths[k] ?? 0) : c.padEnd(widths[k] ?? 0))).join("  ").trimEnd();
  const bad = report.tables.filter((r) => !r.ok).map((r) => r.table);
  const rows = report.tables.reduce((sum, r) => sum + r.rows, 0);
  const summary = bad.length === 0
    ? t("cli.db.all-match", { tables: report.tables.length, rows, from: report.from, to: report.to })
    : t("cli.db.some-differ", { number: bad.length, tables: bad.join(", "), from: report.from, to: report.to });
  return [format(heading), ...lines.map(format), "", summary].join("\n");
}
