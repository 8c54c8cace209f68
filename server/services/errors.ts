/**
 * Errors the services raise for the routes to translate into HTTP answers: a role that may not
 * do something (403), a document locked for all but admins (403), bad input for an operation (400).
 * Stale edits are ConflictError (409) and missing things NotFoundError (404), from the store.
 */
export class ForbiddenError extends Error {
  constructor(readonly reason: "role" | "locked") {
    super(`forbidden: ${reason}`);
    this.name = "ForbiddenError";
  }
}

export class BadRequestError extends Error {
  constructor(readonly reason: string) {
    super(`bad request: ${reason}`);
    this.name = "BadRequestError";
  }
}
