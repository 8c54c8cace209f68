/**
 * Settings read from the environment, in one place: the database path (MIZAN_DB, default
 * data/mizan.db under the working folder) and the port (PORT, default 3000).
 */
export const DEFAULT_DB = "data/mizan.db";

export function databasePath(explicit?: string): string {
  return explicit ?? process.env.MIZAN_DB ?? DEFAULT_DB;
}

export function port(): number {
  const value = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  return value;
}
