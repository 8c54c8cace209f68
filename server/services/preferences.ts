/**
 * A user's interface preferences as the pages and the routes want them: read for the logged-in
 * user (the defaults for nobody), and the alignment view's density chosen, checked before it is
 * stored. Everybody who can log in may choose for themselves, and only for themselves.
 */
import type { Store, UserRecord } from "../store/types.js";
import { DEFAULT_PREFERENCES, isDensity, type Density, type UserPreferences } from "../domain/preferences/density.js";
import { BadRequestError } from "./errors.js";
import type { Actor } from "./review.js";

export function preferencesOf(store: Store, user: UserRecord | null | undefined): UserPreferences {
  return user ? store.userPreferences(user.id) : { ...DEFAULT_PREFERENCES };
}

/** Stores `value` as the actor's density; a value that is not one is refused (400) and nothing changes. */
export function chooseDensity(store: Store, actor: Actor, value: unknown): Density {
  if (!isDensity(value)) throw new BadRequestError("bad-density");
  const user = store.findUser(actor.name);
  if (!user) throw new BadRequestError("bad-user-name");
  store.setUserDensity(user.id, value);
  return value;
}
