/**
 * SQLite: each user's interface preferences (table user_preferences, one row per user who ever
 * changed one; a user without a row has the defaults). Removed with the user.
 */
import type { SqlDatabase } from "./sql-database.js";
import { statement } from "./statements.js";
import { DEFAULT_PREFERENCES, isDensity, type Density, type UserPreferences } from "../domain/preferences/density.js";

export function readPreferences(db: SqlDatabase, userId: number): UserPreferences {
  const row = statement(db, "SELECT density FROM user_preferences WHERE user_id = ?").get(userId) as { density: string } | undefined;
  return row && isDensity(row.density) ? { density: row.density } : { ...DEFAULT_PREFERENCES };
}

export function writeDensity(db: SqlDatabase, userId: number, density: Density): void {
  statement(db, "INSERT INTO user_preferences (user_id, density) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET density = excluded.density").run(userId, density);
}
