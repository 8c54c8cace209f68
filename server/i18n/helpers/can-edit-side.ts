/**
 * (canEditSide can side): whether the page's user may edit text on that side ("en" or "ar"),
 * from the abilities the session put on the page (domain/auth/permissions.ts).
 */
export function canEditSide(can: unknown, side: unknown): boolean {
  const abilities = (can ?? {}) as Record<string, boolean>;
  return side === "ar" ? abilities["edit-ar"] === true : abilities["edit-en"] === true;
}
