/**
 * SQLite's SQL, as the repositories write it, turned into PostgreSQL's, once per statement text.
 * The repositories are one code base for both engines; what differs between the two dialects in
 * the statements mizan runs is small and regular, and is rewritten here:
 *   `?` and `@name` parameters → `$1…`; `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`;
 *   an INSERT into a table with an `id` gets `RETURNING id` (better-sqlite3's lastInsertRowid);
 *   instr → strpos, group_concat → string_agg, json_group_array → json_agg, total(x) → COALESCE(SUM(x), 0),
 *   json_extract(c, '$.k') → (c::jsonb ->> 'k'), LIKE → ILIKE (SQLite's LIKE ignores case),
 *   `x COLLATE NOCASE` → lower(x), `AS REAL` → `AS DOUBLE PRECISION` (PostgreSQL's real is 4 bytes),
 *   `AS camelCase` → `AS "camelCase"` (PostgreSQL would fold the alias to lower case).
 * Text inside quotes is left as it is. A statement that needs more says so with bySql().
 */

export type TranslatedSql = {
  text: string;
  /** For each $n, the name of the named parameter it came from (null: a positional `?`). */
  names: (string | null)[];
  /** True when the statement returns the inserted row's id for lastInsertRowid. */
  returnsId: boolean;
};

/** Splits SQL into runs outside and inside quotes ('…', "…"), so rewrites never touch literals. */
function splitQuoted(sql: string): { text: string; quoted: boolean }[] {
  const parts: { text: string; quoted: boolean }[] = [];
  let k = 0;
  let start = 0;
  while (k < sql.length) {
    const c = sql[k];
    if (c === "'" || c === '"') {
      if (k > start) parts.push({ text: sql.slice(start, k), quoted: false });
      let end = k + 1;
      for (;;) {
        const next = sql.indexOf(c, end);
        if (next < 0) { end = sql.length; break; }
        if (sql[next + 1] === c) { end = next + 2; continue; }
        end = next + 1;
        break;
      }
      parts.push({ text: sql.slice(k, end), quoted: true });
      k = start = end;
      continue;
    }
    k++;
  }
  if (start < sql.length) parts.push({ text: sql.slice(start), quoted: false });
  return parts;
}

function rewriteOutsideQuotes(sql: string, rewrite: (text: string) => string): string {
  return splitQuoted(sql).map((p) => (p.quoted ? p.text : rewrite(p.text))).join("");
}

export function translateSql(sql: string, tablesWithId: ReadonlySet<string>): TranslatedSql {
  const names: (string | null)[] = [];
  let text = rewriteOutsideQuotes(sql.trim().replace(/;\s*$/, ""), (part) =>
    part.replace(/\?|(?<![:\w])[@:$]([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string | undefined) => {
      if (match === "?") { names.push(null); return `$${names.length}`; }
      names.push(name ?? null);
      return `$${names.length}`;
    }),
  );
  // Re-use the same $n for a named parameter that appears twice.
  if (names.some((n) => n !== null)) {
    const first = new Map<string, number>();
    const kept: (string | null)[] = [];
    text = rewriteOutsideQuotes(text, (part) =>
      part.replace(/\$(\d+)/g, (_m, n: string) => {
        const name = names[Number(n) - 1] ?? null;
        if (name === null) { kept.push(null); return `$${kept.length}`; }
        const seen = first.get(name);
        if (seen !== undefined) return `$${seen}`;
        kept.push(name);
        first.set(name, kept.length);
        return `$${kept.length}`;
      }),
    );
    names.splice(0, names.length, ...kept);
  }
  text = rewriteOutsideQuotes(text, (part) =>
    part
      .replace(/\binstr\(/gi, "strpos(")
      .replace(/\bgroup_concat\(/gi, "string_agg(")
      .replace(/\bjson_group_array\(/gi, "json_agg(")
      .replace(/\btotal\(([^()]*)\)/gi, "COALESCE(SUM($1), 0)")
      .replace(/\bNOT LIKE\b/g, "NOT ILIKE")
      .replace(/(?<!NOT )\bLIKE\b/g, "ILIKE")
      .replace(/\bAS REAL\)/gi, "AS DOUBLE PRECISION)")
      .replace(/([A-Za-z_][A-Za-z0-9_.]*) COLLATE NOCASE/gi, "lower($1)")
      // PostgreSQL folds unquoted names to lower case: a camelCase alias is quoted to keep its case.
      .replace(/\bAS ([a-z][a-z0-9_]*[A-Z][A-Za-z0-9_]*)\b/g, 'AS "$1"'),
  );
  text = text.replace(/\bjson_extract\(([A-Za-z_][A-Za-z0-9_.]*), '\$\.([A-Za-z0-9_]+)'\)/gi, "(CAST($1 AS jsonb) ->> '$2')");
  let returnsId = false;
  const insert = /^\s*INSERT\s+(OR\s+IGNORE\s+)?INTO\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(text);
  if (insert) {
    const ignore = Boolean(insert[1]);
    if (ignore) text = text.replace(/^\s*INSERT\s+OR\s+IGNORE\s+INTO/i, "INSERT INTO");
    const returning = /\bRETURNING\b/i.test(text);
    if (ignore) text = returning ? text.replace(/\s+RETURNING\b/i, " ON CONFLICT DO NOTHING RETURNING") : `${text} ON CONFLICT DO NOTHING`;
    if (!returning && tablesWithId.has((insert[2] ?? "").toLowerCase())) { text = `${text} RETURNING id`; returnsId = true; }
  }
  return { text, names, returnsId };
}
