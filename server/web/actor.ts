/**
 * The user a request acts for, as the services want it (name and role), taken from the session
 * the session middleware put on the response. Route handlers of every area use it.
 */
import type { Response } from "express";
import type { Actor } from "../services/review.js";
import type { UserRecord } from "../store/types.js";

export function actorOf(res: Response): Actor {
  const user = res.locals.user as UserRecord;
  return { name: user.name, role: user.role };
}
