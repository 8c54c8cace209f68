/**
 * {{percent part whole}}: part of whole as a whole-number percentage (0 when whole is 0).
 */
export function percent(part: unknown, whole: unknown): number {
  const p = Number(part);
  const w = Number(whole);
  return w > 0 && Number.isFinite(p) ? Math.round((100 * p) / w) : 0;
}
