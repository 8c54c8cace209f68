/**
 * Rate-limit counters in the database (table rate_limits, migration 20), so that every app
 * instance on one database counts the same hits: a client that alternates between instances gets
 * the limit once, not once per instance. A key's row holds its hits in the current window and when
 * that window ends (milliseconds since 1970); a row whose window has ended counts as no hits. Each
 * change is one statement (an upsert), atomic on either engine without a transaction of its own;
 * a hit also clears a few rows whose windows have ended, so the table holds only live windows.
 */
import type { SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";
import type { RateLimitCount } from "./types.js";

/** Ended windows removed per hit: enough to keep up with any rate of new keys, never a long delete. */
const CLEARED_PER_HIT = 20;

/** Counts one hit for `key`: in its window if that window is still open, else as the first of a new window of `windowMs`. */
export function hitRateLimit(db: SqlDatabase, key: string, windowMs: number, now: number): RateLimitCount {
  statement(db, "DELETE FROM rate_limits WHERE key IN (SELECT key FROM rate_limits WHERE reset_at <= ? ORDER BY reset_at LIMIT ?)").run(now, CLEARED_PER_HIT);
  const row = statement(
    db,
    `INSERT INTO rate_limits (key, hits, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.reset_at <= ? THEN 1 ELSE rate_limits.hits + 1 END,
       reset_at = CASE WHEN rate_limits.reset_at <= ? THEN excluded.reset_at ELSE rate_limits.reset_at END
     RETURNING hits, reset_at`,
  ).get(key, now + windowMs, now, now) as { hits: number; reset_at: number };
  return { hits: row.hits, resetAt: row.reset_at };
}

/** Takes one hit back (a request that, after all, does not count), never below none; an ended window is left alone. */
export function unhitRateLimit(db: SqlDatabase, key: string, now: number): void {
  statement(db, "UPDATE rate_limits SET hits = hits - 1 WHERE key = ? AND reset_at > ? AND hits > 0").run(key, now);
}

/** The hits counted for `key` in its open window, or null when it has none. */
export function readRateLimit(db: SqlDatabase, key: string, now: number): RateLimitCount | null {
  const row = statement(db, "SELECT hits, reset_at FROM rate_limits WHERE key = ? AND reset_at > ?").get(key, now) as { hits: number; reset_at: number } | undefined;
  return row ? { hits: row.hits, resetAt: row.reset_at } : null;
}

/** Forgets `key`'s hits. */
export function resetRateLimit(db: SqlDatabase, key: string): void {
  statement(db, "DELETE FROM rate_limits WHERE key = ?").run(key);
}
