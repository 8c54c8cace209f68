/**
 * How densely the alignment view sets its rows, a choice each user makes once and keeps (stored
 * per user, store/preferences-repository.ts): "normal" shows every row whole; "compact" clamps the
 * text to a few lines, shows findings as badges and a row's controls on the current row, so that a
 * screen holds three or four times as many rows. Pure: the values and how to read one.
 */
export const DENSITIES = ["normal", "compact"] as const;
export type Density = (typeof DENSITIES)[number];
export const DEFAULT_DENSITY: Density = "normal";

export function isDensity(value: unknown): value is Density {
  return typeof value === "string" && (DENSITIES as readonly string[]).includes(value);
}

/** What one user chose for the interface (only the density so far). */
export type UserPreferences = { density: Density };
export const DEFAULT_PREFERENCES: UserPreferences = { density: DEFAULT_DENSITY };
