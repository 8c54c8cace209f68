/**
 * Raised when an edit was based on a version that is no longer current: someone else changed the
 * paragraph or row first. It carries the current state so the interface can show the current text
 * and the user's text side by side; nothing is overwritten.
 */
export class ConflictError extends Error {
  constructor(
    readonly target: string,
    readonly current: { text?: string; version?: number } = {},
  ) {
    super(`stale edit of ${target}`);
    this.name = "ConflictError";
  }
}

/** Raised when an operation names a paragraph, row or document that does not exist. */
export class NotFoundError extends Error {
  constructor(readonly target: string) {
    super(`${target} not found`);
    this.name = "NotFoundError";
  }
}
